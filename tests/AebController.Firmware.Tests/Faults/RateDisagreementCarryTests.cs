using AebController.Firmware.Monitoring;
using AebController.Firmware.Perception;
using static AebController.Firmware.Tests.Faults.RangeRateAgreementSetup;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// Where the threat's ranges and its rate walk apart (RangeRateAgreement), the threat carried blind takes the faster of
/// the two closings. Oracles by hand: a car standing 40 m ahead closed at 13.89 m/s whose rate reads 12.89 (a +1 m/s
/// bias, the target seemingly driving away). The anchor (mean of the first 4 lists) already holds the bias times their
/// mean age (1.5 lists, 0.075 s), and the median of three follows the walk one list late, so t after the anchor's start
/// the ranges have closed 1 m/s faster than the rate over all but 0.125 s of it: the excess lies in
/// [(t − 0.125) / t, 1] m/s. A healthy track shows none.
/// </summary>
public sealed class RateDisagreementCarryTests
{
    private const float EgoMps = 50f / 3.6f;

    [Fact]
    public void The_ranges_closing_faster_than_a_biased_rate_by_hand()
    {
        var m = new RangeRateAgreement();
        m.Reset();
        for (int k = 0; k < 21; k++)
        {
            float t = k * ListUs * 1e-6f;
            Feed(ref m, 7, 40f - EgoMps * t, EgoMps - 1f, k * ListUs);
            if (k < AnchorLists + 2) continue;
            Assert.InRange(m.ClosingExcessMps, (t - 0.125f) / t - 0.01f, 1.01f);
        }
    }

    [Fact]
    public void A_healthy_track_shows_no_excess_and_a_rate_that_closes_faster_a_negative_one()
    {
        var healthy = new RangeRateAgreement();
        healthy.Reset();
        var toward = new RangeRateAgreement();
        toward.Reset();
        for (int k = 0; k < 21; k++)
        {
            float t = k * ListUs * 1e-6f;
            Feed(ref healthy, 7, 40f - EgoMps * t, EgoMps, k * ListUs);
            Feed(ref toward, 7, 40f - EgoMps * t, EgoMps + 1f, k * ListUs);
        }

        Assert.Equal(0f, healthy.ClosingExcessMps, 3);
        Assert.True(toward.ClosingExcessMps < -0.8f);
        Assert.True(float.IsNaN(new RangeRateAgreement().ClosingExcessMps));
    }

    private static ThreatPredictor Carrying(float targetSpeedMps)
    {
        var p = new ThreatPredictor();
        p.Reset();
        p.Observe(new ThreatAssessment
        {
            HasTarget = true, TrackId = 3, RangeM = 20f, ClosingSpeedMps = EgoMps - targetSpeedMps, TargetSpeedMps = targetSpeedMps,
            TargetAccelMps2 = 0f, TtcS = 3f, RequiredDecelMps2 = 2f,
        });
        return p;
    }

    [Theory]
    [InlineData(5f, 2f, 3f)]     // a lead at 5 m/s closing 2 m/s faster: 3 m/s
    [InlineData(1f, 3f, 0f)]     // never below standing: it stops, it does not reverse
    [InlineData(-2f, 1f, -3f)]   // one coming our way comes faster
    [InlineData(5f, 0f, 5f)]     // no excess: as it was
    [InlineData(5f, -1f, 5f)]    // the rate closes faster than the ranges: never less closing
    [InlineData(5f, float.NaN, 5f)]
    public void The_carried_target_is_slower_by_the_excess_never_faster(float speedMps, float excessMps, float expectedMps)
    {
        var p = Carrying(speedMps);
        p.CorrectClosing(excessMps);
        Assert.Equal(expectedMps, p.Carried.TargetSpeedMps, 4);
        Assert.Equal(EgoMps - expectedMps, p.Carried.ClosingSpeedMps, 4);
    }
}
