using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Faults;

/// <summary>Range against range rate over a window of 20 Hz radar lists (hand kinematics).</summary>
public sealed class RangeConsistencyTests
{
    private const long ListUs = 50_000;

    private static (bool Consistent, float Predicted) Feed(Func<int, (float Range, float Closing)> list, int lists, long cycleUs = 10_000)
    {
        var m = new RangeConsistencyMonitor();
        m.Reset();
        bool ok = true;
        // The controller runs every 10 ms and sees the latest list: each list is fed five times.
        for (long now = 0; now < lists * ListUs; now += cycleUs)
        {
            int k = (int)(now / ListUs);
            var (r, c) = list(k);
            ok &= m.Update(7, r, c, k * ListUs, 0.5f, 1.0f);
        }

        return (ok, m.PredictedRangeM);
    }

    [Theory]
    [InlineData(13.9f)]
    [InlineData(8.33f)]
    [InlineData(0f)]
    [InlineData(-3f)]   // the gap opens
    public void A_range_that_follows_its_rate_is_consistent(float closingMps) =>
        Assert.True(Feed(k => (60f - closingMps * k * 0.05f, closingMps), 40).Consistent);

    [Fact]
    public void A_braking_lead_with_a_changing_rate_is_consistent()
    {
        // Closing speed grows at 6 m/s² from 0: gap = 40 − 3 t².
        Assert.True(Feed(k => { float t = k * 0.05f; return (40f - 3f * t * t, 6f * t); }, 40).Consistent);
    }

    [Fact]
    public void A_range_stuck_while_the_gap_closes_is_inconsistent_and_the_rate_predicts_the_range()
    {
        // Closing at 13.9 m/s; the range sticks at list 10 (t = 0.5 s, 53.05 m).
        var r = Feed(k => (60f - 13.9f * MathF.Min(k, 10) * 0.05f, 13.9f), 30);
        Assert.False(r.Consistent);
        // The last list is number 29: the true range is 60 − 13.9 × 1.45 = 39.845 m.
        Assert.Equal(60f - 13.9f * 29 * 0.05f, r.Predicted, 0.5f);
    }

    [Fact]
    public void A_rate_drifting_two_metres_per_second_squared_is_caught_within_two_seconds()
    {
        var r = Feed(k => (60f - 10f * k * 0.05f, 10f + 2f * k * 0.05f), 40);
        Assert.False(r.Consistent);
    }

    [Theory]
    [InlineData(0.9f, true)]
    [InlineData(1.1f, false)]
    public void The_residual_is_judged_against_the_tolerance_from_both_sides(float residualM, bool agrees) =>
        Assert.Equal(agrees, ThreatMath.RangeAgreesWithRate(50f, 50f - 7f + residualM, 7f, 1.0f));
}
