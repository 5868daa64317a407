using AebController.Firmware.Monitoring;
using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// A threat track that stops being the threat and becomes it again seconds later (the independent tester's motorcycle,
/// session 17: 80 km/h, 44.6 m ahead, braking 6 m/s² from 2.0 s; it was the threat for the first lists, not while it
/// cruised at the ego's speed, and again later; in that run the healthy radar was faulted and the motorcycle hit at
/// 45 km/h). Hand kinematics of a healthy radar: range 44.6 − 3 (t − 2)², closing 6 (t − 2); fed for 0.25 s, then again from
/// 2.6 s. Integrated across the 2.35 s it was not given, the new closing adds (0 + 3.6) / 2 × 2.35 = 4.2 m against the
/// 1.08 m the range really closed, 3.1 m beyond 0.4 + 0.02 × 43.5 + 0.25 × 2.6 = 1.9 m. Fed again after the gap the checks
/// must judge from a new anchor. The gap allowed is the calibration's stale-list age (monitoring.radarMaxAgeUs).
/// </summary>
public sealed class RangeRateAgreementGapTests
{
    private const long ListUs = 50_000;
    private const long MaxGapUs = 200_000;

    private static float RangeM(double tS) => 44.6f - 3f * (float)Math.Pow(Math.Max(tS - 2.0, 0.0), 2);

    private static float ClosingMps(double tS) => 6f * (float)Math.Max(tS - 2.0, 0.0);

    [Fact]
    public void A_threat_track_fed_again_after_a_gap_is_judged_from_a_new_anchor()
    {
        var m = new RangeRateAgreement();
        m.Reset();
        bool healthy = true;
        for (long us = 0; us <= 250_000; us += ListUs) healthy &= Feed(ref m, us, MaxGapUs);
        for (long us = 2_600_000; us <= 3_400_000; us += ListUs) healthy &= Feed(ref m, us, MaxGapUs);
        Assert.True(healthy);
    }

    [Fact]
    public void Without_the_gap_rule_the_same_healthy_lists_are_judged_inconsistent()
    {
        // The oracle works both ways: integrated across the gap the same lists walk 3.1 m off, beyond the 1.9 m allowed.
        var m = new RangeRateAgreement();
        m.Reset();
        bool healthy = true;
        for (long us = 0; us <= 250_000; us += ListUs) healthy &= Feed(ref m, us, long.MaxValue);
        for (long us = 2_600_000; us <= 3_400_000; us += ListUs) healthy &= Feed(ref m, us, long.MaxValue);
        Assert.False(healthy);
    }

    [Fact]
    public void The_window_check_opens_a_new_window_after_the_gap()
    {
        var m = new RangeConsistencyMonitor();
        bool healthy = true;
        for (long us = 0; us <= 250_000; us += ListUs) healthy &= m.Update(1, RangeM(us * 1e-6), ClosingMps(us * 1e-6), us, 0.5f, 0.4f, 0.02f, 2, MaxGapUs);
        for (long us = 2_600_000; us <= 3_400_000; us += ListUs) healthy &= m.Update(1, RangeM(us * 1e-6), ClosingMps(us * 1e-6), us, 0.5f, 0.4f, 0.02f, 2, MaxGapUs);
        Assert.True(healthy);
    }

    private static bool Feed(ref RangeRateAgreement m, long us, long maxGapUs)
    {
        double t = us * 1e-6;
        float range = RangeM(t);
        return m.Update(1, range, ClosingMps(t), us, 4, 0.4f + 0.02f * range, 0.25f, 3.0f, 20f, 3, maxGapUs);
    }
}
