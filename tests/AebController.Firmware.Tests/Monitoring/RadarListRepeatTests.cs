using AebController.Firmware.Calibration;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>
/// A frozen radar (<see cref="RadarListRepeat"/>, <see cref="DiagnosticCode.FrontRadarFrozen"/>): a list that arrives fresh
/// but repeats the one before it 3 times in a row. Lists at 20 Hz (one every 5 cycles of 10 ms), judged by hand.
/// </summary>
public class RadarListRepeatTests
{
    private static readonly MonitoringCalibration Cal = AebCalibration.Default.Monitoring;

    /// <summary>A car 30 m ahead closing at 5 m/s, as list <paramref name="n"/> of a healthy radar measures it.</summary>
    private static RadarTrack Car(int n) => new()
    {
        Id = 7, LongitudinalM = 30f - 0.25f * n, LateralM = 0.1f, RelVelLongMps = -5f, WidthM = 1.8f, ElevationM = 0.5f, RcsDbsm = 10f,
        UpdateCount = 20 + n,
    };

    /// <summary>
    /// Runs the monitor over <paramref name="cycles"/> cycles; a list is measured every 5 cycles (its age 0, then 10, 20,
    /// 30, 40 ms) and its content is <paramref name="content"/>(list number). Returns the front radar's health per cycle.
    /// </summary>
    private static (bool[] Ok, DiagnosticCode Latched) Run(int cycles, Func<int, RadarObjectList> content)
    {
        var monitor = new InputMonitor(Cal);
        var frame = HealthyFrame.Create(0);
        var ok = new bool[cycles];
        for (int c = 0; c < cycles; c++)
        {
            HealthyFrame.Refresh(frame, c * 10_000L);
            frame.FrontRadar = content(c / 5);
            frame.FrontRadar.SensorOk = true;
            frame.FrontRadar.AgeUs = c % 5 * 10_000L;
            monitor.Check(frame);
            ok[c] = monitor.Health.FrontRadarOk;
        }

        return (ok, monitor.Latched);
    }

    private static RadarObjectList List(params RadarTrack[] tracks)
    {
        var list = new RadarObjectList { Count = tracks.Length };
        for (int i = 0; i < tracks.Length; i++) list.Tracks[i] = tracks[i];
        return list;
    }

    [Fact]
    public void A_healthy_list_never_freezes()
    {
        var (ok, latched) = Run(2_000, n => List(Car(n), Car(n) with { Id = 8, LateralM = 3.5f }));
        Assert.All(ok, Assert.True);
        Assert.Equal(DiagnosticCode.None, latched);
    }

    [Fact]
    public void An_ideal_lead_at_a_steady_gap_is_no_repeat_while_its_counter_advances()
    {
        // Exact sensor, a lead at the same speed: range, lateral position and rate identical list after list.
        var (ok, latched) = Run(500, n => List(Car(0) with { UpdateCount = 20 + n }));
        Assert.All(ok, Assert.True);
        Assert.Equal(DiagnosticCode.None, latched);
    }

