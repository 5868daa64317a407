using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// The predicted path's sideways uncertainty and the list-persistence gate, judged by hand geometry.
/// A yaw-rate error σ at speed v bends the predicted circle by a curvature error σ / v; at distance x from
/// the rear axle a circle of curvature κ leaves the tangent by ½ κ x² (small-angle arc), so the path's
/// sideways error is ½ (σ / v) x². A target must overlap the corridor by the gate's minimum plus that error.
/// The overlap of two widths w_ego and w_target at lateral offset y is ½ (w_ego + w_target) − |y|.
/// </summary>
public sealed class PathUncertaintyTests
{
    private const float AxleToBumperM = 3.8f;
    private const float EgoWidthM = 1.85f;
    private const float CarWidthM = 1.8f;
    private const float MinOverlapM = 0.15f;

    private static TargetGate Gate(float yawSigmaRps = 0f, int minLists = 1) => new(
        MinTrackUpdates: 3, MaxRangeM: 200f, MaxElevationM: 2.2f, MinStationaryElevationM: 0.12f,
        MinOverlapM: MinOverlapM, EgoWidthM: EgoWidthM, BrakeLatencyS: 0.3f, StopMarginM: 1f,
        YawRateUncertaintyRps: yawSigmaRps, MinThreatLists: minLists);

    private static RadarTrack StandingCar(float xM, float yM, float egoSpeedMps) => new()
    {
        Id = 3, LongitudinalM = xM, LateralM = yM, RelVelLongMps = -egoSpeedMps, WidthM = CarWidthM,
        ElevationM = 0.6f, RcsDbsm = 10f, UpdateCount = 10,
    };

    private static ThreatAssessment Assess(float egoSpeedMps, RadarTrack track, in TargetGate gate, ThreatPersistence? persistence = null)
    {
        var list = new RadarObjectList { SensorOk = true, Count = 1 };
        list.Tracks[0] = track;
        var camera = default(CameraObjectList);
        return RadarThreatAssessor.Assess(ref list, ref camera, new EgoPath(egoSpeedMps, 0f, AxleToBumperM), egoSpeedMps, 0f, gate,
            persistence: persistence);
    }

    private static float HandUncertaintyM(float sigmaRps, float speedMps, float distanceM) => 0.5f * (sigmaRps / speedMps) * distanceM * distanceM;

    [Theory]
    [InlineData(0.02f, 20f, 50f)]   // 0.5 · 0.001 · 2500 = 1.25 m
    [InlineData(0.01f, 10f, 30f)]   // 0.5 · 0.001 · 900  = 0.45 m
    [InlineData(0.005f, 36f, 120f)] // motorway: 0.5 · 1.39e-4 · 14400 = 1.0 m
    [InlineData(0.02f, 2f, 5f)]     // walking pace plus: 0.5 · 0.01 · 25 = 0.125 m
    public void The_path_uncertainty_is_half_the_curvature_error_times_the_distance_squared(float sigmaRps, float speedMps, float distanceM)
    {
        Assert.Equal(HandUncertaintyM(sigmaRps, speedMps, distanceM), RadarThreatAssessor.PathUncertaintyM(sigmaRps, speedMps, distanceM), 4);
    }

    [Theory]
    [InlineData(0.02f, 20f)]
    [InlineData(0.01f, 5f)]
    public void The_uncertainty_grows_with_the_square_of_the_distance(float sigmaRps, float speedMps)
    {
        float at20 = RadarThreatAssessor.PathUncertaintyM(sigmaRps, speedMps, 20f);
        Assert.Equal(4f * at20, RadarThreatAssessor.PathUncertaintyM(sigmaRps, speedMps, 40f), 4);
        Assert.Equal(0f, RadarThreatAssessor.PathUncertaintyM(0f, speedMps, 40f));
    }

    [Theory]
    [InlineData(0f)]
    [InlineData(0.5f)]
    [InlineData(1f)]
    public void At_walking_pace_and_below_the_path_is_taken_straight_and_certain(float speedMps)
    {
        // EgoPath ignores yaw over speed at and below 1 m/s (PerceptionEdgeTests); its uncertainty is then none, never σ / 0.
        float m = RadarThreatAssessor.PathUncertaintyM(0.02f, speedMps, 40f);
        Assert.Equal(0f, m);
    }

