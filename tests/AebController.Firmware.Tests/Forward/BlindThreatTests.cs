using AebController.Firmware.Functions;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// A threat carried blind (dead-reckoned through an input fault) turns partial braking into full
/// braking: the prediction cannot see a lead car brake, so the stage it chose may be too little.
/// </summary>
public sealed class BlindThreatTests
{
    /// <summary>The rule as the guard's documentation states it, written out by hand.</summary>
    private static bool Hand(bool degraded, float need, float entry, bool shortfall, bool blind)
    {
        if (degraded) return false;
        if (shortfall || blind) return true;
        return need >= entry; // NaN compares false: an unknown need alone never escalates
    }

    [Fact]
    public void Full_braking_is_needed_exactly_as_stated_over_the_whole_input_range()
    {
        const float entry = 5.8f;
        var needs = new List<float> { float.NaN, float.NegativeInfinity, float.PositiveInfinity, -1f, 0f, 5.79f, 5.8f, 5.81f, 99f };
        for (int i = 0; i <= 240; i++) needs.Add(i * 0.05f);
        foreach (bool degraded in new[] { false, true })
        foreach (bool shortfall in new[] { false, true })
        foreach (bool blind in new[] { false, true })
        foreach (float need in needs)
        {
            Assert.Equal(Hand(degraded, need, entry, shortfall, blind),
                ForwardAebRules.FullBrakeNeeded(degraded, need, entry, shortfall, blind));
        }
    }

    [Fact]
    public void A_threat_that_goes_blind_during_stage_1_is_braked_fully_and_one_seen_again_keeps_the_latch()
    {
        var h = new ForwardAebHarness();
        // 3.5 m/s² need: stage 1 (entry 3.0), below stage 2 (4.3) and full (5.8).
        var stage1 = ForwardAebHarness.Threat(1.6f, 3.5f);
        h.RunUntil(ForwardAebState.PartialBraking, stage1);
        // Partial braking opens with R152's 5.0 m/s² and eases to stage 1's 3.8 at 10 m/s³ (12 cycles).
        h.Run(15, stage1);
        Assert.Equal(ForwardAebState.PartialBraking, h.Aeb.State);
        Assert.Equal(h.Calibration.PartialBrake1DecelMps2, h.Last.BrakeDecelMps2);

        h.Blind = true;
        var output = h.Step(stage1);
        Assert.Equal(ForwardAebState.FullBraking, h.Aeb.State);
        Assert.Equal(h.Calibration.FullBrakeDecelMps2, output.BrakeDecelMps2);

        h.Blind = false;
        output = h.Run(20, stage1);
        Assert.Equal(ForwardAebState.FullBraking, h.Aeb.State);
        Assert.Equal(h.Calibration.FullBrakeDecelMps2, output.BrakeDecelMps2);
    }

    [Fact]
    public void Blind_alone_never_starts_braking_without_a_threat_that_needs_it()
    {
        var h = new ForwardAebHarness { Blind = true };
        var output = h.Run(300, ForwardAebHarness.NoThreat);
        Assert.Equal(0f, output.BrakeDecelMps2);
        var warnOnly = ForwardAebHarness.Threat(2.5f, 1.0f);
        output = h.Run(100, warnOnly);
        Assert.NotEqual(ForwardAebState.PartialBraking, h.Aeb.State);
        Assert.NotEqual(ForwardAebState.FullBraking, h.Aeb.State);
        Assert.Equal(0f, output.BrakeDecelMps2);
    }
}
