using AebController.Firmware.Functions;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// Partial braking eases only on a threat measured this cycle (<see cref="ForwardAebRules.MayEase"/>): a cycle
/// without a threat is no measurement of a smaller need. Oracle: the rule as stated, written out by hand, and
/// the campaign's judge written as physics: a two-list radar glitch (100 ms) must not lower a standing request,
/// and a threat gone for good still lets go after the threat-lost time (0.3 s) at the release rate (10 m/s³).
/// </summary>
public sealed class EaseOnMeasuredThreatTests
{
    private static bool Hand(bool measured, byte stage, bool opening, float request, float stageDecel)
    {
        if (!measured) return false;             // no threat this cycle: hold what is on
        if (stage == 2) return true;             // graduated stage 2 follows a measured need
        if (opening) return false;               // nothing to ease from yet
        return request > stageDecel;             // the emergency opening eases down to its stage
    }

    [Fact]
    public void Easing_is_allowed_exactly_as_stated_over_the_whole_input_range()
    {
        var levels = new List<float> { float.NaN, float.NegativeInfinity, float.PositiveInfinity, -1f, 0f, 3.79f, 3.8f, 3.81f, 99f };
        for (int i = 0; i <= 120; i++) levels.Add(i * 0.1f);
        foreach (bool measured in new[] { false, true })
        foreach (byte stage in new byte[] { 0, 1, 2, 3 })
        foreach (bool opening in new[] { false, true })
        foreach (float request in levels)
        foreach (float stageDecel in new[] { float.NaN, 0f, 3.8f, 5.0f, 5.3f })
        {
            Assert.Equal(Hand(measured, stage, opening, request, stageDecel),
                ForwardAebRules.MayEase(measured, stage, opening, request, stageDecel));
        }
    }

    [Theory]
    [InlineData(1)]   // one 10 ms cycle
    [InlineData(5)]   // one 20 Hz radar list
    [InlineData(10)]  // a two-list burst
    [InlineData(25)]  // just inside the threat-lost time (0.3 s)
    public void A_stage_2_request_is_held_while_the_threat_is_missing_for_less_than_the_lost_time(int missingCycles)
    {
        var h = new ForwardAebHarness();
        // 5.0 m/s² need: stage 2 (entry 4.3), graduated 5.0 × 1.15 = 5.75 capped at stage 2's 5.3.
        var stage2 = ForwardAebHarness.Threat(1.2f, 5.0f);
        h.RunUntil(ForwardAebState.PartialBraking, stage2);
        float standing = h.Run(30, stage2).BrakeDecelMps2;
        Assert.Equal(2, h.Aeb.Stage);
        Assert.Equal(h.Calibration.PartialBrake2DecelMps2, standing, 3);

        for (int i = 0; i < missingCycles; i++)
        {
            var output = h.Step(ForwardAebHarness.NoThreat);
            Assert.Equal(ForwardAebState.PartialBraking, h.Aeb.State);
            Assert.Equal(standing, output.BrakeDecelMps2, 3);
        }

        Assert.Equal(standing, h.Step(stage2).BrakeDecelMps2, 3);
    }

    [Fact]
    public void A_measured_smaller_need_still_eases_stage_2_at_the_release_rate()
    {
        var h = new ForwardAebHarness();
        var stage2 = ForwardAebHarness.Threat(1.2f, 5.0f);
        h.RunUntil(ForwardAebState.PartialBraking, stage2);
        float standing = h.Run(30, stage2).BrakeDecelMps2;
        // 4.0 m/s² measured: 4.0 × 1.15 = 4.6, reached from 5.3 at 10 m/s³ = 0.1 per cycle.
        var smaller = ForwardAebHarness.Threat(1.5f, 4.0f);
        Assert.Equal(standing - 0.1f, h.Step(smaller).BrakeDecelMps2, 3);
        Assert.Equal(4.6f, h.Run(20, smaller).BrakeDecelMps2, 3);
    }

    [Fact]
    public void A_threat_gone_for_good_ends_the_braking_after_the_lost_time_at_the_release_rate()
    {
        var h = new ForwardAebHarness();
        var stage2 = ForwardAebHarness.Threat(1.2f, 5.0f);
        h.RunUntil(ForwardAebState.PartialBraking, stage2);
        float standing = h.Run(30, stage2).BrakeDecelMps2;
        int lostCycles = h.Aeb.ThreatLostCycles;
        int cycles = h.RunUntil(ForwardAebState.Release, ForwardAebHarness.NoThreat);
        Assert.InRange(cycles, lostCycles, lostCycles + 1);
        // From the held request to zero at 10 m/s³: 5.3 / 0.1 = 53 cycles, and not many more.
        int rampCycles = 0;
        while (h.Step(ForwardAebHarness.NoThreat).BrakeDecelMps2 > 0f && rampCycles < 1000) rampCycles++;
        Assert.InRange(rampCycles, (int)(standing / 0.1f) - 2, (int)(standing / 0.1f) + 1);
    }
}
