using AebController.Firmware.Functions;

namespace AebController.Firmware.Tests.Functions;

/// <summary>
/// Each forward AEB rule at the exact edge its documentation names (ForwardAebRules' summaries): a closed
/// speed window [min, max], left only beyond the hysteresis; a warning "inside" the warning TTC (≤); braking
/// from the entry need (≥); a threat held up to the TTC plus hysteresis or from 80 % of the entry; a time
/// "at least" elapsed; a shortfall "more than" the tolerance; standstill when the speed "reads standstill".
/// Edge values are exact binary fractions, so the test judges the comparison and not float rounding.
/// </summary>
public sealed class ForwardAebRuleEdgeTests
{
    private const float MinMps = 10f, MaxMps = 40f, HysteresisMps = 1f;

    [Theory]
    [InlineData(10f, true)]       // the window's own edges are inside
    [InlineData(40f, true)]
    [InlineData(9.5f, false)]     // within the hysteresis, but outside: not entered
    [InlineData(40.5f, false)]
    public void Entering_the_speed_window_takes_the_closed_interval(float speedMps, bool inside) =>
        Assert.Equal(inside, ForwardAebRules.InSpeedWindow(wasInside: false, inDrive: true, speedMps, MinMps, MaxMps, HysteresisMps));

    [Theory]
    [InlineData(9f, true)]        // exactly min − hysteresis: still inside
    [InlineData(41f, true)]       // exactly max + hysteresis: still inside
    [InlineData(9.5f, true)]      // noise just under the edge never toggles the function
    [InlineData(40.5f, true)]
    [InlineData(8.5f, false)]     // beyond the hysteresis: left
    [InlineData(41.5f, false)]
    public void Leaving_the_speed_window_needs_the_hysteresis_beyond_it(float speedMps, bool inside) =>
        Assert.Equal(inside, ForwardAebRules.InSpeedWindow(wasInside: true, inDrive: true, speedMps, MinMps, MaxMps, HysteresisMps));

    [Fact]
    public void Out_of_drive_or_with_an_unknown_speed_the_window_is_never_inside()
    {
        Assert.False(ForwardAebRules.InSpeedWindow(true, inDrive: false, 20f, MinMps, MaxMps, HysteresisMps));
        Assert.False(ForwardAebRules.InSpeedWindow(true, inDrive: true, float.NaN, MinMps, MaxMps, HysteresisMps));
    }

    [Theory]
    [InlineData(true, 2.5f, 1f, true)]    // TTC exactly the warning TTC: inside it
    [InlineData(true, 9f, 4f, true)]      // need exactly the braking entry, far outside the TTC
    [InlineData(true, 2.75f, 3.5f, false)] // outside the TTC and below the entry
    [InlineData(false, 0.5f, 9f, false)]  // no target: nothing to warn of however the numbers read
    public void A_threat_warns_inside_the_warning_ttc_or_from_the_braking_entry(bool hasTarget, float ttcS, float needMps2, bool warns) =>
        Assert.Equal(warns, ForwardAebRules.ThreatWarns(hasTarget, ttcS, warningTtcS: 2.5f, needMps2, brakeEntryMps2: 4f));

    [Theory]
    [InlineData(true, 4f, true)]
    [InlineData(true, 3.75f, false)]
    [InlineData(false, 9f, false)]
    public void A_threat_brakes_from_exactly_the_entry_need(bool hasTarget, float needMps2, bool brakes) =>
        Assert.Equal(brakes, ForwardAebRules.ThreatBrakes(hasTarget, needMps2, brakeEntryMps2: 4f));

    [Theory]
    [InlineData(true, 3f, 0f, true)]      // TTC exactly warning TTC + hysteresis (2.5 + 0.5)
    [InlineData(true, 3.25f, 0f, false)]
    [InlineData(true, 9f, 4f, true)]      // need exactly 80 % of a 5 m/s² entry
    [InlineData(true, 9f, 3.875f, false)]
    [InlineData(false, 1f, 9f, false)]
    public void A_threat_is_held_to_the_ttc_plus_hysteresis_or_from_80_percent_of_the_entry(bool hasTarget, float ttcS, float needMps2, bool held) =>
        Assert.Equal(held, ForwardAebRules.ThreatHeld(hasTarget, ttcS, warningTtcS: 2.5f, hysteresisS: 0.5f, needMps2, brakeEntryMps2: 5f));

