using AebController.Firmware.Signals;

namespace AebController.Firmware.Perception;

/// <summary>
/// The ego's predicted path: a circle through the rear axle from yaw rate over speed (targets are measured from the
/// bumper, so the axle-to-bumper distance is added before the curvature applies), and, where the camera's lane is seen
/// with good quality (<see cref="WithLane"/>), the lane's own shape farther ahead.
/// <para>The yaw-rate circle knows only the bend the car is in now: on the straight before a bend it runs straight on,
/// into a car parked on the outside of the bend or one coming the other way in its own lane. The driver follows the lane,
/// so farther ahead the path is the lane's (keeping the car's present offset in it). Near the car it stays the yaw
/// rate's: the lane's share is 0 up to <see cref="LanePathGate.BlendStartS"/> of travel at the present speed and grows
/// to 1 at <see cref="LanePathGate.BlendEndS"/>, so a target the car reaches sooner is judged on the yaw-rate path
/// whatever the lane says; beyond the view range the lane is carried on as the circle of its mean curvature up to
/// <see cref="LanePathGate.ExtrapolationM"/> farther, and beyond that the path is the yaw rate's again.</para>
/// </summary>
public readonly struct EgoPath
{
    private readonly float _curvaturePerM;
    private readonly float _trackedRotationCurvaturePerM;
    private readonly float _axleToBumperM;
    private readonly float _speedMps;
    private readonly bool _lane;
    private readonly float _laneHeadingRad;
    private readonly float _laneCurvaturePerM;
    private readonly float _laneCurvatureRatePerM2;
    private readonly float _laneViewRangeM;
    private readonly float _blendStartM;
    private readonly float _blendEndM;
    private readonly float _extrapolationM;
    private readonly float _laneHeadingSigmaRad;
    private readonly float _laneCurvatureSigmaPerM;

    public EgoPath(float speedMps, float yawRateRps, float axleToBumperM)
    {
        _curvaturePerM = CircleCurvaturePerM(speedMps, yawRateRps);
        _trackedRotationCurvaturePerM = _curvaturePerM;
        _axleToBumperM = axleToBumperM;
        _speedMps = speedMps;
        _lane = false;
        _laneHeadingRad = _laneCurvaturePerM = _laneCurvatureRatePerM2 = _laneViewRangeM = 0f;
        _blendStartM = _blendEndM = float.PositiveInfinity;
        _extrapolationM = _laneHeadingSigmaRad = _laneCurvatureSigmaPerM = 0f;
    }

    private EgoPath(in EgoPath path, float trackedRotationCurvaturePerM)
    {
        this = path;
        _trackedRotationCurvaturePerM = trackedRotationCurvaturePerM;
    }

    private EgoPath(in EgoPath yawPath, in CameraLane lane, in LanePathGate gate)
    {
        this = yawPath;
        _lane = true;
        _laneHeadingRad = lane.HeadingRad;
        _laneCurvaturePerM = lane.CurvaturePerM;
        _laneCurvatureRatePerM2 = lane.CurvatureRatePerM2;
        _laneViewRangeM = lane.ViewRangeM;
        _blendStartM = gate.BlendStartS * yawPath._speedMps;
        _blendEndM = gate.BlendEndS * yawPath._speedMps;
        _extrapolationM = gate.ExtrapolationM;
        _laneHeadingSigmaRad = gate.HeadingUncertaintyRad;
        _laneCurvatureSigmaPerM = gate.CurvatureUncertaintyPerM;
    }

    /// <summary>Curvature of the yaw-rate circle (1/m).</summary>
    public float CurvaturePerM => _curvaturePerM;

    /// <summary>
    /// The yaw rate over speed of the frame's rotation that a radar list's lateral velocities carry (<see cref="WithTrackedRotation"/>);
    /// the circle's own curvature unless set.
    /// </summary>
    public float TrackedRotationCurvaturePerM => _trackedRotationCurvaturePerM;

    public float AxleToBumperM => _axleToBumperM;

    /// <summary>
    /// This path with the frame's rotation as the radar's tracker carries it: the yaw rate at the list's measurement less
    /// the tracker's lag (<see cref="YawRateHistory"/>). The path's shape is unchanged; only the rotation taken out of a
    /// track's lateral velocity (<see cref="RadarThreatAssessor.PathRelativeLateralVelocity(in Signals.RadarTrack, in EgoPath, float, float)"/>) is.
    /// Why: entering a 40 m bend at 50 km/h the yaw rate rose 0.23 rad/s² and the tracker's lateral velocity of a car
    /// parked 33 m ahead trailed the rotation −ω·(x + a) by 2.4 m/s; read against the present yaw rate the car crossed
    /// toward the path faster than the deadband and warned (tests/adversarial/bend-parked-outside, 50 km/h).
    /// </summary>
    public EgoPath WithTrackedRotation(float yawRateRps) => new(this, CircleCurvaturePerM(_speedMps, yawRateRps));

    /// <summary>Yaw rate over speed; below walking pace the yaw rate over speed is noise: straight ahead.</summary>
    private static float CircleCurvaturePerM(float speedMps, float yawRateRps) =>
        speedMps > 1.0f ? Math.Clamp(yawRateRps / speedMps, -0.2f, 0.2f) : 0f;

    /// <summary>Whether the lane shapes the path farther ahead.</summary>
    public bool FollowsLane => _lane;

    /// <summary>
    /// This path with the camera's lane (already confirmed and carried to now by <see cref="LaneTracker"/>) farther
    /// ahead, when the blend is set up and the lane agrees with the yaw-rate path where the blend starts (within
    /// <see cref="LanePathGate.MaxNearDisagreementM"/>: a car that swerves, or a lane that is wrong near the car, is not
    /// followed). Otherwise the yaw-rate circle alone.
    /// </summary>
    public EgoPath WithLane(in CameraLane lane, in LanePathGate gate)
    {
        if (!(_speedMps > 1f) || !(gate.BlendEndS > gate.BlendStartS) || !float.IsFinite(gate.BlendEndS)) return this;
        if (!(lane.ViewRangeM > 0f) || !float.IsFinite(lane.HeadingRad) || !float.IsFinite(lane.CurvaturePerM) || !float.IsFinite(lane.CurvatureRatePerM2)) return this;
        var withLane = new EgoPath(this, lane, gate);
        float nearM = withLane._blendStartM;
        if (!(MathF.Abs(withLane.LaneLateralAt(nearM) - YawLateralAt(nearM)) <= gate.MaxNearDisagreementM)) return this;
        return withLane;
    }

    /// <summary>Share of the lane in the path at <paramref name="longitudinalM"/> ahead of the bumper (0: the yaw-rate circle alone).</summary>
    public float LaneWeight(float longitudinalM)
    {
        if (!_lane || !(longitudinalM > _blendStartM)) return 0f;
        float ramp = MathF.Min((longitudinalM - _blendStartM) / (_blendEndM - _blendStartM), 1f);
        // Beyond the view range the lane is carried on whole up to the extrapolation's end, not faded into the yaw-rate
        // circle: a path half way between the two runs where neither goes (onto a car parked on the outside of the bend).
        return longitudinalM <= _laneViewRangeM + _extrapolationM ? ramp : 0f;
    }

    /// <summary>Lateral position of the path centre at <paramref name="longitudinalM"/> ahead of the bumper.</summary>
    public float LateralAt(float longitudinalM)
    {
        float yaw = YawLateralAt(longitudinalM);
        float w = LaneWeight(longitudinalM);
        return w > 0f ? yaw + w * (LaneLateralAt(longitudinalM) - yaw) : yaw;
    }

    /// <summary>Slope dy/dx of the path centre at <paramref name="longitudinalM"/> ahead of the bumper (small angles).</summary>
    public float SlopeAt(float longitudinalM)
    {
        float yaw = _curvaturePerM * (longitudinalM + _axleToBumperM);
        float w = LaneWeight(longitudinalM);
        return w > 0f ? yaw + w * (LaneSlopeAt(longitudinalM) - yaw) : yaw;
    }

    /// <summary>
    /// Sideways uncertainty of the path at <paramref name="longitudinalM"/> ahead of the bumper: the yaw-rate circle's
    /// ½·(σ_yaw/v)·x² from the rear axle, and where the lane shapes the path and its σ_h·x + σ_κ·x²/2 is larger, that by its share.
    /// </summary>
    public float UncertaintyM(float longitudinalM, float yawRateUncertaintyRps, float egoSpeedMps)
    {
        float yaw = RadarThreatAssessor.PathUncertaintyM(yawRateUncertaintyRps, egoSpeedMps, longitudinalM + _axleToBumperM);
        float w = LaneWeight(longitudinalM);
        if (!(w > 0f)) return yaw;
        float x = longitudinalM;
        float lane = x * (_laneHeadingSigmaRad + 0.5f * _laneCurvatureSigmaPerM * x);
        // Never below the yaw-rate circle's: the lane moves the path, it does not make far targets easier to take (a
        // narrower margin made a pedestrian 71 m ahead a threat from a young track whose range noise then tripped the
        // range-consistency monitor and left the radar faulted: fmvss-ped-inline-5-55, 1 seed in 20).
        return lane > yaw ? yaw + w * (lane - yaw) : yaw;
    }

    /// <summary>The yaw-rate circle's lateral position at <paramref name="longitudinalM"/> ahead of the bumper.</summary>
    private float YawLateralAt(float longitudinalM)
    {
        float x = longitudinalM + _axleToBumperM;
        float x0 = _axleToBumperM;
        return 0.5f * _curvaturePerM * (x * x - x0 * x0);
    }

    /// <summary>
    /// Where the lane goes relative to where the car is in it now: the clothoid within the view range, and beyond it the
    /// circle of its mean curvature over the view range (a bend seen to go on goes on; a cubic extrapolated does not).
    /// </summary>
    private float LaneLateralAt(float longitudinalM)
    {
        float v = _laneViewRangeM;
        float d = MathF.Min(longitudinalM, v);
        float within = d * (_laneHeadingRad + d * (0.5f * _laneCurvaturePerM + d * _laneCurvatureRatePerM2 / 6f));
        if (longitudinalM <= v) return within;
        float e = longitudinalM - v;
        return within + e * (LaneSlopeAt(v) + 0.5f * e * BeyondViewCurvaturePerM);
    }

    /// <summary>
    /// The curvature the lane is carried on with beyond its view range: its mean over the view range (κ0 + κ'·V/2), which
    /// a fit gives far more steadily than the curvature at the view's end (a cubic bends hardest where it ends).
    /// </summary>
    private float BeyondViewCurvaturePerM => _laneCurvaturePerM + 0.5f * _laneCurvatureRatePerM2 * _laneViewRangeM;

    /// <summary>Slope of the lane path (relative to the car's axis) at <paramref name="longitudinalM"/> ahead of the bumper; meaningful where <see cref="LaneWeight"/> is above 0.</summary>
    public float LaneSlopeAt(float longitudinalM)
    {
        float d = MathF.Min(longitudinalM, _laneViewRangeM);
        float atView = _laneHeadingRad + d * (_laneCurvaturePerM + 0.5f * d * _laneCurvatureRatePerM2);
        return longitudinalM <= d ? atView : atView + (longitudinalM - d) * BeyondViewCurvaturePerM;
    }

    /// <summary>How much a target of <paramref name="targetWidthM"/> at <paramref name="lateralM"/> overlaps the swept corridor; negative when clear.</summary>
    public float Overlap(float longitudinalM, float lateralM, float egoWidthM, float targetWidthM) =>
        OverlapAtOffset(lateralM - LateralAt(longitudinalM), egoWidthM, targetWidthM);

    /// <summary>How much a target of <paramref name="targetWidthM"/> whose centre is <paramref name="offsetM"/> off the path centre overlaps the swept corridor; negative when clear.</summary>
    public static float OverlapAtOffset(float offsetM, float egoWidthM, float targetWidthM) =>
        0.5f * (egoWidthM + targetWidthM) - MathF.Abs(offsetM);
}
