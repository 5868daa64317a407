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

    [Fact]
    public void Evasive_steering_is_confirmed_on_the_fifth_fast_cycle_not_later()
    {
        // steerConfirmS 0.05 s at 10 ms: the fifth cycle at the evasive rate; the car already yaws that way.
        var t = new DriverActivityTracker(kickDownPedal: 0.9f, brakeTravel: 0.05f, evasiveRateRps: 3f, 0.01f, new AebController.Firmware.Calibration.DriverOverrideCalibration());
        for (int cycle = 1; cycle <= 5; cycle++)
        {
            var a = t.Update(0f, default, new AebController.Firmware.Signals.SteeringInput { RateRps = 5f }, yawRateRps: 0.3f);
            Assert.Equal(cycle == 5, a.EvasiveSteering);
        }
    }
}
