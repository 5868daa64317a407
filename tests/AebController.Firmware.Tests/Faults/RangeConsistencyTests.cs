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
            ok &= m.Update(7, r, c, k * ListUs, 0.5f, 0.5f, 0.015f, 2);
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
        var r = Feed(k => (60f - 13.9f * MathF.Min(k, 10) * 0.05f, 13.9f), 32);
        Assert.False(r.Consistent);
        // The last list is number 31: the true range is 60 − 13.9 × 1.55 = 38.455 m.
        Assert.Equal(60f - 13.9f * 31 * 0.05f, r.Predicted, 0.5f);
    }

    [Fact]
    public void A_range_stuck_at_30_kmh_is_faulted_within_two_windows_after_it_sticks()
    {
        // 8.33 m/s closing: each window's halves drift 8.33 × 0.25 = 2.1 m apart, beyond 0.5 m + 1.5 % of 50 m.
        // Sticking at list 10 (0.5 s), the next two whole windows end at lists 20 and 30: faulted by 1.55 s.
        Assert.True(Feed(k => (60f - 8.33f * MathF.Min(k, 10) * 0.05f, 8.33f), 29).Consistent);
        Assert.False(Feed(k => (60f - 8.33f * MathF.Min(k, 10) * 0.05f, 8.33f), 32).Consistent);
    }

    [Theory]
    [InlineData(20f)]
    [InlineData(44f)]
    [InlineData(80f)]
    [InlineData(150f)]
    public void Realistic_range_noise_never_faults_a_consistent_track(float startRangeM)
    {
        // 60 s of lists closing at 5 m/s with Gaussian range noise σ = 0.1 m + 0.5 % of range (the realistic
        // radar's, docs/sensors.md) doubled for a low-SNR target, and range-rate noise σ 0.12 m/s. Fixed seed.
        var rng = new Random(4711);
        float Gauss() => MathF.Sqrt(-2f * MathF.Log(1f - rng.NextSingle())) * MathF.Cos(2f * MathF.PI * rng.NextSingle());
        var m = new RangeConsistencyMonitor();
        m.Reset();
        for (int k = 0; k < 1200; k++)
        {
            float trueRangeM = startRangeM + 3f * MathF.Sin(k * 0.01f);   // the gap breathes: the rate is not constant
            float closingMps = -3f * MathF.Cos(k * 0.01f) * 0.01f / 0.05f;
            float sigmaM = 2f * (0.1f + 0.005f * trueRangeM);
            Assert.True(m.Update(3, trueRangeM + sigmaM * Gauss(), closingMps + 0.12f * Gauss(), k * ListUs, 0.5f, 0.5f, 0.015f, 2),
                $"faulted at list {k} ({trueRangeM:F1} m)");
        }
    }

    [Fact]
    public void A_rate_drifting_two_metres_per_second_squared_is_caught_within_three_seconds()
    {
        // The rate error is 2 m/s² × t; a window's halves drift apart by about 0.25 s × the error at mid-window,
        // against 0.5 m + 1.5 % of range: 0.5 m at 1 s (within 1.25 m at 50 m), 1.4 m at 2.75 s (beyond 1.09 m at 38 m).
        Assert.True(Feed(k => (60f - 10f * k * 0.05f, 10f + 2f * k * 0.05f), 21).Consistent);
        Assert.False(Feed(k => (60f - 10f * k * 0.05f, 10f + 2f * k * 0.05f), 61).Consistent);
    }

    [Theory]
    [InlineData(0.9f, true)]
    [InlineData(1.1f, false)]
    public void The_residual_is_judged_against_the_tolerance_from_both_sides(float residualM, bool agrees) =>
        Assert.Equal(agrees, ThreatMath.RangeAgreesWithRate(50f, 50f - 7f + residualM, 7f, 1.0f));
}
