using AebController.Firmware.Functions;

namespace AebController.Firmware.Tests.Driver;

/// <summary>Survivors of the 22:53 Functions Stryker run in the small rules, judged by their contracts.</summary>
public sealed class FunctionEdgeTests
{
    [Fact]
    public void A_time_shorter_than_a_cycle_still_lasts_one_cycle() =>
        Assert.Equal(1, Saturating.CyclesFor(1e-6f, 0.01f));

    [Theory]
    [InlineData(0f, 0.05f, 0f)]                        // no time passed: no rate can be judged
    [InlineData(float.PositiveInfinity, 0.1f, 0.01f)]  // an infinite previous reading is never human
    [InlineData(0.1f, float.NegativeInfinity, 0.01f)]
    public void A_pedal_step_without_time_or_from_a_non_finite_reading_is_not_human(float previous, float current, float cycleS) =>
        Assert.False(OverridePredicates.IsHumanPedalStep(previous, current, cycleS, 12f));

    [Fact]
    public void A_pedal_step_of_exactly_the_human_rate_plus_the_adc_slack_is_human()
    {
        float limit = 12f * 0.01f + 0.01f;
        Assert.True(OverridePredicates.IsHumanPedalStep(0f, limit, 0.01f, 12f));
        Assert.False(OverridePredicates.IsHumanPedalStep(0f, limit + 0.001f, 0.01f, 12f));
    }
}
