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

    // Issue 9: an override is a deliberate, persistent, physically plausible act. A press counts after
    // it has risen at a foot's rate (at most 12 travel/s) and persisted 0.1 s (10 cycles at 10 ms);
    // evasive steering after 0.05 s of fast steering one way with the car yawing that way.

    /// <summary>Rises to <paramref name="accel"/> at 5 travel/s (a brisk human press), then holds it for <paramref name="holdCycles"/>.</summary>
    private static DriverActivity PressAndHold(DriverActivityTracker t, float accel, int holdCycles, float brake = 0f)
    {
        var last = Step(t);
        for (float p = 0.05f; p < accel; p += 0.05f) last = Step(t, p, brake);
        for (int i = 0; i < holdCycles; i++) last = Step(t, accel, brake);
        return last;
    }

    private static DriverActivity Steer(DriverActivityTracker t, float rateRps, float yawRps) =>
        t.Update(0f, true, default(PedalInputs), new SteeringInput { RateRps = rateRps }, steeringTrusted: true, yawRps, imuTrusted: true);

    [Fact]
    public void The_accelerator_counts_as_pressed_only_above_the_published_threshold_and_after_the_persistence()
    {
        float threshold = DriverActivityTracker.AccelPressedThreshold;
        Assert.False(PressAndHold(Tracker(), threshold, 50).AccelPressed);
        Assert.True(PressAndHold(Tracker(), threshold + 0.01f, 10).AccelPressed);
        Assert.False(PressAndHold(Tracker(), 0.5f, 1).AccelPressed);
        Assert.True(PressAndHold(Tracker(), 0.5f, 10).AccelPressed);
    }

    [Fact]
    public void Each_edge_fires_once_per_confirmed_press()
    {
        var t = Tracker();
        int accelEdges = 0, kickEdges = 0, brakeEdges = 0;
        Step(t);
        for (int i = 1; i <= 100; i++)
        {
            var a = Step(t, MathF.Min(0.95f, i * 0.05f), brake: 0.2f, brakeSwitch: true);
            accelEdges += a.AccelRisingEdge ? 1 : 0;
            kickEdges += a.KickDownRisingEdge ? 1 : 0;
            brakeEdges += a.BrakeRisingEdge ? 1 : 0;
        }

        Assert.Equal((1, 1, 1), (accelEdges, kickEdges, brakeEdges));
        var again = Tracker();
        int secondKick = 0;
        for (int i = 1; i <= 60; i++) secondKick += Step(again, MathF.Min(0.95f, i * 0.05f)).KickDownRisingEdge ? 1 : 0;
        Assert.Equal(1, secondKick);
    }

    [Theory]
    [InlineData(0.89f, false)]
    [InlineData(0.9f, true)]
    [InlineData(1.0f, true)]
    public void Kick_down_is_at_or_beyond_the_kick_down_travel_once_it_persists(float accel, bool kickDown) =>
        Assert.Equal(kickDown, PressAndHold(Tracker(), accel, 10).KickDown);

    [Theory]
    [InlineData(2.99f, false)]
    [InlineData(3f, true)]
    [InlineData(-3f, true)]
    [InlineData(float.NaN, false)]
    public void Evasive_steering_is_a_steering_rate_of_either_sign_at_or_beyond_the_threshold_with_the_car_answering(float rateRps, bool evasive)
    {
        var t = Tracker();
        float yaw = float.IsFinite(rateRps) ? 0.2f * MathF.Sign(rateRps) : 0.2f;
        DriverActivity last = default;
        for (int i = 0; i < 10; i++) last = Steer(t, rateRps, yaw);
        Assert.Equal(evasive, last.EvasiveSteering);
    }

    [Theory]
    [InlineData(0.049f, true, false)]
    [InlineData(0.05f, true, true)]
    [InlineData(0.5f, true, true)]
    [InlineData(0.05f, false, false)]  // travel alone (a drifting travel sensor) is no press
    [InlineData(0.5f, false, false)]
    [InlineData(0f, true, false)]      // the switch alone (a stuck switch) is no press
    [InlineData(float.NaN, true, false)]
    [InlineData(float.PositiveInfinity, true, false)]
    public void The_brake_is_pressed_only_when_travel_and_switch_both_say_so_and_a_non_finite_travel_is_no_press(float travel, bool brakeSwitch, bool pressed)
    {
        var a = Step(Tracker(), brake: travel, brakeSwitch: brakeSwitch);
        Assert.Equal(pressed, a.BrakePressed);
        Assert.True(float.IsFinite(a.BrakeTravel));
    }

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
    public void Reset_forgets_the_previous_cycle_and_a_pedal_already_down_after_it_is_no_override_until_pressed_again()
    {
        var t = Tracker();
        PressAndHold(t, 0.95f, 20);
        Assert.True(t.Current.KickDown);
        t.Reset();
        Assert.Equal(default, t.Current);
        for (int i = 0; i < 50; i++) Assert.False(Step(t, 0.95f).KickDownRisingEdge);
        Step(t);
        Assert.True(PressAndHold(t, 0.95f, 10).KickDown);
    }
}
