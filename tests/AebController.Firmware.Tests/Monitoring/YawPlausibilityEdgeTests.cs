using AebController.Firmware.Monitoring;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>
/// YawPlausibility at the edges its contract names: a car has a positive wheelbase (none is no car, so no steered
/// yaw), a steered yaw that is no number (infinities included) never agrees with any gyro, and the band
/// [min(0, steered), max(0, steered)] widened by the tolerances is closed. Values exact in binary, so an edge is the
/// edge and not a rounding.
/// </summary>
public sealed class YawPlausibilityEdgeTests
{
    [Theory]
    [InlineData(0f)]
    [InlineData(-2.9f)]
    [InlineData(float.NaN)]
    public void Without_a_positive_wheelbase_there_is_no_steered_yaw(float wheelbaseM)
    {
        Assert.True(float.IsNaN(YawPlausibility.SteeredYawRps(0.5f, 10f, 15f, wheelbaseM)));
        Assert.True(float.IsNaN(YawPlausibility.SteeredYawRps(0f, 10f, 15f, wheelbaseM)));
    }

    [Theory]
    [InlineData(float.PositiveInfinity)]
    [InlineData(float.NegativeInfinity)]
    [InlineData(float.NaN)]
    public void A_steered_yaw_that_is_no_number_agrees_with_no_gyro(float steeredRps)
    {
        for (float yaw = -2f; yaw <= 2f; yaw += 0.25f)
            Assert.False(YawPlausibility.YawAgrees(yaw, steeredRps, 0.03f, 0.3f), $"yaw {yaw}");
        Assert.False(YawPlausibility.YawAgrees(float.PositiveInfinity, steeredRps, 0.03f, 0.3f));
    }

    [Theory]
    [InlineData(0.5f)]
    [InlineData(-0.5f)]
    public void The_band_includes_both_its_edges(float steeredRps)
    {
        // widen = 0.125 + 0.25 · 0.5 = 0.25: the band runs from min(0, s) − 0.25 to max(0, s) + 0.25.
        const float tol = 0.125f, share = 0.25f;
        float lo = MathF.Min(0f, steeredRps) - 0.25f;
        float hi = MathF.Max(0f, steeredRps) + 0.25f;
        Assert.True(YawPlausibility.YawAgrees(lo, steeredRps, tol, share));
        Assert.True(YawPlausibility.YawAgrees(hi, steeredRps, tol, share));
        Assert.False(YawPlausibility.YawAgrees(lo - 0.0078125f, steeredRps, tol, share));
        Assert.False(YawPlausibility.YawAgrees(hi + 0.0078125f, steeredRps, tol, share));
        Assert.Equal(lo, YawPlausibility.NearestAgreeing(-3f, steeredRps, tol, share));
        Assert.Equal(hi, YawPlausibility.NearestAgreeing(3f, steeredRps, tol, share));
    }

    [Fact]
    public void Without_a_steered_yaw_the_gyro_is_taken_as_it_is_and_with_neither_no_turn()
    {
        // The band needs the steered yaw; without it nothing can be said against the gyro, and with no number from
        // either the path is taken straight (no turn), never a NaN handed on to the path prediction.
        Assert.Equal(0.2f, YawPlausibility.NearestAgreeing(0.2f, float.NaN, 0.03f, 0.3f));
        Assert.Equal(-0.4f, YawPlausibility.NearestAgreeing(-0.4f, float.PositiveInfinity, 0.03f, 0.3f));
        Assert.Equal(0f, YawPlausibility.NearestAgreeing(float.NaN, float.NaN, 0.03f, 0.3f));
        Assert.Equal(0.15f, YawPlausibility.NearestAgreeing(float.NaN, 0.15f, 0.03f, 0.3f));
    }
}
