using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// Gates of <see cref="RadarThreatAssessor"/> judged against docs/calibration.md's rows and hand kinematics: the young
/// track's corrected speed (radarTrackerAlpha row: a track younger than 7 updates within 30 m, read as its estimate /
/// g(n), g = 0.17, 0.39, 0.60 after 2-4 detections), the onset estimate (lateralOnsetWindowS row: at least 6 m/s² and
/// 4 standard errors over the last 4 lists, carried by 0.125 s of that slope, only when speeding up), the camera's
/// field (crossingCameraMaxRangeM 70 m), the road-user place gate (1.5 m across), the turn prediction's share of
/// oncoming road users, the car-sized crosser that a healthy camera must see (crossingCameraMinWidthM: "at least"
/// 2.5 m; 0 switches the check off) and the corridor overlap (minOverlapM: half a narrow target's width at most).
/// </summary>
public sealed class RadarThreatGateContractTests
{
    private const float EgoMps = 10f;
    private static readonly ForwardAebCalibration Cal = AebCalibration.Default.ForwardAeb;
    private static readonly EgoPath Straight = new(EgoMps, 0f, 3.7f);

    private static TargetGate Gate(float crossingCameraMinWidthM = 2.5f) => new(
        MinTrackUpdates: 3, MaxRangeM: 200f, MaxElevationM: 2.2f, MinStationaryElevationM: 0.12f,
        MinOverlapM: Cal.MinOverlapM, EgoWidthM: 1.85f, BrakeLatencyS: 0.3f, StopMarginM: 1f,
        CrossingCameraMinWidthM: crossingCameraMinWidthM, CrossingCameraHalfFovRad: Cal.CrossingCameraHalfFovDeg * MathF.PI / 180f,
        CrossingCameraMaxRangeM: Cal.CrossingCameraMaxRangeM,
        OncomingLateralHorizonS: 0f, OncomingMinSpeedMps: 3f, OncomingMinTrackUpdates: 6,
        YoungTrackUpdates: Cal.YoungTrackUpdates, YoungTrackMaxRangeM: Cal.YoungTrackMaxRangeM,
        TrackerAlpha: Cal.RadarTrackerAlpha, TrackerBeta: Cal.RadarTrackerBeta,
        LateralDecelSigmas: Cal.LateralDecelSigmas, LateralVelocityLagS: Cal.RadarLateralVelocityLagS,
        LateralOnsetWindowUs: (long)MathF.Round(Cal.LateralOnsetWindowS * 1e6f), LateralOnsetMinSamples: Cal.LateralOnsetMinSamples,
        LateralOnsetMinMps2: Cal.LateralOnsetMinMps2);

    private static RadarTrack Track(float xM, float yM, float overGroundMps, float lateralMps = 0f, float widthM = 1.8f, int updates = 10) => new()
    {
        Id = 7, LongitudinalM = xM, LateralM = yM, RelVelLongMps = overGroundMps - EgoMps, RelVelLatMps = lateralMps,
        WidthM = widthM, ElevationM = 0.6f, RcsDbsm = 10f, UpdateCount = updates,
    };

    private static ThreatAssessment Judge(RadarTrack track, in TargetGate gate, float oncomingJudgedElsewhereMps = float.NegativeInfinity)
    {
        var radar = new RadarObjectList { SensorOk = true, Count = 1, AgeUs = 0 };
        radar.Tracks[0] = track;
        var camera = new CameraObjectList { SensorOk = true, Count = 0 }; // healthy, sees nothing
        return RadarThreatAssessor.Assess(ref radar, ref camera, Straight, EgoMps, 0f, gate, cameraOk: true,
            oncomingJudgedElsewhereMps: oncomingJudgedElsewhereMps);
    }

    [Fact]
    public void A_young_near_track_is_read_at_its_estimate_over_the_trackers_ramp_up_to_30_m_inclusive()
    {
        // 4 detections: g = 0.602 (α 0.5, β 0.167 run on a unit ramp by hand: 0, 0.167, 0.389, 0.602).
        float vMps = RadarThreatAssessor.YoungLateralVelocity(Track(30f, 2f, 0f, lateralMps: 0.6f, updates: 4), Straight, Gate(), EgoMps);
        Assert.Equal(0.6f / 0.602f, vMps, 2);
    }

    [Theory]
    [InlineData(7, 10f)] // 7 updates: the correction has ended (g(7) = 0.98)
    [InlineData(4, 31f)] // beyond 30 m
    [InlineData(1, 10f)] // one detection: no velocity yet (g(1) = 0), nothing to divide
    public void Other_tracks_have_no_young_track_speed(int updates, float xM)
    {
        float vMps = RadarThreatAssessor.YoungLateralVelocity(Track(xM, 2f, 0f, lateralMps: 0.6f, updates: updates), Straight, Gate(), EgoMps);
        Assert.True(float.IsNaN(vMps), $"{vMps}");
    }

    private static float Onset(params float[] velocitiesMps)
    {
        var history = new RadarLateralHistory();
        for (int k = 0; k < velocitiesMps.Length; k++)
        {
            history.BeginList(0, k * 50_000L);
            history.Record(7, velocitiesMps[k]);
        }

        return RadarThreatAssessor.OnsetLateralVelocity(7, velocitiesMps[^1], Gate(), history);
    }

