using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// <see cref="ThreatMath"/> at kinematic edges, against hand arithmetic and a consistency oracle: a gap that closes to
/// exactly zero and opens again (a grazing contact) is a collision at that moment; a target that stops during the
/// latency is, from then on, a standing obstacle where it stopped, and must get the standing obstacle's answer.
/// </summary>
public sealed class ThreatMathEdgeKinematicsTests
{
    [Fact]
    public void A_gap_that_just_touches_zero_is_a_collision_at_that_instant()
    {
        // Ego 10 m/s, target 1 m ahead at 8 m/s accelerating away at 2 m/s²: gap(t) = 1 − 2t + t² = (t − 1)², zero
        // at t = 1 s exactly and positive either side: contact at 1 s.
        Assert.Equal(1f, ThreatMath.TimeToCollision(1f, 10f, 8f, 2f), 5);
    }

    [Theory]
    [InlineData(2f, 2f, 1f)]   // gap 2 − 2t + t²/2 = (t − 2)²/2: 2 s
    [InlineData(9f, 3f, 0.5f)] // gap 9 − 3t + t²/4 = (t/2 − 3)²: 6 s
    public void Grazing_contacts_by_hand(float rangeM, float closingMps, float openingAccelMps2)
    {
        float expected = closingMps / openingAccelMps2; // vertex of r − v t + a t²/2 with v² = 2 a r
        Assert.Equal(expected, ThreatMath.TimeToCollision(rangeM, 20f, 20f - closingMps, openingAccelMps2), 4);
    }

    [Fact]
    public void A_target_that_stops_within_the_latency_is_judged_as_standing_where_it_stopped()
    {
        // Target 1 m/s braking at 4 m/s²: stops after 0.25 s, having covered 1·0.25 − 2·0.25² = 0.125 m. With 0.5 s of
        // latency it is standing before the ego brakes, so it is a standing obstacle 0.125 m farther than now. Sweep
        // from gaps the ego can still stop in to ones nothing can (the answer must stay the same either side).
        const float egoMps = 20f, latencyS = 0.5f, marginM = 1f;
        for (float rangeM = 10f; rangeM <= 80f; rangeM += 0.125f)
        {
            float moving = ThreatMath.RequiredDeceleration(rangeM, egoMps, 1f, -4f, latencyS, marginM);
            float standing = ThreatMath.RequiredDeceleration(rangeM + 0.125f, egoMps, 0f, 0f, latencyS, marginM);
            Assert.Equal(standing, moving, 3);
        }
    }

    [Fact]
    public void A_standing_obstacle_needs_v_squared_over_twice_the_gap_left_after_latency_and_margin()
    {
        // 20 m/s, 0.5 s latency (10 m), 1 m margin, 51 m ahead: 400 / (2·40) = 5 m/s².
        Assert.Equal(5f, ThreatMath.RequiredDeceleration(51f, 20f, 0f, 0f, 0.5f, 1f), 4);
    }
}