    /// <summary>
    /// A standing car 40 m ahead at 20 m/s, σ = 0.02 rad/s: the error at the car is ½·0.001·(40 + 3.8)² = 0.959 m,
    /// so it must overlap by 0.15 + 0.959 m, i.e. stand within 1.825 − 1.109 = 0.716 m of the path centre.
    /// Measured from the bumper (40 − 3.8 = 36.2 m) the error would be 0.655 m and the limit 1.02 m: a car at 0.9 m
    /// tells the two apart.
    /// </summary>
    [Theory]
    [InlineData(0.0f, true)]
    [InlineData(0.5f, true)]
    [InlineData(0.9f, false)]
    [InlineData(-0.9f, false)]
    [InlineData(1.3f, false)]
    public void A_far_target_must_overlap_by_the_path_uncertainty_as_well(float lateralM, bool threat)
    {
        const float speedMps = 20f, rangeM = 40f, sigmaRps = 0.02f;
        float limitM = 0.5f * (EgoWidthM + CarWidthM) - MinOverlapM - HandUncertaintyM(sigmaRps, speedMps, rangeM + AxleToBumperM);
        Assert.Equal(threat, MathF.Abs(lateralM) <= limitM); // the hand limit agrees with the expectation
        Assert.Equal(threat, Assess(speedMps, StandingCar(rangeM, lateralM, speedMps), Gate(sigmaRps)).HasTarget);
    }

    [Theory]
    [InlineData(0.9f)]
    [InlineData(-0.9f)]
    [InlineData(1.6f)]
    public void With_a_certain_yaw_rate_the_same_car_is_a_threat_while_it_overlaps_by_the_minimum(float lateralM)
    {
        // 1.825 − |y| ≥ 0.15: up to 1.675 m off centre.
        Assert.True(Assess(20f, StandingCar(40f, lateralM, 20f), Gate()).HasTarget);
        Assert.False(Assess(20f, StandingCar(40f, 1.7f, 20f), Gate()).HasTarget);
    }

    [Fact]
    public void A_near_target_needs_little_extra_overlap()
    {
        // 8 m ahead at 20 m/s, σ 0.02: ½·0.001·11.8² = 0.07 m, so 1.5 m off centre (overlap 0.325 m) still counts.
        Assert.True(0.5f * (EgoWidthM + CarWidthM) - 1.5f >= MinOverlapM + HandUncertaintyM(0.02f, 20f, 8f + AxleToBumperM));
        Assert.True(Assess(20f, StandingCar(8f, 1.5f, 20f), Gate(0.02f)).HasTarget);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_target_becomes_a_threat_in_the_list_it_has_been_a_candidate_in_min_lists_times(int minLists)
    {
        var persistence = new ThreatPersistence();
        var gate = Gate(minLists: minLists);
        for (int list = 1; list <= minLists + 2; list++)
        {
            persistence.Observe(0); // a new radar list each time
            bool threat = Assess(15f, StandingCar(30f, 0f, 15f), gate, persistence).HasTarget;
            Assert.True(threat == (list >= minLists), $"list {list} of {minLists}: threat {threat}");
        }
    }

    [Fact]
    public void A_car_followed_in_every_list_for_two_minutes_stays_a_threat_in_every_list()
    {
        // 2,000 lists at 15-20 Hz: a persistence count that wrapped or fell back would drop the threat for a list.
        var persistence = new ThreatPersistence();
        var gate = Gate(minLists: 2);
        var slower = StandingCar(30f, 0f, 15f);
        slower.RelVelLongMps = -1f; // a car ahead 1 m/s slower
        for (int list = 1; list <= 2000; list++)
        {
            persistence.Observe(0);
            bool threat = Assess(15f, slower, gate, persistence).HasTarget;
            if (threat != list >= 2) Assert.Fail($"list {list}: threat {threat}");
        }
    }

    [Fact]
    public void A_target_out_of_the_path_is_never_counted_towards_its_persistence()
    {
        // Two lists beside the path, then in it: the first list in the path counts one, so two lists are needed.
        var persistence = new ThreatPersistence();
        var gate = Gate(minLists: 2);
        for (int list = 0; list < 2; list++)
        {
            persistence.Observe(0);
            Assert.False(Assess(15f, StandingCar(30f, 3.5f, 15f), gate, persistence).HasTarget);
        }

        persistence.Observe(0);
        Assert.False(Assess(15f, StandingCar(30f, 0f, 15f), gate, persistence).HasTarget);
        persistence.Observe(0);
        Assert.True(Assess(15f, StandingCar(30f, 0f, 15f), gate, persistence).HasTarget);
    }
}
