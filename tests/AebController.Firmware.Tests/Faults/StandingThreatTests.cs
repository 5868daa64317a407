using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// A threat whose track stood by its range rate is judged standing while a warning or a brake is on and its ranges close
/// at the ego's speed. The oracle is kinematics by hand: a car standing ahead, closed at 50 km/h (13.89 m/s), one radar
/// list every 50 ms measured 80 ms before it is used; its true range falls by 13.89 m/s. The rate reads it standing, then
/// drifts at +2 m/s² (the campaign's drift: the target seems to drive away) or is biased by +1 m/s. The need of a standing
/// car is v² / (2 (d − v τ − margin)) with τ 0.3 s and 1 m in hand, d its range brought to now at the closing v.
/// A car that truly drives off opens its gap by ½ a t² beyond the standing line, and is judged by its rate again once
/// that exceeds the range-rate agreement's tolerance (0.4 m + 2 % of range, 0.25 m/s per second since its anchor).
/// </summary>
public sealed class StandingThreatTests
{
    private const float CycleS = 0.01f;
    private const int CyclesPerList = 5;
    private const float EgoMps = 50f / 3.6f;
    private const float LatencyS = 0.3f;
    private const float MarginM = 1f;
    private const float AgeS = 0.08f;
    private static readonly ForwardAebCalibration Fwd = AebCalibration.Default.ForwardAeb;
    private static readonly MonitoringCalibration Mon = AebCalibration.Default.Monitoring;

    private static float StandingNeedByHand(float rangeNowM) => EgoMps * EgoMps / (2f * (rangeNowM - EgoMps * LatencyS - MarginM));

    /// <summary>The live threat as the assessor gives it: measured at <paramref name="measuredM"/>, brought to now at the rate's closing.</summary>
    private static ThreatAssessment Live(float measuredM, float targetSpeedMps, float targetAccelMps2 = 0f, int trackId = 3)
    {
        float closing = EgoMps - targetSpeedMps;
        float rangeM = measuredM - closing * AgeS;
        return new ThreatAssessment
        {
            HasTarget = true, TrackId = trackId, RangeM = rangeM, ClosingSpeedMps = closing, ReportedClosingSpeedMps = closing,
            TargetSpeedMps = targetSpeedMps, TargetAccelMps2 = targetAccelMps2,
            TtcS = ThreatMath.TimeToCollision(rangeM, EgoMps, targetSpeedMps, targetAccelMps2),
            RequiredDecelMps2 = ThreatMath.RequiredDeceleration(rangeM, EgoMps, targetSpeedMps, targetAccelMps2, LatencyS, MarginM),
        };
    }

    private static ThreatAssessment Feed(ref StandingThreat s, in ThreatAssessment live, bool held, int cycle) =>
        s.Judge(live, held, live.RangeM + live.ClosingSpeedMps * AgeS, MeasuredUs(cycle), EgoMps, EgoMps, 0f, AgeS, Fwd, Mon);

    /// <summary>The measurement time of the list in hand at <paramref name="cycle"/>: a new list every 5 cycles.</summary>
    private static long MeasuredUs(int cycle) => (cycle / CyclesPerList) * CyclesPerList * 10_000L;

    private static float TrueRangeM(float startM, int cycle) => startM - EgoMps * (cycle / CyclesPerList) * CyclesPerList * CycleS;

    [Fact]
    public void A_rate_biased_away_is_judged_at_the_standing_cars_need()
    {
        // 30 m measured, the rate reads +1 m/s: the live threat is brought to now at 12.89 m/s and needs less.
        var live = Live(30f, 1f);
        var t = StandingThreat.AsStanding(live, EgoMps, AgeS, LatencyS, MarginM);
        float nowM = 30f - EgoMps * AgeS;
        Assert.Equal(nowM, t.RangeM, 3);
        Assert.Equal(0f, t.TargetSpeedMps);
        Assert.Equal(EgoMps, t.ClosingSpeedMps, 3);
        Assert.Equal(StandingNeedByHand(nowM), t.RequiredDecelMps2, 2);
        Assert.Equal(nowM / EgoMps, t.TtcS, 2);
        Assert.True(live.RequiredDecelMps2 < 0.95f * t.RequiredDecelMps2, "the bias must have lowered the live need");
    }

    [Fact]
    public void A_rate_that_drifts_away_while_warning_keeps_the_standing_need()
    {
        var s = new StandingThreat();
        s.Reset();
        const float startM = 40f;
        // 10 lists standing by the rate, then the rate drifts at +2 m/s² for 1 s while the ranges close at the ego speed.
        for (int k = 0; k < 50; k++) Feed(ref s, Live(TrueRangeM(startM, k), 0f), true, k);
        Assert.True(s.Latched);
        for (int k = 50; k < 150; k++)
        {
            float driftMps = 2f * (k / CyclesPerList * CyclesPerList - 50) * CycleS;
            float measuredM = TrueRangeM(startM, k);
            var t = Feed(ref s, Live(measuredM, driftMps), true, k);
            float nowM = measuredM - EgoMps * AgeS;
            Assert.Equal(StandingNeedByHand(nowM), t.RequiredDecelMps2, 2);
            Assert.True(t.TargetSpeedMps <= 0f);
        }

        Assert.True(s.Latched);
    }

