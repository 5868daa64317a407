using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// Facing an imminent collision the safe state is braking: the lane may move the path only where the camera reports it
/// with good quality, and a target the car reaches within the blend's start (0.8 s of travel) is judged on the yaw-rate
/// path whatever the lane says. Hand geometry: a car 1.8 m wide stopped dead ahead on a straight at 60 km/h.
/// </summary>
public sealed class LaneSafetyTests
{
    private const float AxleM = 3.8f;
    private const float V = 50f / 3f;

    private static readonly TargetGate RadarGate = new(
        MinTrackUpdates: 3, MaxRangeM: 200f, MaxElevationM: 2.2f, MinStationaryElevationM: 0.12f,
        MinOverlapM: 0.15f, EgoWidthM: 1.85f, BrakeLatencyS: 0.3f, StopMarginM: 1f);

    private static ThreatAssessment Assess(float rangeM, in EgoPath path)
    {
        var list = new RadarObjectList { SensorOk = true, Count = 1 };
        list.Tracks[0] = new RadarTrack
        {
            Id = 4, LongitudinalM = rangeM, LateralM = 0f, RelVelLongMps = -V, WidthM = 1.8f, ElevationM = 0.6f, RcsDbsm = 10f, UpdateCount = 10,
        };
        var camera = default(CameraObjectList);
        return RadarThreatAssessor.Assess(ref list, ref camera, path, V, 0f, RadarGate);
    }

    [Theory]
    [InlineData(8f)]   // 0.48 s of travel
    [InlineData(13f)]  // 0.78 s: just inside the blend's start (13.33 m)
    public void A_lane_that_bends_away_never_removes_a_stopped_car_reached_within_0_8_s(float rangeM)
    {
        // κ = −0.011 (a 91 m right bend, the sharpest the near-disagreement check lets through at 60 km/h): the lane
        // path is 0.93 m right at 13 m, which would leave 0.9 + 0.9 − 0.93 = 0.87 m of overlap; on the yaw path it is 1.8 m.
        var path = new EgoPath(V, 0f, AxleM).WithLane(LanePathTests.Lane(-0.011f), LanePathTests.Gate);
        Assert.True(path.FollowsLane);
        var threat = Assess(rangeM, path);
        Assert.True(threat.HasTarget);
        Assert.Equal(0f, threat.PathOffsetM, 4);
    }

    [Fact]
    public void Farther_out_the_good_lane_moves_the_path_and_a_car_off_the_lane_is_no_threat()
    {
        // At 45 m (2.7 s) the lane of a 250 m right bend is −0.004·2025/2 = −4.05 m: a car dead ahead on our axis stands
        // 4.05 m left of the path, beyond 0.9 + 0.9 m: no threat (a car parked on the outside of the bend).
        var path = new EgoPath(V, 0f, AxleM).WithLane(LanePathTests.Lane(-0.004f), LanePathTests.Gate);
        Assert.False(Assess(45f, path).HasTarget);
        Assert.True(Assess(45f, new EgoPath(V, 0f, AxleM)).HasTarget);
    }

    [Fact]
    public void A_stopped_car_in_the_lane_round_the_bend_is_in_the_path()
    {
        // The car stands in our lane 45 m ahead round the same bend: 4.05 m right of our axis, on the lane path.
        var path = new EgoPath(V, 0f, AxleM).WithLane(LanePathTests.Lane(-0.004f), LanePathTests.Gate);
        var list = new RadarObjectList { SensorOk = true, Count = 1 };
        list.Tracks[0] = new RadarTrack
        {
            Id = 4, LongitudinalM = 45f, LateralM = -4.05f, RelVelLongMps = -V, WidthM = 1.8f, ElevationM = 0.6f, RcsDbsm = 10f, UpdateCount = 10,
        };
        var camera = default(CameraObjectList);
        var threat = RadarThreatAssessor.Assess(ref list, ref camera, path, V, 0f, RadarGate);
        Assert.True(threat.HasTarget);
        Assert.False(RadarThreatAssessor.Assess(ref list, ref camera, new EgoPath(V, 0f, AxleM), V, 0f, RadarGate).HasTarget);
    }

    [Theory]
    [InlineData(0)]   // no lane
    [InlineData(1)]   // a low-quality lane
    public void An_absent_or_low_quality_lane_never_moves_the_path(byte quality)
    {
        var tracker = new LaneTracker();
        var camera = new CameraObjectList { SensorOk = true, Lane = LanePathTests.Lane(-0.004f, quality: quality) };
        for (int frame = 0; frame < 10; frame++)
        {
            camera.AgeUs = 100_000;
            tracker.Observe(ref camera, 1_000_000 + frame * 50_000L, usable: true, LanePathTests.Gate);
        }

        Assert.False(tracker.TryCurrent(1_450_000, V, 0f, LanePathTests.Gate, out _));
    }

    [Fact]
    public void A_faulted_camera_withdraws_a_confirmed_lane_at_once()
    {
        var tracker = new LaneTracker();
        var camera = new CameraObjectList { SensorOk = true, Lane = LanePathTests.Lane(-0.004f), AgeUs = 100_000 };
        for (int frame = 0; frame < 3; frame++) tracker.Observe(ref camera, 1_000_000 + frame * 50_000L, usable: true, LanePathTests.Gate);
        Assert.True(tracker.TryCurrent(1_100_000, V, 0f, LanePathTests.Gate, out _));
        tracker.Observe(ref camera, 1_110_000, usable: false, LanePathTests.Gate);
        Assert.False(tracker.TryCurrent(1_110_000, V, 0f, LanePathTests.Gate, out _));
    }
}
