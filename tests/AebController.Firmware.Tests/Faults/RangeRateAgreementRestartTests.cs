using AebController.Firmware.Monitoring;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// RangeRateAgreement before it has an anchor and after a reading it cannot judge (the branches coverage showed
/// untaken): nothing is predicted until an anchor exists; a range that stays put while the rate says the gap
/// closes at 10 m/s is flagged, and a non-finite reading then restarts the check instead of judging it.
/// </summary>
public sealed class RangeRateAgreementRestartTests
{
    private const long ListUs = 50_000;

    private static bool Feed(ref RangeRateAgreement m, int k, float rangeM, float closingMps) =>
        m.Update(7, rangeM, closingMps, k * ListUs, 4, 0.4f, 0.25f, 1.5f, 20f, 3);

    [Fact]
    public void Nothing_is_predicted_before_an_anchor_and_the_anchor_range_after_it()
    {
        var m = new RangeRateAgreement();
        m.Reset();
        Assert.True(float.IsNaN(m.PredictedRangeM));
        for (int k = 0; k < 8; k++) Feed(ref m, k, 40f, 0f);   // a gap that neither closes nor opens
        Assert.Equal(40f, m.PredictedRangeM, 2);
    }

    [Theory]
    [InlineData(float.NaN, 10f)]
    [InlineData(40f, float.NaN)]
    [InlineData(40f, float.NegativeInfinity)]
    public void A_reading_it_cannot_judge_restarts_a_flagged_check(float rangeM, float closingMps)
    {
        var m = new RangeRateAgreement();
        m.Reset();
        bool flagged = false;
        // The range stays at 40 m while the rate says 10 m/s closing: 0.5 m apart per list.
        for (int k = 0; k < 40; k++) flagged |= !Feed(ref m, k, 40f, 10f);
        Assert.True(flagged);
        Assert.False(Feed(ref m, 40, 40f, 10f));
        Assert.True(Feed(ref m, 41, rangeM, closingMps));
        Assert.True(float.IsNaN(m.PredictedRangeM));
    }
}
