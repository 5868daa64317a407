using AebController.Firmware.Calibration;
using AebController.Firmware.Functions;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Functions;

/// <summary>
/// MAI where the Functions mutation run at 0bac9c0 found nothing judging it: an obstacle appearing during an open
/// suppression (the pedal error is now toward it: the obstacle case, its limit and its exits); a release that ends an
/// open suppression counts for the second-press confirmation as one that ends an obstacle suppression
/// (docs/calibration.md: "a second deep press within 2 s of a release = the driver confirms"); and the pedal's
/// "off" travel is not a press, a hair above it is, and back at it the press has ended (values exact in binary).
/// </summary>
public sealed class MaiOpenSuppressionTests
{
    private const long CycleUs = 10_000;
    private const float Near = 1.0f;
    private const float None = float.PositiveInfinity;
    private readonly MaiCalibration _cal;
    private readonly Mai _mai;
    private long _now;

    public MaiOpenSuppressionTests()
    {
        _cal = new MaiCalibration { OffPedal = 0.0625f };
        _mai = new Mai(_cal, CycleUs);
    }

    private FunctionOutput Step(float pedal, float obstacleM = None, Gear gear = Gear.Drive)
    {
        var driver = new DriverActivity { AccelPedal = pedal, AccelPressed = pedal > _cal.OffPedal };
        var output = _mai.Step(_now, 0f, gear, driver, obstacleM, pedalFaulted: false, degraded: false);
        _now += CycleUs;
        return output;
    }

    /// <summary>Shift from park into drive, then a slam with nothing detected: the open case.</summary>
    private void SuppressOpen()
    {
        for (int i = 0; i < 5; i++) Step(0f, gear: Gear.Park);
        Step(0f);
        Step(1f);
        Assert.Equal(MaiState.SuppressingOpen, _mai.State);
    }

    [Fact]
    public void An_obstacle_appearing_during_an_open_suppression_makes_it_an_obstacle_suppression()
    {
        SuppressOpen();
        var output = Step(1f, Near);
        Assert.Equal(MaiState.SuppressingObstacle, _mai.State);
        Assert.Equal(_cal.ObstacleTorqueLimit, output.TorqueLimit);
        // It stays one on the next cycle (the obstacle case's limit, not the open one's).
        output = Step(1f, Near);
        Assert.Equal(MaiState.SuppressingObstacle, _mai.State);
        Assert.Equal(_cal.ObstacleTorqueLimit, output.TorqueLimit);
    }

    [Fact]
    public void Released_out_of_an_open_suppression_and_pressed_deep_again_within_the_window_the_driver_confirms()
    {
        SuppressOpen();
        Step(0f);                                     // released below 0.2: the suppression ends
        Assert.Equal(MaiState.Monitoring, _mai.State);
        for (int i = 0; i < 50; i++) Step(0f);        // 0.5 s later, well inside the 2 s window
        var output = Step(1f);
        Assert.Equal(MaiState.DriverConfirmed, _mai.State);
        Assert.Equal(1f, output.TorqueLimit);          // no limit: the driver means it
    }

    [Fact]
    public void The_off_travel_is_no_press_a_hair_above_it_is_and_back_at_it_the_press_ended()
    {
        // Standing 2.5 m from a wall at 0 km/h: a press begun here toward it is suspected (MaiSuspectedPressTests).
        Step(0f, 2.5f);
        for (int i = 0; i < 5; i++) Step(0.0625f, 2.5f);
        Assert.False(_mai.SuspectsPress);
        Step(0.0703125f, 2.5f);
        Assert.True(_mai.SuspectsPress);
        Step(0.0625f, 2.5f);
        Assert.False(_mai.SuspectsPress);
    }
}
