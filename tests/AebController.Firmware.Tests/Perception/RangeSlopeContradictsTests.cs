using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// The one predicate both slope checks use (the threat assessor's rate replacement and the whole-list monitor):
/// |slope − expected| beyond tolerance + k·σ. Edges by hand with values exact in binary: tolerance 2.5 m/s, 3σ of
/// 0.5 m/s, so 4.0 m/s is allowed; a NaN anywhere cannot tell and never contradicts.
/// </summary>
public sealed class RangeSlopeContradictsTests
{
    [Theory]
    [InlineData(5f, 1f, false)]      // exactly 4.0 apart: allowed
    [InlineData(-3f, 1f, false)]     // 4.0 the other way
    [InlineData(5.25f, 1f, true)]    // 4.25 apart
    [InlineData(-3.25f, 1f, true)]
    [InlineData(-12f, -12f, false)]  // agree
    [InlineData(0f, -12f, true)]     // a frozen range against a 12 m/s closing rate
    public void Beyond_tolerance_plus_three_sigma_contradicts(float slopeMps, float expectedMps, bool contradicts)
    {
        Assert.Equal(contradicts, ThreatMath.RangeSlopeContradicts(slopeMps, 0.5f, expectedMps, 2.5f, 3f));
    }

    [Fact]
    public void A_sweep_of_the_difference_contradicts_exactly_past_the_allowed_band()
    {
        // Steps of 1/16 m/s (exact in binary) across ±8 m/s around an expected −10 m/s, σ 0.25: allowed 2.5 + 0.75 = 3.25.
        for (int k = -128; k <= 128; k++)
        {
            float differenceMps = k / 16f;
            bool expected = MathF.Abs(differenceMps) > 3.25f;
            Assert.Equal(expected, ThreatMath.RangeSlopeContradicts(-10f + differenceMps, 0.25f, -10f, 2.5f, 3f));
        }
    }

    [Theory]
    [InlineData(float.NaN, 0.5f, 1f, 2.5f)]
    [InlineData(30f, float.NaN, 1f, 2.5f)]
    [InlineData(30f, 0.5f, float.NaN, 2.5f)]
    [InlineData(30f, 0.5f, 1f, float.NaN)]
    [InlineData(30f, float.PositiveInfinity, 1f, 2.5f)] // a slope of unknown precision allows anything
    public void What_cannot_be_told_never_contradicts(float slopeMps, float sigmaMps, float expectedMps, float toleranceMps)
    {
        Assert.False(ThreatMath.RangeSlopeContradicts(slopeMps, sigmaMps, expectedMps, toleranceMps, 3f));
    }
}
