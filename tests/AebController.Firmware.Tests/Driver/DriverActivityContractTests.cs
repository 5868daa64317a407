using AebController.Firmware.Calibration;
using AebController.Firmware.Functions;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Driver;

/// <summary>
/// DriverActivityTracker against its summary, where the Functions mutation run found it unjudged: a first
/// sample has no history (no rate, and a pedal already down is no human press: "as after a restart"), the
/// calibration passed in is the one used, an unreadable pedal reads released, steering that swaps side every
/// cycle is no evasive act ("the wheel turned fast one way"), and the all-trusted convenience overload trusts
/// steering and the IMU as well as the pedal.
/// </summary>
public sealed class DriverActivityContractTests
{
    private const float CycleS = 0.01f;

    private static DriverActivityTracker Tracker(DriverOverrideCalibration? cal = null) => new(0.9f, 0.05f, 3f, CycleS, cal);

    private static DriverActivity Pedal(DriverActivityTracker t, float accel) =>
        t.Update(accel, default(PedalInputs), default(SteeringInput));

    [Fact]
    public void A_first_sample_has_no_rate_and_a_pedal_already_down_is_no_press_until_released()
    {
        var t = Tracker();
        var first = Pedal(t, 0.1f);                     // a foot's step from rest would be 0.1 in 10 ms: human
        Assert.Equal(0f, first.AccelPedalRatePerS);
        DriverActivity last = first;
        for (int i = 0; i < 50; i++) last = Pedal(t, 0.1f);
        Assert.False(last.AccelPressed);
        Pedal(t, 0f);                                   // released: the next press is judged from rest
        for (int i = 0; i < t.PedalConfirmCycles; i++) last = Pedal(t, 0.1f);
        Assert.True(last.AccelPressed);
    }

    [Fact]
    public void After_a_reset_the_first_sample_again_has_no_history()
    {
        var t = Tracker();
        for (int i = 0; i < 20; i++) Pedal(t, 0f);
        t.Reset();
        var first = Pedal(t, 0.1f);
        Assert.Equal(0f, first.AccelPedalRatePerS);
        DriverActivity last = first;
        for (int i = 0; i < 50; i++) last = Pedal(t, 0.1f);
        Assert.False(last.AccelPressed);
    }

    [Fact]
    public void The_calibration_passed_in_sets_the_confirmation_times()
    {
        var cal = new DriverOverrideCalibration { PedalConfirmS = 0.25f, SteerConfirmS = 0.125f };
        var t = Tracker(cal);
        Assert.Equal(25, t.PedalConfirmCycles);
        Assert.Equal(13, t.SteerConfirmCycles);          // 12.5 cycles round up
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    [InlineData(float.NegativeInfinity)]
    public void An_unreadable_pedal_reads_released(float reading)
    {
        var t = Tracker();
        Pedal(t, 0f);
        var now = Pedal(t, reading);
        Assert.Equal(0f, now.AccelPedal);
        Assert.Equal(0f, now.AccelPedalRatePerS);
    }

    [Fact]
    public void Steering_that_swaps_side_every_cycle_is_no_evasive_act()
    {
        var t = Tracker();
        DriverActivity last = default;
        for (int i = 0; i < 60; i++)
        {
            float side = i % 2 == 0 ? 1f : -1f;
            // Fast each way, and the car even yaws with each swing: still no sustained turn one way.
            last = t.Update(0f, true, default(PedalInputs), new SteeringInput { RateRps = 4f * side }, steeringTrusted: true, 0.2f * side, imuTrusted: true);
            Assert.False(last.EvasiveSteering, $"cycle {i}");
        }
    }

    [Fact]
    public void The_convenience_overload_trusts_steering_and_the_imu()
    {
        var t = Tracker();
        DriverActivity last = default;
        for (int i = 0; i < 20; i++) last = t.Update(0f, default(PedalInputs), new SteeringInput { RateRps = 4f }, yawRateRps: 0.2f);
        Assert.True(last.EvasiveSteering);
    }
}
