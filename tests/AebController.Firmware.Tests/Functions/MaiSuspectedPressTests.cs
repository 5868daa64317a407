using AebController.Firmware.Calibration;
using AebController.Firmware.Functions;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Functions;

/// <summary>
/// A press that began at low speed with an obstacle standing close ahead is suspected whatever its rate: its
/// kick-down does not override braking, and once braking had to answer it, torque is cut. A press begun at
/// speed, toward nothing, toward a car driving away, or confirmed by a second press is the driver's own.
/// </summary>
public class MaiSuspectedPressTests
{
    private readonly MaiCalibration _cal = new();
    private readonly Mai _mai;
    private long _now;

    public MaiSuspectedPressTests()
    {
        _mai = new Mai(_cal, AebCalibration.Default.CyclePeriodUs);
    }

    private FunctionOutput Step(float pedal, float obstacleM, float speedMps = 0f, bool braking = false, float gapOpeningMps = 0f)
    {
        var driver = new DriverActivity { AccelPedal = pedal, AccelPressed = pedal > 0.05f };
        var output = _mai.Step(_now, speedMps, Gear.Drive, driver, obstacleM, pedalFaulted: false, degraded: false, gapOpeningMps,
            obstacleSensingFaulted: false, interventionBraking: braking);
        _now += 10_000;
        return output;
    }

    /// <summary>0 → <paramref name="pedal"/> in <paramref name="seconds"/>: at 1.5 s to full travel, 0.67 per second, far below a slam.</summary>
    private void SlowPress(float pedal, float seconds, float obstacleM, float speedMps = 0f, float gapOpeningMps = 0f)
    {
        int cycles = (int)(seconds * 100);
        for (int i = 1; i <= cycles; i++) Step(pedal * i / cycles, obstacleM, speedMps, gapOpeningMps: gapOpeningMps);
    }

    [Fact]
    public void A_slow_deep_press_from_standstill_toward_a_wall_is_suspected_but_torque_stays_until_braking_is_needed()
    {
        Step(0f, 2.5f);
        SlowPress(1.0f, 1.5f, 2.5f);
        Assert.True(_mai.SuspectsPress);
        Assert.Equal(MaiState.Monitoring, _mai.State); // a slow press alone never limits torque

        var output = Step(1.0f, 2.0f, braking: true);
        Assert.Equal(MaiState.SuppressingObstacle, _mai.State);
        Assert.Equal(_cal.ObstacleTorqueLimit, output.TorqueLimit);
        Assert.True(_mai.LinkActive);
    }

    [Fact]
    public void A_press_begun_above_mai_speed_is_the_drivers_own()
    {
        Step(0f, float.PositiveInfinity, speedMps: _cal.MaxSpeedMps + 1f);
        SlowPress(1.0f, 1.0f, float.PositiveInfinity, speedMps: _cal.MaxSpeedMps + 1f);
        // The car slows into MAI's speed range with the pedal still held and an obstacle appears close ahead.
        Step(1.0f, 3.0f, speedMps: _cal.MaxSpeedMps - 1f);
        Assert.False(_mai.SuspectsPress);
        Step(1.0f, 3.0f, speedMps: _cal.MaxSpeedMps - 1f, braking: true);
        Assert.Equal(MaiState.Monitoring, _mai.State);
    }

    [Theory]
    [InlineData(float.PositiveInfinity, 0f)] // nothing ahead
    [InlineData(6.0f, 0f)]                   // beyond MAI's 5 m
    [InlineData(3.0f, 1.0f)]                 // a car pulling away at 1 m/s
    public void No_obstacle_that_stands_or_closes_within_range_no_suspicion(float obstacleM, float gapOpeningMps)
    {
        Step(0f, obstacleM, gapOpeningMps: gapOpeningMps);
        SlowPress(1.0f, 1.5f, obstacleM, gapOpeningMps: gapOpeningMps);
        Assert.False(_mai.SuspectsPress);
        Step(1.0f, obstacleM, braking: true, gapOpeningMps: gapOpeningMps);
        Assert.Equal(MaiState.Monitoring, _mai.State);
    }

    [Fact]
    public void Releasing_and_pressing_deep_again_slowly_is_the_driver_confirming()
    {
        Step(0f, 2.5f);
        SlowPress(1.0f, 1.5f, 2.5f);
        Step(1.0f, 2.0f, braking: true);
        Assert.Equal(MaiState.SuppressingObstacle, _mai.State);
        Step(0.0f, 2.0f);
        Assert.Equal(MaiState.Monitoring, _mai.State);
        SlowPress(1.0f, 1.5f, 2.0f);
        Assert.Equal(MaiState.DriverConfirmed, _mai.State);
        Assert.False(_mai.SuspectsPress);
    }

    [Fact]
    public void A_pedal_down_at_start_up_is_not_suspected()
    {
        // Restart mid-drive with the foot down: where the press began is unknown, so it is the driver's.
        Step(0.9f, 2.0f);
        Assert.False(_mai.SuspectsPress);
    }
}
