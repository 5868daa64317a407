using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// Forward AEB's standing threat at the in-path echo's range (<see cref="StandingEchoRange"/>): lsf-wall-6's numbers by
/// hand. The car at 6 km/h (1.667 m/s), latency 0.3 s, margin 1.0 m: a standing wall at d needs v² / (2 (d − v·0.3 − 1.0)).
/// </summary>
public class StandingEchoRangeTests
{
    private const float V = 6f / 3.6f;
    private const float Latency = 0.3f, Margin = 1.0f, StandingMps = 2.0f, StandingShare = 0.15f, Window = 0.6f;

    private static ThreatAssessment Radar(float rangeM, float targetSpeedMps = 0f) => new()
    {
        HasTarget = true, TrackId = 7, RangeM = rangeM, ClosingSpeedMps = V - targetSpeedMps, TargetSpeedMps = targetSpeedMps,
        TtcS = rangeM / (V - targetSpeedMps), RequiredDecelMps2 = 1f,
    };

    private static UltrasonicObstacle Echo(float distanceM) => new() { Present = true, DistanceM = distanceM, Sensor = 2 };

    private static ThreatAssessment Judge(in UltrasonicObstacle echo, in ThreatAssessment radar) =>
        StandingEchoRange.Nearer(echo, radar, V, Latency, Margin, StandingMps + StandingShare * V, Window);

    [Fact]
    public void A_radar_reading_the_wall_half_a_metre_far_is_judged_at_the_echo()
    {
        // lsf-wall-6 at 3.33 s: the wall truly 1.955 m ahead, the faulted radar 2.345 m (+0.39 m beyond the echo).
        var t = Judge(Echo(1.955f), Radar(2.345f));
        Assert.Equal(1.955f, t.RangeM);
        Assert.Equal(1.955f / V, t.TtcS, 4);
        float byHand = V * V / (2f * (1.955f - V * Latency - Margin)); // 2.778 / 0.91 = 3.05 m/s²
        Assert.Equal(byHand, t.RequiredDecelMps2, 2);
        Assert.Equal(7, t.TrackId);
        Assert.Equal(0f, t.TargetSpeedMps);
    }

    [Theory]
    // Within the window (0.6 m) the echo is the radar's wall; beyond it, or not nearer at all, the radar's threat stands.
    [InlineData(2.0f, 1.41f, true)]
    [InlineData(2.0f, 1.39f, false)]
    [InlineData(2.0f, 1.99f, true)]
    [InlineData(2.0f, 2.0f, false)]
    [InlineData(2.0f, 2.3f, false)]
    public void Only_a_nearer_echo_within_the_window_is_taken(float radarM, float echoM, bool taken)
    {
        var radar = Radar(radarM);
        Assert.Equal(taken ? echoM : radarM, Judge(Echo(echoM), radar).RangeM);
    }

    [Theory]
    // Standing band at 1.667 m/s: 2.0 + 0.15 × 1.667 = 2.25 m/s either way.
    [InlineData(2.2f, true)]
    [InlineData(-2.2f, true)]
    [InlineData(2.3f, false)]
    [InlineData(-2.3f, false)]
    public void A_moving_threat_keeps_its_radar_range(float targetSpeedMps, bool taken)
    {
        var radar = Radar(2.0f, targetSpeedMps);
        Assert.Equal(taken, StandingEchoRange.Applies(Echo(1.8f), radar, StandingMps + StandingShare * V, Window));
    }

    [Fact]
    public void No_echo_or_no_radar_threat_changes_nothing()
    {
        var radar = Radar(2.0f);
        Assert.Equal(radar, Judge(default, radar));
        Assert.Equal(ThreatAssessment.None, Judge(Echo(1.8f), ThreatAssessment.None));
    }

    [Fact]
    public void An_echo_never_makes_a_standing_threat_less_critical()
    {
        // Swept: radar 0.5-3 m, echo 0-3.5 m in 5 cm steps; the need never drops below the radar's own at its range.
        for (float radarM = 0.5f; radarM <= 3f; radarM += 0.05f)
        {
            var radar = Radar(radarM);
            radar.RequiredDecelMps2 = ThreatMath.RequiredDeceleration(radarM, V, 0f, 0f, Latency, Margin);
            for (float echoM = 0f; echoM <= 3.5f; echoM += 0.05f)
            {
                var t = Judge(Echo(echoM), radar);
                Assert.True(t.RequiredDecelMps2 >= radar.RequiredDecelMps2 - 1e-4f, $"radar {radarM} echo {echoM}");
                Assert.True(t.RangeM <= radarM);
            }
        }
    }
}
