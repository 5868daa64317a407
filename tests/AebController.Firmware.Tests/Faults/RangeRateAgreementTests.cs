using AebController.Firmware.Monitoring;
using static AebController.Firmware.Tests.Faults.RangeRateAgreementSetup;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// Range against range rate over a kept anchor: hand-made drives (the gap closes by the integral of
/// the closing speed) with bounded noise, glitches and biases; each predicate swept against its meaning.
/// </summary>
public sealed class RangeRateAgreementTests
{
    /// <summary>Deterministic noise within ±<paramref name="amplitude"/>, no pattern the median could exploit.</summary>
    private static float Noise(int k, float amplitude) => amplitude * MathF.Sin(k * 2.399f) * MathF.Cos(k * 0.731f);

    /// <summary>
    /// A drive of <paramref name="lists"/> lists: the true closing speed starts at <paramref name="closing0Mps"/>
    /// and changes at <paramref name="closingRateMps2"/> (the ego braking), the true range follows from it exactly;
    /// <paramref name="corrupt"/> may change what the radar reports. Returns the first list flagged, or -1.
    /// </summary>
    private static int FirstFlag(int lists, float range0M, float closing0Mps, float closingRateMps2,
        Func<int, float, float, (float RangeM, float ClosingMps)> corrupt)
    {
        var m = new RangeRateAgreement();
        m.Reset();
        for (int k = 0; k < lists; k++)
        {
            float t = k * ListUs * 1e-6f;
            float closing = closing0Mps + closingRateMps2 * t;
            float range = range0M - (closing0Mps * t + 0.5f * closingRateMps2 * t * t);
            var (r, c) = corrupt(k, range, closing);
            if (!Feed(ref m, 7, r, c, k * ListUs)) return k;
        }

        return -1;
    }

    [Theory]
    [InlineData(13.9f, 0f)]      // 50 km/h at a standing car, cruising
    [InlineData(13.9f, -6f)]     // the ego brakes hard: the closing speed falls
    [InlineData(8.33f, 0f)]      // CCRm
    [InlineData(0f, 0f)]         // standing
    [InlineData(-5f, 0f)]        // a lead car pulling away
    public void A_healthy_track_with_range_and_rate_noise_is_never_flagged(float closingMps, float closingRateMps2)
    {
        // Range noise up to ±0.25 m (the worst datasheet figure), rate noise up to ±0.28 m/s, for 10 s.
        int flag = FirstFlag(200, 150f, closingMps, closingRateMps2,
            (k, r, c) => (r + Noise(k, 0.25f), c + Noise(k + 1000, 0.28f)));
        Assert.Equal(-1, flag);
    }

    [Theory]
    [InlineData(1.0f)]   // the campaign's range-rate bias
    [InlineData(-1.0f)]
    [InlineData(2.0f)]
    public void A_rate_bias_is_flagged_once_the_walk_exceeds_tolerance_plus_allowance(float biasMps)
    {
        // Bias from the first list: the residual walks |b|·t, and the anchor (the mean of the first four lists)
        // already holds |b|·t̄ with t̄ = 1.5 lists; the walk from it exceeds 0.4 + 0.25·t at
        // t = (0.4 + |b|·t̄) / (|b| − 0.25). Then one list for the median, two more for the persistence of three
        // lists, one for the list grid and one for the ±0.1 m range noise.
        int flag = FirstFlag(200, 60f, 10f, 0f, (k, r, c) => (r + Noise(k, 0.1f), c + biasMps));
        Assert.True(flag >= 0, "a bias was never flagged");
        float latestS = BiasFlaggedWithinS(biasMps);
        Assert.True(flag * ListUs * 1e-6f <= latestS, $"flagged at list {flag}, later than {latestS} s");
    }

    [Fact]
    public void A_range_stuck_while_the_gap_closes_is_flagged_within_a_few_lists()
    {
        float? stuck = null;
        int flag = FirstFlag(100, 40f, 13.9f, 0f, (k, r, c) =>
        {
            if (k >= 20) stuck ??= r;
            return (stuck ?? r, c);
        });
        // 13.9 m/s walks 0.4 m + allowance in about 0.03 s: the median and the persistence add four lists.
        Assert.InRange(flag, 20, 20 + 1 + PersistLists + 1);
    }

    [Fact]
    public void A_two_list_rate_burst_and_a_one_list_range_spike_are_never_faults()
    {
        Assert.Equal(-1, FirstFlag(120, 60f, 10f, 0f, (k, r, c) => (r, k is 30 or 31 ? c + 10f : c)));
        Assert.Equal(-1, FirstFlag(120, 60f, 10f, 0f, (k, r, c) => (k == 40 ? r + 20f : r, c)));
        Assert.Equal(-1, FirstFlag(120, 60f, 10f, 0f, (k, r, c) => (k is 40 or 41 ? r + 20f : r, c)));
    }

    [Fact]
    public void Agreement_is_swept_against_its_meaning()
    {
        for (float walked = -3f; walked <= 3f; walked += 0.05f)
        for (float since = -0.5f; since <= 3f; since += 0.05f)
        {
            float allowed = ToleranceM + AllowanceMps * MathF.Max(since, 0f);
            Assert.Equal(MathF.Abs(walked) <= allowed, RangeRateAgreement.Agrees(walked, since, ToleranceM, AllowanceMps));
        }

        Assert.False(RangeRateAgreement.Agrees(float.NaN, 1f, ToleranceM, AllowanceMps));
        Assert.False(RangeRateAgreement.Agrees(0f, float.NaN, ToleranceM, AllowanceMps));
        Assert.False(RangeRateAgreement.Agrees(float.PositiveInfinity, 1f, ToleranceM, AllowanceMps));
    }

    [Fact]
    public void The_median_of_three_and_the_bounded_rate_are_swept_against_sorting_and_clamping()
    {
        float[] values = [-5f, -1f, 0f, 0.5f, 1f, 3f, 7f];
        foreach (float a in values)
        foreach (float b in values)
        foreach (float c in values)
        {
            float[] sorted = [a, b, c];
            Array.Sort(sorted);
            Assert.Equal(sorted[1], RangeRateAgreement.Median3(a, b, c));
        }

        for (float last = -20f; last <= 20f; last += 2.5f)
        for (float next = -40f; next <= 40f; next += 2.5f)
        for (float step = 0f; step <= 5f; step += 0.5f)
        {
            float got = AebController.Firmware.Perception.ClosingIntegral.BoundedRate(last, next, step);
            float expected = next > last + step ? last + step : next < last - step ? last - step : next;
            Assert.Equal(expected, got, 1e-4f);
        }
    }
}
