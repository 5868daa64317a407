using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// ThreatMath at the boundaries of its inputs, each judged by the physics of the case: a gap already closed, an ego at
/// rest, a target that keeps exactly our speed, a range that agrees with the closing speed to the tolerance's edge.
/// </summary>
public sealed class ThreatMathBoundaryTests
{
    // The gap is already zero: contact is now, whether or not anyone moves.
    [Theory]
    [InlineData(0f, 0f, 0f)]
    [InlineData(0f, 5f, 0f)]
    [InlineData(14f, 14f, -1f)]
    [InlineData(0f, -5f, 0f)]
    public void A_closed_gap_is_contact_now(float egoMps, float targetMps, float targetAccelMps2) =>
        Assert.Equal(0f, ThreatMath.TimeToCollision(0f, egoMps, targetMps, targetAccelMps2));

    // A target that keeps exactly our speed (and does not brake) keeps the gap: no contact ever.
    [Theory]
    [InlineData(20f, 15f)]
    [InlineData(2f, 30f)]
    [InlineData(60f, 0.5f)]
    public void A_target_keeping_exactly_our_speed_is_never_reached(float rangeM, float speedMps) =>
        Assert.Equal(float.PositiveInfinity, ThreatMath.TimeToCollision(rangeM, speedMps, speedMps, 0f));

    // An ego at rest cannot brake and needs no brake: not for a car braking to a stop 0.5 m ahead, not for an oncoming
    // car 2 m away at 10 m/s (whatever happens then is the other driver's to avoid, and no deceleration helps).
    [Theory]
    [InlineData(0.5f, 3f, -5f)]
    [InlineData(2f, -10f, 0f)]
    [InlineData(0.2f, 0f, 0f)]
    public void An_ego_at_rest_needs_no_deceleration(float rangeM, float targetMps, float targetAccelMps2) =>
        Assert.Equal(0f, ThreatMath.RequiredDeceleration(rangeM, 0f, targetMps, targetAccelMps2, latencyS: 0.3f, marginM: 1f));

    // "Agree within the tolerance" includes the edge: from 10 m to 8 m while the closing speed integrated to 1.5 m
    // leaves 0.5 m, exactly the tolerance (all four values exact in binary); 0.5625 m is beyond it.
    [Fact]
    public void Range_and_rate_agree_up_to_and_including_the_tolerance()
    {
        Assert.True(ThreatMath.RangeAgreesWithRate(10f, 8f, 1.5f, 0.5f));
        Assert.True(ThreatMath.RangeAgreesWithRate(10f, 8f, 2.5f, 0.5f));
        Assert.False(ThreatMath.RangeAgreesWithRate(10f, 8f, 1.4375f, 0.5f));
    }
}
