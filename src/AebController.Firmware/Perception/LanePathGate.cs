namespace AebController.Firmware.Perception;

/// <summary>
/// When and how the camera's lane shapes the predicted path (<see cref="LaneTracker"/>, <see cref="EgoPath"/>); every
/// number from the validated calibration (ForwardAebCalibration.Lane*, docs/calibration.md). The default switches it off
/// (no lane ever confirmed).
/// MinQuality, ConfirmFrames, MaxAgeUs: a lane is used once ConfirmFrames consecutive camera frames reported it with at
/// least MinQuality and plausible values, and while the newest such frame is at most MaxAgeUs old; an implausible or
/// low-quality frame, a faulted camera or a turn off the road withdraws it at once.
/// MaxOffsetM, MaxHeadingRad, MaxCurvaturePerM, MaxCurvatureRatePerM2, MinViewRangeM: the bounds of a plausible lane the
/// car follows (in its lane, along it, a road's bend, seen far enough).
/// ShortViewMinM: at low speed a lane seen over less than MinViewRangeM, of any quality, is used when it reaches as far as
/// the car travels in BlendEndS, and at least this far (a tight bend turns out of the camera's image).
/// BlendStartS, BlendEndS, ExtrapolationM: the lane's share of the path grows from 0 at BlendStartS of travel at the
/// present speed to 1 at BlendEndS; beyond the view range the lane is carried on for ExtrapolationM, then dropped.
/// MaxNearDisagreementM: where the blend starts, the lane and the yaw-rate path may be at most this far apart.
/// HeadingUncertaintyRad, CurvatureUncertaintyPerM: the lane path's sideways uncertainty σ_h·x + σ_κ·x²/2.
/// ShortViewMaxM: a lane of any quality seen over less than this is short, not predicted: it serves at any speed where it
/// reaches as far as the car travels in BlendEndS (0: only where that is under MinViewRangeM).
/// AxleToBumperM: the rear axle's distance behind the bumper the lane is reported from; MaxHeadingRad bounds the lane's
/// heading there (<see cref="LaneTracker.HeadingAtAxleRad"/>), where the car's own motion points along its axis.
/// </summary>
public readonly record struct LanePathGate(
    int MinQuality = int.MaxValue,
    int ConfirmFrames = int.MaxValue,
    long MaxAgeUs = 0,
    float MaxOffsetM = 0f,
    float MaxHeadingRad = 0f,
    float MaxCurvaturePerM = 0f,
    float MaxCurvatureRatePerM2 = 0f,
    float MinViewRangeM = float.PositiveInfinity,
    float BlendStartS = float.PositiveInfinity,
    float BlendEndS = float.PositiveInfinity,
    float ExtrapolationM = 0f,
    float MaxNearDisagreementM = 0f,
    float HeadingUncertaintyRad = 0f,
    float CurvatureUncertaintyPerM = 0f,
    float ShortViewMinM = float.PositiveInfinity,
    float AxleToBumperM = 0f,
    float ShortViewMaxM = 0f);