    [Fact]
    public void A_car_that_truly_drives_off_is_judged_by_its_rate_again_once_its_gap_opens()
    {
        var s = new StandingThreat();
        s.Reset();
        const float startM = 30f;
        const float accelMps2 = 2f;
        for (int k = 0; k < 50; k++) Feed(ref s, Live(TrueRangeM(startM, k), 0f), true, k);
        Assert.True(s.Latched);
        int releasedAt = -1;
        for (int k = 50; k < 300 && releasedAt < 0; k++)
        {
            float tS = (k / CyclesPerList * CyclesPerList - 50) * CycleS;
            float measuredM = TrueRangeM(startM, k) + 0.5f * accelMps2 * tS * tS;
            var live = Live(measuredM, accelMps2 * tS, accelMps2);
            var t = Feed(ref s, live, true, k);
            if (!s.Latched)
            {
                Assert.Equal(live.RequiredDecelMps2, t.RequiredDecelMps2);
                releasedAt = k;
            }
        }

        // By hand: the anchor was taken at the latch, 0.3 s before the drive-off. ½ a t² passes the widest tolerance,
        // 0.4 + 0.02 × 30 + 0.25 (t + 0.3), at t = 1.17 s; the median's list and 3 lists in a row add 0.2 s: 1.37 s at most.
        // It cannot pass the narrowest, 0.4 m + 2 % of the 15 m the gap has closed to by then, before t = 0.84 s.
        Assert.InRange((releasedAt - 50) * CycleS, 0.84f, 1.37f);
    }

    [Fact]
    public void A_rate_that_never_stood_long_enough_or_no_threat_that_stands_changes_nothing()
    {
        var s = new StandingThreat();
        s.Reset();
        // 2 standing lists only (the hold needs 3), then the bias: unchanged.
        for (int k = 0; k < 10; k++) Feed(ref s, Live(TrueRangeM(30f, k), 0f), true, k);
        Assert.False(s.Latched);
        var biased = Live(TrueRangeM(30f, 10), 1f);
        Assert.Equal(biased.RequiredDecelMps2, Feed(ref s, biased, true, 10).RequiredDecelMps2);

        // Latched, but no warning or brake on: unchanged.
        var t = new StandingThreat();
        t.Reset();
        for (int k = 0; k < 50; k++) Feed(ref t, Live(TrueRangeM(30f, k), 0f), false, k);
        Assert.True(t.Latched);
        var live = Live(TrueRangeM(30f, 50), 1f);
        Assert.Equal(live.RequiredDecelMps2, Feed(ref t, live, false, 50).RequiredDecelMps2);
    }

    [Fact]
    public void A_short_absence_from_the_threat_keeps_the_history_a_long_one_does_not()
    {
        // Forward AEB's threat-lost time, 0.3 s: 30 cycles at 10 ms.
        const int maxMissed = 30;
        var s = new StandingThreat();
        s.Reset();
        for (int k = 0; k < 50; k++) Feed(ref s, Live(TrueRangeM(30f, k), 0f), true, k);
        for (int k = 50; k < 50 + maxMissed; k++) s.Miss(maxMissed);
        Assert.True(s.Latched);
        // Back with its rate biased +1 m/s: judged standing, at the standing car's need by hand.
        int back = 50 + maxMissed;
        float measuredM = TrueRangeM(30f, back);
        var t = Feed(ref s, Live(measuredM, 1f), true, back);
        Assert.Equal(StandingNeedByHand(measuredM - EgoMps * AgeS), t.RequiredDecelMps2, 2);

        var u = new StandingThreat();
        u.Reset();
        for (int k = 0; k < 50; k++) Feed(ref u, Live(TrueRangeM(30f, k), 0f), true, k);
        for (int k = 50; k < 51 + maxMissed; k++) u.Miss(maxMissed);
        Assert.False(u.Latched);
    }

    [Fact]
    public void A_new_track_starts_again()
    {
        var s = new StandingThreat();
        s.Reset();
        for (int k = 0; k < 50; k++) Feed(ref s, Live(TrueRangeM(30f, k), 0f), true, k);
        Assert.True(s.Latched);
        var other = Live(TrueRangeM(30f, 50), 1f, trackId: 4);
        Assert.Equal(other.RequiredDecelMps2, Feed(ref s, other, true, 50).RequiredDecelMps2);
        Assert.False(s.Latched);
    }

    [Fact]
    public void Sweep_never_less_critical_than_the_live_threat_and_one_coming_our_way_keeps_its_speed()
    {
        var rng = new Random(14);
        for (int i = 0; i < 5000; i++)
        {
            float measuredM = 6f + 60f * (float)rng.NextDouble();
            float speed = -15f + 30f * (float)rng.NextDouble();
            float accel = -8f + 12f * (float)rng.NextDouble();
            var live = Live(measuredM, speed, accel);
            var t = StandingThreat.AsStanding(live, EgoMps, AgeS, LatencyS, MarginM);
            Assert.True(t.RequiredDecelMps2 >= live.RequiredDecelMps2, $"{measuredM} {speed} {accel}");
            Assert.True(t.TtcS <= live.TtcS);
            Assert.True(t.RangeM <= live.RangeM);
            Assert.True(t.ClosingSpeedMps >= live.ClosingSpeedMps);
            Assert.True(t.TargetSpeedMps <= 0f);
            if (speed < 0f) Assert.Equal(speed, t.TargetSpeedMps);
        }
    }
}