    [Theory]
    // The list freezes at list 10 (cycle 50): its repeats arrive at cycles 55, 60, 65. The third makes it frozen.
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(10, true)]
    public void The_same_list_three_times_in_a_row_is_a_frozen_radar(int repeats, bool frozen)
    {
        var (ok, latched) = Run(200, n => List(Car(n >= 10 && n <= 10 + repeats ? 10 : n)));
        Assert.Equal(frozen, (latched & DiagnosticCode.FrontRadarFrozen) != 0);
        Assert.Equal(DiagnosticCode.None, latched & ~DiagnosticCode.FrontRadarFrozen);
        for (int c = 0; c < 200; c++)
        {
            // Unusable from the third repeat to the next list that moves again.
            bool expectedOk = !(frozen && c >= 65 && c < 50 + 5 * (repeats + 1));
            Assert.True(expectedOk == ok[c], $"cycle {c}: expected ok {expectedOk}");
        }
    }

    [Fact]
    public void A_list_frozen_to_the_end_stays_unusable()
    {
        var (ok, latched) = Run(300, n => List(Car(Math.Min(n, 10))));
        Assert.True(ok[64]);
        Assert.All(ok[65..], Assert.False);
        Assert.Equal(DiagnosticCode.FrontRadarFrozen, latched);
    }

    [Fact]
    public void An_empty_road_repeating_is_no_fault()
    {
        var (ok, latched) = Run(500, _ => default);
        Assert.All(ok, Assert.True);
        Assert.Equal(DiagnosticCode.None, latched);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("updateCount")]
    [InlineData("range")]
    [InlineData("lateral")]
    [InlineData("rate")]
    public void Any_moving_field_is_a_new_list(string field)
    {
        // Everything repeats from list 10 on except one field, which moves by one step per list.
        var (ok, latched) = Run(300, n =>
        {
            var t = Car(10);
            int k = n;
            switch (field)
            {
                case "id": t.Id = 7 + k % 2; break;
                case "updateCount": t.UpdateCount = 20 + k; break;
                case "range": t.LongitudinalM = 30f - 0.001f * k; break;
                case "lateral": t.LateralM = 0.1f + 0.001f * k; break;
                default: t.RelVelLongMps = -5f - 0.001f * k; break;
            }

            return List(t);
        });
        Assert.All(ok, Assert.True);
        Assert.Equal(DiagnosticCode.None, latched);
    }

    [Fact]
    public void A_list_that_is_not_renewed_is_no_repeat()
    {
        // The age grows instead of falling: no new list, nothing repeats (a radar that stops sending is found stale).
        var monitor = new InputMonitor(Cal);
        var frame = HealthyFrame.Create(0);
        frame.FrontRadar = List(Car(0));
        frame.FrontRadar.SensorOk = true;
        for (int c = 0; c < 20; c++)
        {
            HealthyFrame.Refresh(frame, c * 10_000L);
            frame.FrontRadar.AgeUs = c * 10_000L;
            monitor.Check(frame);
        }

        Assert.Equal(DiagnosticCode.None, monitor.Latched & DiagnosticCode.FrontRadarFrozen);
    }

    [Fact]
    public void The_rear_radar_has_its_own_code()
    {
        var monitor = new InputMonitor(Cal);
        var frame = HealthyFrame.Create(0);
        for (int c = 0; c < 100; c++)
        {
            HealthyFrame.Refresh(frame, c * 10_000L);
            frame.RearRadar = List(Car(3));
            frame.RearRadar.SensorOk = true;
            frame.RearRadar.AgeUs = c % 5 * 10_000L;
            monitor.Check(frame);
        }

        Assert.Equal(DiagnosticCode.RearRadarFrozen, monitor.Latched);
        Assert.False(monitor.Health.RearRadarOk);
        Assert.True(monitor.Health.FrontRadarOk);
    }

    [Theory]
    // Required decelerations (m/s²) and ranges (m) of two views; the more critical wins, at a tie the nearer.
    [InlineData(2f, 5f, 3f, 6f, "b")]
    [InlineData(3f, 6f, 2f, 5f, "a")]
    [InlineData(2f, 5f, 2f, 4f, "b")]
    [InlineData(2f, 4f, 2f, 5f, "a")]
    [InlineData(2f, 4f, 2f, 4f, "a")]
    public void The_more_critical_view_wins(float aDecel, float aRange, float bDecel, float bRange, string winner)
    {
        var a = new ThreatAssessment { HasTarget = true, TrackId = 1, RequiredDecelMps2 = aDecel, RangeM = aRange };
        var b = new ThreatAssessment { HasTarget = true, TrackId = 2, RequiredDecelMps2 = bDecel, RangeM = bRange };
        Assert.Equal(winner == "a" ? 1 : 2, ObstacleFusion.MoreCritical(a, b).TrackId);
    }

    [Fact]
    public void A_view_without_a_target_never_wins()
    {
        var a = new ThreatAssessment { HasTarget = true, TrackId = 1, RequiredDecelMps2 = 0f, RangeM = 9f };
        var none = ThreatAssessment.None;
        Assert.Equal(1, ObstacleFusion.MoreCritical(a, none with { RequiredDecelMps2 = 99f }).TrackId);
        Assert.Equal(1, ObstacleFusion.MoreCritical(none, a).TrackId);
        Assert.False(ObstacleFusion.MoreCritical(none, none).HasTarget);
    }
}
