using AebController.Firmware.Calibration;
using AebController.Firmware.Functions;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Functions;

/// <summary>Every transition of MAI, and the deliberate accelerations it must leave alone.</summary>
public class MaiTransitionTests
{
    private readonly MaiCalibration _cal = new();
    private readonly Mai _mai;
    private long _now;

    public MaiTransitionTests()
    {
        _mai = new Mai(_cal, AebController.Firmware.Calibration.AebCalibration.Default.CyclePeriodUs);
    }

    private FunctionOutput Step(float pedal, float obstacleM = float.PositiveInfinity, Gear gear = Gear.Drive, float speedMps = 0f,
        bool pedalFault = false, bool degraded = false)
    {
        var driver = new DriverActivity { AccelPedal = pedal, AccelPressed = pedal > 0.05f };
        var output = _mai.Step(_now, speedMps, gear, driver, obstacleM, pedalFault, degraded);
        _now += 10_000;
        return output;
    }

    /// <summary>Presses from 0 to <paramref name="pedal"/> over <paramref name="seconds"/>.</summary>
    private FunctionOutput Press(float pedal, float seconds, float obstacleM = float.PositiveInfinity, Gear gear = Gear.Drive, float speedMps = 0f)
    {
        int cycles = Math.Max(1, (int)(seconds * 100));
        FunctionOutput last = default;
        for (int i = 1; i <= cycles; i++) last = Step(pedal * i / cycles, obstacleM, gear, speedMps);
        return last;
    }

    [Fact]
    public void Off_outside_drive_and_reverse_or_above_its_speed()
    {
        Step(0f, gear: Gear.Park);
        Assert.Equal(MaiState.Off, _mai.State);
        Step(0f, speedMps: 10f);
        Assert.Equal(MaiState.Off, _mai.State);
        Step(0f);
        Assert.Equal(MaiState.Monitoring, _mai.State);
    }

    [Theory]
    [InlineData(Gear.Drive)]
    [InlineData(Gear.Reverse)]
    public void A_fast_deep_press_toward_an_obstacle_cuts_torque_and_links_the_low_speed_aeb(Gear gear)
    {
        Step(0f, 1.0f, gear);
        var output = Press(1.0f, 0.3f, 1.0f, gear);
        Assert.Equal(MaiState.SuppressingObstacle, _mai.State);
        Assert.Equal(_cal.ObstacleTorqueLimit, output.TorqueLimit);
        Assert.NotEqual(WarningOutputs.None, output.Warnings);
        Assert.True(_mai.LinkActive);
    }

    [Fact]
    public void Releasing_the_pedal_ends_suppression_and_a_second_press_is_the_driver_confirming()
    {
        Step(0f, 1.0f);
        Press(1.0f, 0.3f, 1.0f);
        Step(0.1f, 1.0f);
        Assert.Equal(MaiState.Monitoring, _mai.State);
        Step(0f, 1.0f);
        var output = Press(1.0f, 0.3f, 1.0f);
        Assert.Equal(MaiState.DriverConfirmed, _mai.State);
        Assert.Equal(1f, output.TorqueLimit);
        Step(0f, 1.0f);
        Assert.Equal(MaiState.Monitoring, _mai.State);
    }

    [Fact]
    public void Suppression_ends_when_the_obstacle_is_gone_and_after_its_time_out()
    {
        Step(0f, 1.0f);
        Press(1.0f, 0.3f, 1.0f);
        for (int i = 0; i < 99; i++) Step(1.0f);
        Assert.Equal(MaiState.SuppressingObstacle, _mai.State);
        Step(1.0f);
        Assert.Equal(MaiState.Monitoring, _mai.State);

        var timed = new Mai(_cal, AebController.Firmware.Calibration.AebCalibration.Default.CyclePeriodUs);
        long t = 0;
        var pressed = new DriverActivity { AccelPedal = 0f };
        timed.Step(t, 0f, Gear.Drive, pressed, 1f, false, false);
        for (int i = 1; i <= 30; i++)
        {
            pressed.AccelPedal = i / 30f;
            timed.Step(t += 10_000, 0f, Gear.Drive, pressed, 1f, false, false);
        }

        Assert.Equal(MaiState.SuppressingObstacle, timed.State);
        for (int i = 0; i < 500; i++) timed.Step(t += 10_000, 0f, Gear.Drive, pressed, 1f, false, false);
        Assert.Equal(MaiState.Monitoring, timed.State);
    }

    [Fact]
    public void With_nothing_detected_only_a_slam_right_after_a_gear_change_is_capped_briefly()
    {
        Step(0f, gear: Gear.Park);
        Step(0f, gear: Gear.Drive);
        var output = Press(1.0f, 0.2f);
        Assert.Equal(MaiState.SuppressingOpen, _mai.State);
        Assert.Equal(_cal.OpenTorqueLimit, output.TorqueLimit);
        for (int i = 0; i < 150; i++) Step(1.0f);
        Assert.Equal(MaiState.Monitoring, _mai.State);
    }

    [Theory]
    [InlineData(0.4f, 1.0f, 0f)]   // normal launch
    [InlineData(0.8f, 0.6f, 0f)]   // brisk launch: deep but not fast
    [InlineData(1.0f, 0.2f, 0f)]   // floored from a long standstill, nothing ahead
    [InlineData(1.0f, 0.1f, 16f)]  // kick-down at speed
    public void Deliberate_acceleration_is_never_suppressed(float pedal, float seconds, float speedMps)
    {
        for (int i = 0; i < 400; i++) Step(0f, speedMps: speedMps); // long after any gear change
        var output = Press(pedal, seconds, speedMps: speedMps);
        for (int i = 0; i < 50; i++) output = Step(pedal, speedMps: speedMps);
        Assert.Equal(1f, output.TorqueLimit);
        Assert.True(_mai.State is MaiState.Monitoring or MaiState.Off);
    }

    [Fact]
    public void A_slow_deep_press_near_an_obstacle_is_creeping_not_a_pedal_error()
    {
        Step(0f, 1.0f);
        var output = Press(0.8f, 1.0f, 1.0f);
        Assert.Equal(MaiState.Monitoring, _mai.State);
        Assert.Equal(1f, output.TorqueLimit);
    }

    [Fact]
    public void A_faulted_pedal_limits_torque()
    {
        var output = Step(0.5f, pedalFault: true);
        Assert.Equal(MaiState.Degraded, _mai.State);
        Assert.Equal(_cal.PedalFaultTorqueLimit, output.TorqueLimit);
        Step(0f);
        Assert.Equal(MaiState.Monitoring, _mai.State);
    }
}
