namespace AebController.Firmware.Perception;

/// <summary>
/// When and how <see cref="TurnAcrossPath"/> predicts the ego turning across an oncoming road user's path (every value
/// from ForwardAebCalibration's turn* fields, docs/calibration.md gives each one's reason). Speeds in m/s, curvatures in
/// 1/m, times in s, lengths in m. OncomingSide: +1 when the oncoming lane is on the left (right-hand traffic), −1 when on the right.
/// </summary>
public readonly record struct TurnGate(
    float MinSpeedMps,
    float MaxSpeedMps,
    float MinDepartureCurvaturePerM,
    float MaxCurvaturePerM,
    float CurvatureRateHorizonS,
    float HorizonS,
    float StepS,
    float TargetMinSpeedMps,
    float TargetLengthM,
    float MaxRangeM,
    float MarginM,
    float RoadCurvatureTimeConstantS,
    int MinTrackUpdates,
    float MaxElevationM,
    float EgoWidthM,
    float AxleToBumperM,
    float BrakeLatencyS,
    float StopMarginM,
    float SteeringRatio,
    float WheelbaseM,
    float OncomingSide = 1f);
