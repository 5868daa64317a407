using AebController.Firmware.Functions;
using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Functions;

/// <summary>
/// The pure rules of forward AEB against hand calculations and their documented meaning, including the
/// inputs a faulty sensor gives (NaN, infinity, negative): the FCW time is reaction time plus the time a
/// normal stop takes; the need on a slippery road is the dry need over μ; a shortfall needs two known
/// decelerations; friction is what the tyres achieved over g and never rises; counts of cycles round up.
/// </summary>
public class ForwardAebRuleSweepTests
{
    [Theory]
    [InlineData(20f, 3.7f)]                    // 1.2 s + 20 / (2·4) s
    [InlineData(0f, 1.2f)]                     // nothing closing: the reaction time alone
    [InlineData(-5f, 1.2f)]                    // opening: as nothing closing
    [InlineData(float.NaN, 1.2f)]              // unknown closing speed: no longer warning time is invented
    [InlineData(float.PositiveInfinity, 1.2f)]
    [InlineData(60f, 4.5f)]                    // 1.2 + 7.5 = 8.7 s, capped at the maximum
    public void The_warning_time_is_reaction_plus_a_normal_stop_within_its_bounds(float closingMps, float expectedS)
    {
        Assert.Equal(expectedS, ForwardAebRules.WarningTtcS(closingMps, reactionS: 1.2f, driverDecelMps2: 4f, minTtcS: 0.8f, maxTtcS: 4.5f), 4);
    }

    [Fact]
    public void The_warning_time_never_drops_below_its_minimum()
    {
        Assert.Equal(1.0f, ForwardAebRules.WarningTtcS(0f, reactionS: 0.5f, driverDecelMps2: 4f, minTtcS: 1.0f, maxTtcS: 4.5f), 4);
    }

    [Theory]
    [InlineData(4f, 1f, 4f)]                   // dry road: the need itself
    [InlineData(4f, 0.5f, 8f)]                 // half the grip: twice the (dry-equivalent) need
    [InlineData(4f, 0.01f, 40f)]               // μ taken no lower than 0.1 (ice)
    [InlineData(4f, 2f, 4f)]                   // μ above 1 is not believed
    [InlineData(4f, float.NaN, 4f)]            // unknown friction: dry
    [InlineData(80f, 0.5f, ThreatMath.Unavoidable)]
    [InlineData(float.PositiveInfinity, 1f, ThreatMath.Unavoidable)]
    [InlineData(float.NaN, 1f, 0f)]
    [InlineData(-3f, 1f, 0f)]                  // a gap opening needs nothing
    [InlineData(0f, 0.3f, 0f)]
    public void The_need_is_the_dry_need_over_friction_bounded_by_unavoidable(float requiredMps2, float mu, float expected)
    {
        Assert.Equal(expected, ForwardAebRules.Need(requiredMps2, mu), 3);
    }

    [Theory]
    [InlineData(6f, 3f, true)]                 // 3 m/s² short, tolerance 1.5
    [InlineData(6f, 5f, false)]                // 1 m/s² short: within tolerance
    [InlineData(6f, 8f, false)]                // more than expected is no shortfall
    [InlineData(float.NaN, 0f, false)]
    [InlineData(6f, float.NaN, false)]
    [InlineData(float.PositiveInfinity, 0f, false)]
    public void A_shortfall_is_expected_minus_achieved_beyond_the_tolerance_with_both_known(float expected, float achieved, bool shortfall)
    {
        Assert.Equal(shortfall, ForwardAebRules.Shortfall(expected, achieved, 1.5f));
    }

    [Theory]
    [InlineData(1f, 4.9f, 0.5f)]               // μ ≈ a / g
    [InlineData(0.4f, 4.9f, 0.4f)]             // never raised by a shortfall
    [InlineData(1f, 0.5f, 0.15f)]              // never below the calibrated floor
    [InlineData(1f, 15f, 1f)]                  // never above 1
    [InlineData(0.7f, float.NaN, 0.7f)]        // nothing achieved known: unchanged
    public void Friction_from_a_shortfall_is_what_the_tyres_gave_over_g(float current, float achievedMps2, float expected)
    {
        Assert.Equal(expected, ForwardAebRules.FrictionFromShortfall(current, achievedMps2, 0.15f), 2);
    }

    [Theory]
    [InlineData(0.3f, 0.01f, 30)]              // 0.3 / 0.01 is 30.000002 in single precision: still 30
    [InlineData(0.305f, 0.01f, 31)]            // a part cycle rounds up
    [InlineData(0.001f, 0.01f, 1)]
    [InlineData(0f, 0.01f, 1)]                 // at least one cycle
    [InlineData(float.NaN, 0.01f, 1)]
    [InlineData(0.3f, 0f, 1)]
    [InlineData(0.3f, float.NaN, 1)]
    [InlineData(1e9f, 0.01f, Saturating.Ceiling)]
    public void Cycles_for_a_time_round_up_at_least_one_and_saturate(float seconds, float periodS, int expected)
    {
        Assert.Equal(expected, Saturating.CyclesFor(seconds, periodS));
    }

    [Theory]
    [InlineData(0, true, 1)]
    [InlineData(41, true, 42)]
    [InlineData(41, false, 0)]
    [InlineData(-7, true, 1)]                  // a corrupted negative count restarts at one
    [InlineData(Saturating.Ceiling, true, Saturating.Ceiling)]
    [InlineData(int.MaxValue, true, Saturating.Ceiling)]
    public void A_saturating_count_counts_while_true_resets_when_false_and_never_wraps(int count, bool condition, int expected)
    {
        Assert.Equal(expected, Saturating.Count(count, condition));
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(1, 0)]
    [InlineData(0, 0)]
    [InlineData(-4, 0)]
    public void Counting_down_stops_at_zero(int count, int expected)
    {
        Assert.Equal(expected, Saturating.CountDown(count));
    }
}
