using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Units;

/// <summary>
/// When the front radar contradicts a standing in-path echo (EchoRadarAgreement), swept over the radar's range and closing
/// speed: the car at 6 km/h (1.667 m/s), a standing echo at 2.0 m, the window 0.6 m (twice the radar's accuracy plus the
/// echo's centimetres), the closing tolerance 0.5 m/s, a standing window of 2.25 m/s (2 m/s + 15 % of the speed).
/// </summary>
public class EchoRadarAgreementTests
{
    private const float V = 6f / 3.6f;
    private const float EchoM = 2.0f;
    private const float WindowM = 0.6f;
    private const float ClosingTolMps = 0.5f;
    private const float StandingMps = 2.25f;

    private static readonly UltrasonicObstacle Echo = new() { Present = true, DistanceM = EchoM, Sensor = 2 };

    private static ThreatAssessment Radar(float rangeM, float closingMps) => new()
    {
        HasTarget = true, TrackId = 4, RangeM = rangeM, ClosingSpeedMps = closingMps, TargetSpeedMps = V - closingMps,
    };

    private static bool Contradicts(in ThreatAssessment radar, bool listsNear = false, bool usable = true, bool stands = true) =>
        EchoRadarAgreement.RadarContradicts(Echo, stands, V, usable, radar, listsNear, StandingMps, WindowM, ClosingTolMps);

    [Fact]
    public void The_same_wall_closing_at_the_car_speed_agrees_across_the_window()
    {
        for (float r = EchoM - WindowM + 0.01f; r <= EchoM + WindowM - 0.01f; r += 0.05f)
        {
            Assert.False(Contradicts(Radar(r, V)), $"range {r}");
            Assert.False(Contradicts(Radar(r, V + ClosingTolMps - 0.01f)), $"range {r}");
            Assert.False(Contradicts(Radar(r, V - ClosingTolMps + 0.01f)), $"range {r}");
        }
    }

    [Fact]
    public void A_threat_there_that_closes_otherwise_contradicts_it()
    {
        // The campaign's rate offset (+1 m/s: the wall "drives away" at 1 m/s) and anything beyond the tolerance either way.
        Assert.True(Contradicts(Radar(EchoM, V - 1f)));
        for (float d = ClosingTolMps + 0.01f; d < 5f; d += 0.1f)
        {
            Assert.True(Contradicts(Radar(EchoM + 0.1f, V - d)), $"slower by {d}");
            Assert.True(Contradicts(Radar(EchoM - 0.1f, V + d)), $"faster by {d}");
        }

        Assert.True(Contradicts(Radar(EchoM, float.NaN)));
    }

    [Fact]
    public void A_standing_threat_farther_than_the_window_contradicts_it()
    {
        // A range stuck 3.27 m out, or drifting 1 m/s far: beyond 2.6 m the radar's wall is not where the echo measures it.
        for (float r = EchoM + WindowM + 0.01f; r < 40f; r += 0.5f)
        {
            Assert.True(Contradicts(Radar(r, V)), $"range {r}");
        }
    }

    [Fact]
    public void A_moving_threat_farther_away_is_another_object_and_says_nothing()
    {
        // A car driving off 10 m ahead (3 m/s over ground, beyond the standing window): the echo's wall is not it.
        Assert.False(Contradicts(Radar(10f, V - 3f)));
    }

    [Fact]
    public void A_threat_nearer_than_the_echo_is_forward_aeb_s_own()
    {
        Assert.False(Contradicts(Radar(EchoM - WindowM - 0.2f, V)));
        Assert.False(Contradicts(Radar(0.5f, V - 1f), listsNear: true));
    }

    [Fact]
    public void No_threat_contradicts_it_only_where_the_radar_lists_a_return_there()
    {
        // The wall read as overhead (its elevation drifting) is listed at the echo's range but is no threat; a thin post the
        // radar does not list at all is simply not seen: the low-speed function keeps its own margin.
        Assert.True(Contradicts(ThreatAssessment.None, listsNear: true));
        Assert.False(Contradicts(ThreatAssessment.None, listsNear: false));
    }

    [Fact]
    public void An_unusable_radar_contradicts_a_standing_echo()
    {
        Assert.True(Contradicts(ThreatAssessment.None, usable: false));
        Assert.True(Contradicts(Radar(EchoM, V), usable: false));
    }

    [Fact]
    public void An_echo_that_does_not_stand_or_is_absent_is_never_contradicted()
    {
        foreach (var radar in new[] { ThreatAssessment.None, Radar(EchoM, V - 1f), Radar(10f, V) })
        {
            Assert.False(Contradicts(radar, listsNear: true, usable: false, stands: false));
            Assert.False(EchoRadarAgreement.RadarContradicts(default, true, V, false, radar, true, StandingMps, WindowM, ClosingTolMps));
        }
    }

    [Fact]
    public void A_return_is_near_the_echo_in_the_path_within_the_window()
    {
        var list = new RadarObjectList { Count = 3, SensorOk = true };
        list.Tracks[0] = new RadarTrack { Id = 1, LongitudinalM = 12f, LateralM = 0f };
        list.Tracks[1] = new RadarTrack { Id = 2, LongitudinalM = 2.3f, LateralM = 1.5f };
        list.Tracks[2] = new RadarTrack { Id = 3, LongitudinalM = 2.5f, LateralM = -0.9f };
        // Half the corridor: 0.925 m (half of a 1.85 m car) + 0.15 m path margin = 1.075 m.
        Assert.True(EchoRadarAgreement.ListsReturnNear(ref list, EchoM, WindowM, 1.075f));
        Assert.False(EchoRadarAgreement.ListsReturnNear(ref list, EchoM, 0.4f, 1.075f));
        list.Tracks[2].LateralM = -1.2f;
        Assert.False(EchoRadarAgreement.ListsReturnNear(ref list, EchoM, WindowM, 1.075f));
        list.Count = 0;
        Assert.False(EchoRadarAgreement.ListsReturnNear(ref list, EchoM, WindowM, 1.075f));
    }
}
