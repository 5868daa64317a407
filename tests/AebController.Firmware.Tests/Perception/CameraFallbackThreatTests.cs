using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// Forward AEB's threat on the camera alone while the front radar is lost (<see cref="CameraFallbackThreat"/>;
/// docs/calibration.md, cameraFallback* rows), judged by hand kinematics. The ego drives straight at 10 m/s with no yaw-rate
/// uncertainty; a camera frame comes every 50 ms (20 Hz) with no age; objects are 0.5 m wide, the ego 1.85 m, so a
/// target overlaps the corridor by ½(1.85 + 0.5) − |offset| = 1.175 − |offset| and must overlap by min(minOverlap, 0.25).
/// </summary>
public sealed class CameraFallbackThreatTests
{
    private const float EgoMps = 10f;
    private const long FrameUs = 50_000;
    private const int ObjectId = 4;
    private const float LatencyS = 0.3f;
    private const float MarginM = 1f;
    private static readonly ForwardAebCalibration Cal = AebCalibration.Default.ForwardAeb;

    private static TargetGate Gate() => new(
        MinTrackUpdates: 3, MaxRangeM: 200f, MaxElevationM: 2.2f, MinStationaryElevationM: 0.12f,
        MinOverlapM: Cal.MinOverlapM, EgoWidthM: 1.85f, BrakeLatencyS: LatencyS, StopMarginM: MarginM,
        CameraVetoConfidence: 0.8f, CameraStationarySpeedMps: Cal.CameraStationarySpeedMps, CameraStationarySpeedShare: Cal.CameraStationarySpeedShare);

    private static CameraFallbackThreat.Settings Settings(float maxRangeM = -1f) => new(
        maxRangeM < 0f ? Cal.CameraFallbackMaxRangeM : maxRangeM, (long)MathF.Round(Cal.CameraFallbackWindowS * 1e6f),
        Cal.CameraFallbackMinSamples, Cal.CameraFallbackCrossingMinSpeedMps, Cal.CameraFallbackMinLists);

    /// <summary>
    /// 16 camera frames (0.8 s) of one object whose range closes at <paramref name="closingMps"/> to <paramref name="newestXM"/>
    /// and whose lateral place moves at <paramref name="lateralMps"/> to <paramref name="newestYM"/>; the threat of the newest.
    /// </summary>
    private static ThreatAssessment Judge(ObjectClass cls, float newestXM, float newestYM, float lateralMps = 0f,
        float closingMps = EgoMps, float confidence = 0.9f, float maxRangeM = -1f, int frames = 16)
    {
        var tracks = new CameraLateralTracks();
        var persistence = new ThreatPersistence();
        var threat = ThreatAssessment.None;
        for (int k = 0; k < frames; k++)
        {
            float back = 0.05f * (frames - 1 - k);
            var camera = new CameraObjectList { SensorOk = true, Count = 1, AgeUs = 0 };
            camera.Objects[0] = new CameraObject
            {
                Id = ObjectId, LongitudinalM = newestXM + closingMps * back, LateralM = newestYM - lateralMps * back, WidthM = 0.5f,
                RelVelLongMps = -closingMps, Class = cls, Confidence = confidence,
            };
            tracks.Observe(ref camera, k * FrameUs);
            persistence.Observe(camera.AgeUs);
            threat = CameraFallbackThreat.Assess(ref camera, new EgoPath(EgoMps, 0f, 3.7f), EgoMps, 0f, Gate(), tracks, persistence, Settings(maxRangeM));
        }

        return threat;
    }

    /// <summary>Need by hand: v²/(2(R − v·latency − margin)) for a standing target.</summary>
    private static float Need(float rangeM) => EgoMps * EgoMps / (2f * (rangeM - EgoMps * LatencyS - MarginM));

    [Theory]
    [InlineData(ObjectClass.PassengerCar)]
    [InlineData(ObjectClass.Pedestrian)]
    [InlineData(ObjectClass.Child)]
    [InlineData(ObjectClass.Cyclist)]
    public void A_classified_road_user_standing_in_the_path_is_a_threat_closing_at_the_ego_speed(ObjectClass cls)
    {
        var t = Judge(cls, 20f, 0.3f);
        Assert.True(t.HasTarget);
        Assert.Equal(20f, t.RangeM, 3);
        Assert.Equal(2f, t.TtcS, 3);
        Assert.Equal(EgoMps, t.ClosingSpeedMps, 3);
        Assert.Equal(0f, t.TargetSpeedMps);
        Assert.Equal(Need(20f), t.RequiredDecelMps2, 3);
        Assert.Equal(CameraFallbackThreat.TrackIdBase - ObjectId, t.TrackId);
        Assert.Equal(cls, t.Class);
    }

    [Theory]
    [InlineData(ObjectClass.Unknown)]
    [InlineData(ObjectClass.WaterBarrier)]
    [InlineData(ObjectClass.Wall)]
    [InlineData(ObjectClass.TrafficCone)]
    [InlineData(ObjectClass.Motorcycle)]
    public void An_unclassified_object_or_a_class_the_row_does_not_name_is_no_threat(ObjectClass cls) =>
        Assert.False(Judge(cls, 20f, 0f).HasTarget);

    [Fact]
    public void A_class_below_the_veto_confidence_is_no_threat() => Assert.False(Judge(ObjectClass.PassengerCar, 20f, 0f, confidence: 0.79f).HasTarget);

