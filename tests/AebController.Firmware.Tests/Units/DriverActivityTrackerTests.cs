using AebController.Firmware.Functions;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Units;

/// <summary>
/// Driver activity against its specification: thresholds are the ones the test passes in (not private
/// constants), edges fire once per press, the pedal rate is the finite difference over the cycle, and
/// NaN inputs never count as driver action.
/// </summary>
public class DriverActivityTrackerTests
{
    private const float KickDown = 0.9f;
    private const float BrakeTravel = 0.05f;
    private const float EvasiveRps = 3f;
    private const float CycleS = 0.01f;

    private static DriverActivityTracker Tracker() => new(KickDown, BrakeTravel, EvasiveRps, CycleS);

    private static DriverActivity Step(DriverActivityTracker t, float accel = 0f, float brake = 0f, bool brakeSwitch = false, float steerRps = 0f) =>
        t.Update(accel, new PedalInputs { BrakeTravel = brake, BrakeSwitch = brakeSwitch }, new SteeringInput { RateRps = steerRps });

    [Fact]
    public void The_accelerator_counts_as_pressed_only_above_the_published_threshold()
    {
        float threshold = DriverActivityTracker.AccelPressedThreshold;
        Assert.False(Step(Tracker(), 0f).AccelPressed);
        Assert.False(Step(Tracker(), threshold).AccelPressed);
        Assert.True(Step(Tracker(), threshold + 1e-4f).AccelPressed);
        Assert.True(Step(Tracker(), 0.5f).AccelPressed);
    }

    [Fact]
    public void Each_edge_fires_on_the_first_cycle_of_a_press_only()
    {
        var t = Tracker();
        var first = Step(t, accel: 0.95f, brake: 0.2f, steerRps: 4f);
        Assert.True(first.AccelRisingEdge && first.KickDownRisingEdge && first.BrakeRisingEdge && first.EvasiveSteeringRisingEdge);
        var held = Step(t, accel: 0.95f, brake: 0.2f, steerRps: 4f);
        Assert.True(held.AccelPressed && held.KickDown && held.BrakePressed && held.EvasiveSteering);
        Assert.False(held.AccelRisingEdge || held.KickDownRisingEdge || held.BrakeRisingEdge || held.EvasiveSteeringRisingEdge);
        Step(t);
        var again = Step(t, accel: 0.95f, brake: 0.2f, steerRps: -4f);
        Assert.True(again.AccelRisingEdge && again.KickDownRisingEdge && again.BrakeRisingEdge && again.EvasiveSteeringRisingEdge);
    }

    [Theory]
    [InlineData(0.89f, false)]
    [InlineData(0.9f, true)]
    [InlineData(1.0f, true)]
    public void Kick_down_is_at_or_beyond_the_kick_down_travel(float accel, bool kickDown) =>
        Assert.Equal(kickDown, Step(Tracker(), accel).KickDown);

    [Theory]
    [InlineData(0.049f, false, false)]
    [InlineData(0.05f, false, true)]
    [InlineData(0f, true, true)]
    [InlineData(float.NaN, false, false)]
    [InlineData(float.PositiveInfinity, false, false)]
    public void The_brake_is_pressed_by_travel_or_by_the_switch_and_a_non_finite_travel_is_no_press(float travel, bool brakeSwitch, bool pressed)
    {
        var a = Step(Tracker(), brake: travel, brakeSwitch: brakeSwitch);
        Assert.Equal(pressed, a.BrakePressed);
        Assert.True(float.IsFinite(a.BrakeTravel));
    }

    [Theory]
    [InlineData(2.99f, false)]
    [InlineData(3f, true)]
    [InlineData(-3f, true)]
    [InlineData(float.NaN, false)]
    public void Evasive_steering_is_a_steering_rate_of_either_sign_at_or_beyond_the_threshold(float rateRps, bool evasive) =>
        Assert.Equal(evasive, Step(Tracker(), steerRps: rateRps).EvasiveSteering);

    [Fact]
    public void The_pedal_rate_is_the_change_over_one_cycle()
    {
        // 0.2 → 0.5 in 10 ms is 30 per second; releasing to 0.1 is -40 per second.
        var t = Tracker();
        Step(t, 0.2f);
        Assert.Equal(30f, Step(t, 0.5f).AccelPedalRatePerS, 3);
        Assert.Equal(-40f, Step(t, 0.1f).AccelPedalRatePerS, 3);
    }

    [Fact]
    public void Reset_forgets_the_previous_cycle_so_a_held_pedal_is_a_new_press()
    {
        var t = Tracker();
        Step(t, 0.95f);
        Assert.True(t.Current.KickDown);
        t.Reset();
        Assert.Equal(default, t.Current);
        Assert.True(Step(t, 0.95f).KickDownRisingEdge);
    }
}
