using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Units;

/// <summary>
/// Fusion of the nearest ultrasonic echo (a stationary obstacle) with a radar threat, judged by hand
/// physics: to stop a margin m short of a stationary obstacle at range d from speed v, after a latency L
/// at constant speed, takes a = v² / (2 (d − v·L − m)).
/// </summary>
public class ObstacleFusionTests
{
    private const float LatencyS = 0.3f;
    private const float MarginM = 0.5f;
    private const float RadarRangeM = 20f;

    private static float HandDecel(float rangeM, float speedMps) => speedMps * speedMps / (2f * (rangeM - speedMps * LatencyS - MarginM));

    private static UltrasonicObstacle Echo(float distanceM, int sensor = 2) => new() { Present = true, DistanceM = distanceM, Sensor = sensor };

    private static ThreatAssessment Radar(float rangeM, float targetSpeedMps = 0f) => new()
    {
        HasTarget = true, TrackId = 7, RangeM = rangeM, TargetSpeedMps = targetSpeedMps, TtcS = 1f, RequiredDecelMps2 = 99f,
    };

    [Theory]
    [InlineData(2.0f, 1.0f)]
    [InlineData(3.0f, 2.0f)]
    [InlineData(1.5f, 0.5f)]
    public void An_echo_alone_is_a_stationary_obstacle_with_the_hand_worked_deceleration_and_ttc(float distanceM, float speedMps)
    {
        var t = ObstacleFusion.Fuse(Echo(distanceM, sensor: 9), ThreatAssessment.None, RadarRangeM, speedMps, LatencyS, MarginM);
        Assert.True(t.HasTarget);
        Assert.Equal(distanceM, t.RangeM);
        Assert.Equal(speedMps, t.ClosingSpeedMps);
        Assert.Equal(0f, t.TargetSpeedMps);
        Assert.Equal(distanceM / speedMps, t.TtcS, 4);
        Assert.Equal(HandDecel(distanceM, speedMps), t.RequiredDecelMps2, 3);
        Assert.Equal(-1 - 9, t.TrackId);
    }

    [Fact]
    public void At_standstill_an_echo_has_no_time_to_collision_and_needs_no_braking()
    {
        var t = ObstacleFusion.Fuse(Echo(1f), ThreatAssessment.None, RadarRangeM, 0f, LatencyS, MarginM);
        Assert.True(float.IsPositiveInfinity(t.TtcS));
        Assert.Equal(0f, t.RequiredDecelMps2);
    }

    [Fact]
    public void A_radar_threat_beyond_the_fusion_range_is_ignored_and_one_within_it_is_rejudged_with_this_latency_and_margin()
    {
        Assert.False(ObstacleFusion.Fuse(default, Radar(RadarRangeM + 0.1f), RadarRangeM, 2f, LatencyS, MarginM).HasTarget);
        var within = ObstacleFusion.Fuse(default, Radar(4f), RadarRangeM, 2f, LatencyS, MarginM);
        Assert.Equal(7, within.TrackId);
        Assert.Equal(HandDecel(4f, 2f), within.RequiredDecelMps2, 3); // not the 99 it came with
    }

    [Fact]
    public void The_more_critical_of_echo_and_radar_wins()
    {
        // Echo at 1.5 m vs radar at 4 m, both stationary at 1 m/s: the echo needs more deceleration.
        var echoWins = ObstacleFusion.Fuse(Echo(1.5f), Radar(4f), RadarRangeM, 1f, LatencyS, MarginM);
        Assert.Equal(-1 - 2, echoWins.TrackId);
        // Echo at 4 m vs radar at 1.5 m: the radar does.
        var radarWins = ObstacleFusion.Fuse(Echo(4f), Radar(1.5f), RadarRangeM, 1f, LatencyS, MarginM);
        Assert.Equal(7, radarWins.TrackId);
        // A radar target moving away at 3 m/s needs nothing; the echo at 4 m still needs some.
        var movingAway = ObstacleFusion.Fuse(Echo(4f), Radar(1.5f, targetSpeedMps: 3f), RadarRangeM, 1f, LatencyS, MarginM);
        Assert.Equal(-1 - 2, movingAway.TrackId);
    }

    [Fact]
    public void On_a_tie_the_nearer_one_wins()
    {
        // At standstill both need 0: the nearer object is reported.
        var nearerEcho = ObstacleFusion.Fuse(Echo(1f), Radar(3f), RadarRangeM, 0f, LatencyS, MarginM);
        Assert.Equal(-1 - 2, nearerEcho.TrackId);
        var nearerRadar = ObstacleFusion.Fuse(Echo(3f), Radar(1f), RadarRangeM, 0f, LatencyS, MarginM);
        Assert.Equal(7, nearerRadar.TrackId);
    }

    [Fact]
    public void Required_is_zero_without_a_target()
    {
        Assert.Equal(0f, ObstacleFusion.Required(ThreatAssessment.None, 3f, LatencyS, MarginM));
    }
}