    /// <summary>The camera's standing window at 10 m/s: 2 m/s + 15 % × 10 m/s = 3.5 m/s over ground (cameraStationarySpeed* rows).</summary>
    [Theory]
    [InlineData(10f, true)]     // standing
    [InlineData(6.6f, true)]    // 3.4 m/s over ground: inside the window
    [InlineData(6.4f, false)]   // 3.6 m/s: a slow lead, its speed unproven by the camera alone
    [InlineData(2f, false)]     // a lead at 8 m/s
    public void Only_an_object_standing_along_the_road_is_judged(float closingMps, bool threat) =>
        Assert.Equal(threat, Judge(ObjectClass.PassengerCar, 20f, 0f, closingMps: closingMps).HasTarget);

    [Fact]
    public void A_road_user_beside_the_path_is_no_threat_and_one_overlapping_by_the_minimum_is()
    {
        float needed = MathF.Min(Cal.MinOverlapM, 0.25f);
        float edge = 1.175f - needed;
        Assert.True(Judge(ObjectClass.Pedestrian, 20f, edge - 0.02f).HasTarget);
        Assert.False(Judge(ObjectClass.Pedestrian, 20f, edge + 0.02f).HasTarget);
        Assert.False(Judge(ObjectClass.PassengerCar, 20f, -2.6f).HasTarget); // a car parked at the kerb
    }

    /// <summary>
    /// A 5 km/h walker (1.39 m/s) 25 m ahead (TTC 2.5 s), 3 m to the right and walking left: at arrival she is
    /// 3 − 1.39 × 2.5 = −0.475 m off the centre, in the path (Euro NCAP CPNA). Walking the other way she is 6.5 m out.
    /// </summary>
    [Fact]
    public void A_walker_crossing_into_the_path_is_carried_to_her_arrival_and_one_crossing_out_is_not()
    {
        var into = Judge(ObjectClass.Pedestrian, 25f, 3f, lateralMps: -1.39f);
        Assert.True(into.HasTarget);
        Assert.Equal(3f - 1.39f * 2.5f, into.PathOffsetM, 1);
        Assert.False(Judge(ObjectClass.Pedestrian, 25f, 3f, lateralMps: 1.39f).HasTarget);
        // Leaving the path: now on the centre line, at arrival 3.5 m aside.
        Assert.False(Judge(ObjectClass.Pedestrian, 25f, 0f, lateralMps: 1.39f).HasTarget);
    }

    [Fact]
    public void A_slow_sideways_drift_under_the_crossing_speed_is_not_extrapolated_into_the_path() =>
        Assert.False(Judge(ObjectClass.Pedestrian, 25f, 3f, lateralMps: -0.7f).HasTarget);

    [Fact]
    public void Beyond_the_fallback_range_or_with_the_fallback_off_nothing_is_judged()
    {
        Assert.False(Judge(ObjectClass.PassengerCar, Cal.CameraFallbackMaxRangeM + 1f, 0f).HasTarget);
        Assert.False(Judge(ObjectClass.PassengerCar, 20f, 0f, maxRangeM: 0f).HasTarget);
    }

    [Fact]
    public void Too_few_positions_or_lists_give_no_threat()
    {
        Assert.False(Judge(ObjectClass.PassengerCar, 20f, 0f, frames: Cal.CameraFallbackMinLists - 1).HasTarget);
        Assert.False(Judge(ObjectClass.PassengerCar, 20f, 0f, frames: Cal.CameraFallbackMinSamples - 1).HasTarget);
    }

    /// <summary>All 2⁵ combinations of the five health conditions and the range: active only with every one true and a range above 0.</summary>
    [Fact]
    public void The_fallback_is_active_only_with_the_radar_lost_and_everything_else_healthy()
    {
        for (int bits = 0; bits < 32; bits++)
        {
            bool radarLost = (bits & 1) != 0, cameraOk = (bits & 2) != 0, speedOk = (bits & 4) != 0, imuOk = (bits & 8) != 0, drive = (bits & 16) != 0;
            bool all = bits == 31;
            Assert.Equal(all, CameraFallbackThreat.Active(radarLost, cameraOk, speedOk, imuOk, drive, 60f));
            Assert.False(CameraFallbackThreat.Active(radarLost, cameraOk, speedOk, imuOk, drive, 0f));
        }
    }

    /// <summary>Over-ground speed |ego + relative| against the window, swept over relative speeds −20…+5 m/s in 0.25 m/s steps.</summary>
    [Fact]
    public void Stands_is_the_over_ground_speed_inside_the_window()
    {
        for (float rel = -20f; rel <= 5f; rel += 0.25f)
        {
            Assert.Equal(MathF.Abs(EgoMps + rel) <= 3.5f, CameraFallbackThreat.Stands(EgoMps, rel, 3.5f));
        }

        Assert.False(CameraFallbackThreat.Stands(EgoMps, float.NaN, 3.5f));
    }

    [Theory]
    [InlineData(3f, -1.39f, 2.5f, 0.8f, -0.475f)]  // crossing: carried
    [InlineData(3f, -0.79f, 2.5f, 0.8f, 3f)]       // under the threshold: where it stands
    [InlineData(3f, 0.8f, 2.5f, 0.8f, 5f)]         // at the threshold: carried (out of the path)
    [InlineData(3f, -1.39f, 2.5f, 0f, 3f)]         // threshold 0: never carried
    [InlineData(3f, -1.39f, float.PositiveInfinity, 0.8f, 3f)] // no arrival
    public void The_offset_at_arrival_carries_only_a_true_crossing(float nowM, float lateralMps, float arrivalS, float thresholdMps, float expectedM) =>
        Assert.Equal(expectedM, CameraFallbackThreat.OffsetAtArrival(nowM, lateralMps, arrivalS, thresholdMps), 4);
}