    /// <summary>1.0 → 2.5 m/s in 4 lists 50 ms apart: 10 m/s², no residual; carried 0.125 s: 2.5 + 1.25 = 3.75 m/s.</summary>
    [Fact]
    public void A_steady_set_off_is_carried_forward_by_the_trackers_lag()
    {
        Assert.Equal(3.75f, Onset(1.0f, 1.5f, 2.0f, 2.5f), 2);
    }

    /// <summary>
    /// 0, 2, 0, 2 m/s: slope 8 m/s² (Σ(t−t̄)(v−v̄) = 0.1 / Σ(t−t̄)² = 0.0125), residuals −0.4, 1.2, −1.2, 0.4 m/s: standard
    /// error √(3.2 / 2 / 0.0125) = 11.3 m/s². 8 m/s² passes the 6 m/s² floor but not 4 standard errors (45 m/s²): noise.
    /// </summary>
    [Fact]
    public void A_rise_within_its_own_noise_is_no_onset()
    {
        Assert.True(float.IsNaN(Onset(0f, 2f, 0f, 2f)));
    }

    /// <summary>3.0 → 1.5 m/s: −10 m/s², carried 1.5 − 1.25 = 0.25 m/s, against the slope: a slowing crosser, not an onset.</summary>
    [Fact]
    public void A_slowing_crosser_is_no_onset()
    {
        Assert.True(float.IsNaN(Onset(3.0f, 2.5f, 2.0f, 1.5f)));
    }

    [Fact]
    public void The_cameras_field_reaches_70_m_inclusive_and_no_farther()
    {
        Assert.True(RadarThreatAssessor.InCameraField(Track(70f, 0f, 0f), Gate()));
        Assert.False(RadarThreatAssessor.InCameraField(Track(100f, 0f, 0f), Gate()));
    }

    /// <summary>A car 1 m left is seen at 1 m left, not at 1 m right (2 m away across, beyond the 1.5 m gate).</summary>
    [Fact]
    public void A_road_user_is_seen_on_its_own_side()
    {
        var camera = new CameraObjectList { SensorOk = true, Count = 1 };
        camera.Objects[0] = new CameraObject
        {
            Id = 1, LongitudinalM = 20f, LateralM = 1f, WidthM = 1.8f, Class = ObjectClass.PassengerCar, Confidence = 0.9f,
        };
        uint confident = RadarThreatAssessor.VetoCandidates(ref camera, Gate());
        Assert.True(RadarThreatAssessor.CameraSeesRoadUserAt(ref camera, confident, 20f, 1f));
        Assert.False(RadarThreatAssessor.CameraSeesRoadUserAt(ref camera, confident, 20f, -1f));
    }

    /// <summary>A car coming at 10 m/s in the path 40 m ahead: a threat, unless the turn prediction judges those at 3 m/s and more.</summary>
    [Fact]
    public void An_oncoming_road_user_the_turn_prediction_judges_is_left_to_it()
    {
        var car = Track(40f, 0f, -10f);
        Assert.True(Judge(car, Gate()).HasTarget);
        Assert.False(Judge(car, Gate(), oncomingJudgedElsewhereMps: -3f).HasTarget);
    }

    /// <summary>
    /// A return 25 m ahead, 3 m left, crossing at 1.2 m/s with no speed along the road: met after 2.5 s on the centre
    /// line, well inside the camera's field (6.8° off axis). At exactly 2.5 m wide it is car-sized and the healthy camera
    /// that sees nothing there makes it a ghost; 2.4 m wide it stands on radar alone, and so does any width with the
    /// check switched off (0).
    /// </summary>
    [Fact]
    public void A_car_sized_crosser_the_healthy_camera_does_not_see_is_a_ghost()
    {
        Assert.False(Judge(Track(25f, 3f, 0f, lateralMps: -1.2f, widthM: 2.5f), Gate()).HasTarget);
        Assert.True(Judge(Track(25f, 3f, 0f, lateralMps: -1.2f, widthM: 2.4f), Gate()).HasTarget);
        Assert.True(Judge(Track(25f, 3f, 0f, lateralMps: -1.2f, widthM: 2.5f), Gate(crossingCameraMinWidthM: 0f)).HasTarget);
    }

    /// <summary>
    /// A 0.2 m wide road user walking ahead at 1.5 m/s, its centre 0.955 m beside the centre line: it overlaps the
    /// 1.85 m car by ½(1.85 + 0.3) − 0.955 = 0.12 m (its width taken as the 0.3 m floor), more than half its own width
    /// (0.1 m), which is all the minimum overlap asks of a target that narrow.
    /// </summary>
    [Fact]
    public void A_narrow_target_needs_only_half_its_width_of_overlap()
    {
        Assert.True(Judge(Track(20f, 0.955f, 1.5f, widthM: 0.2f), Gate()).HasTarget);
        Assert.False(Judge(Track(20f, 1.055f, 1.5f, widthM: 0.2f), Gate()).HasTarget);
    }
}
