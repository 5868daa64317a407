using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// Time to collision with a slower target that accelerates away, caught before it outruns us (the first of the
/// two roots of the gap equation; coverage showed the branch untaken). Hand calculation: gap(t) = r + (vt − ve)·t
/// + ½·at·t² = 10 − 10·t + t² for r 10 m, ego 20 m/s, target 10 m/s accelerating at 2 m/s²; it first closes at
/// t = 5 − √15 s. The later root (5 + √15 s, where the target would have pulled ahead again) is not a collision.
/// </summary>
public sealed class ThreatMathCatchUpTests
{
    [Fact]
    public void A_slower_target_accelerating_away_is_caught_at_the_first_root()
    {
        float expected = 5f - MathF.Sqrt(15f);
        Assert.Equal(expected, ThreatMath.TimeToCollision(10f, 20f, 10f, 2f), 3);
    }

    [Fact]
    public void The_gap_at_that_time_is_zero_by_kinematics()
    {
        float t = ThreatMath.TimeToCollision(10f, 20f, 10f, 2f);
        float gap = 10f + (10f - 20f) * t + 0.5f * 2f * t * t;
        Assert.Equal(0f, gap, 3);
    }
}