    [Theory]
    [InlineData(true, 4f, 3f, true)]      // TTC exactly the horizon, need after the lead exactly the entry
    [InlineData(true, 4f, 2.875f, false)] // just below the entry: braking is not yet foreseen
    [InlineData(true, 4.25f, 9f, false)]  // beyond the warning's longest horizon, however much it would need
    [InlineData(false, 1f, 9f, false)]    // no target
    public void Braking_is_foreseen_from_exactly_the_entry_need_after_the_lead_within_the_horizon(bool hasTarget, float ttcS, float needAfterLeadMps2, bool foreseen) =>
        Assert.Equal(foreseen, ForwardAebRules.BrakingForeseen(hasTarget, ttcS, maxTtcS: 4f, needAfterLeadMps2, brakeEntryMps2: 3f));

    [Theory]
    [InlineData(1_500_000L, true)]        // exactly 0.5 s after 1.0 s
    [InlineData(1_499_999L, false)]
    public void Elapsed_means_at_least_the_time(long nowUs, bool elapsed) =>
        Assert.Equal(elapsed, ForwardAebRules.Elapsed(nowUs, 1_000_000L, 0.5f));

    [Theory]
    [InlineData(6f, 4.5f, false)]         // short by exactly the tolerance: not more than it
    [InlineData(6f, 4.25f, true)]
    public void A_shortfall_is_more_than_the_tolerance(float expectedMps2, float achievedMps2, bool shortfall) =>
        Assert.Equal(shortfall, ForwardAebRules.Shortfall(expectedMps2, achievedMps2, 1.5f));

    [Theory]
    [InlineData(0.25f, float.NaN, true)]  // exactly the standstill speed reads standstill
    [InlineData(0.375f, float.NaN, false)]
    [InlineData(0.25f, 6f, false)]        // the IMU still feels hard braking: not stopped
    [InlineData(0.25f, 2f, true)]
    public void Standstill_is_the_speed_at_or_below_its_limit_without_hard_deceleration(float speedMps, float achievedMps2, bool stopped) =>
        Assert.Equal(stopped, ForwardAebRules.AtStandstill(speedMps, 0.25f, achievedMps2, maxStandstillDecelMps2: 3f));

    [Fact]
    public void A_dry_need_of_exactly_zero_needs_nothing() =>
        Assert.Equal(0f, ForwardAebRules.Need(0f, 0.5f));

    [Theory]
    [InlineData(9f, 9f, true)]                        // the need after the lead reaches full braking exactly: too late
    [InlineData(8.9375f, 9f, false)]
    [InlineData(12f, 9f, true)]
    [InlineData(float.NaN, 9f, false)]                // no number is no proof that waiting makes the collision certain
    public void The_lead_is_too_late_once_the_need_after_it_reaches_full_braking(float needAfterLeadMps2, float fullMps2, bool late) =>
        Assert.Equal(late, ForwardAebRules.LeadTooLate(needAfterLeadMps2, fullMps2));

    [Fact]
    public void The_warning_lead_left_is_all_of_it_before_a_warning_and_counts_down_while_warning()
    {
        // R152 §5.2.1.1: the warning at least 0.8 s before emergency braking. Before a warning the whole lead is left;
        // while warning, the lead less the time warned (a start in the future counts as none warned), never below 0.
        const float leadS = 0.8f;
        const long startUs = 5_000_000;
        for (long warnedMs = -200; warnedMs <= 1500; warnedMs += 10)
        {
            long now = startUs + warnedMs * 1000;
            float warnedS = warnedMs / 1000f;
            Assert.Equal(leadS, ForwardAebRules.WarningLeadLeftS(false, now, startUs, leadS));
            Assert.Equal(MathF.Max(0f, leadS - MathF.Max(warnedS, 0f)), ForwardAebRules.WarningLeadLeftS(true, now, startUs, leadS), 4);
        }
    }

    [Theory]
    [InlineData(0f)]
    [InlineData(-0.01f)]
    [InlineData(float.NaN)]
    public void No_pedal_step_is_judged_human_without_a_positive_cycle(float cycleS)
    {
        // The rate of a step needs the time it took: without one, a step (even none) is never called a foot's.
        Assert.False(OverridePredicates.IsHumanPedalStep(0.3f, 0.3f, cycleS, 2f));
        Assert.False(OverridePredicates.IsHumanPedalStep(0.3f, 0.305f, cycleS, 2f));
    }
}
