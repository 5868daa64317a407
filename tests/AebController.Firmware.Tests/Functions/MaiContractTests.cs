using AebController.Firmware.Calibration;
using AebController.Firmware.Functions;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Functions;

/// <summary>
/// MAI against the exits and limits docs/calibration.md states ("pedal &lt; 0.2; obstacle gone 1 s; 5 s time-out;
/// a second deep press within 2 s of a release = the driver confirms"; the open case 1.5 s at 30 %; works up to
/// 15 km/h; fast = 2.5/s average since the press began), each at its edge, and the transitions the class summary
/// names (a fault outside a suppression degrades, out of drive or reverse is Off). Found unjudged by the
/// Functions mutation run. Times are whole 10 ms cycles; edges use values exact in binary.
/// </summary>
public sealed class MaiContractTests
{
    private const long CycleUs = 10_000;
    private const float Near = 1.0f;                        // an obstacle 1 m ahead: the ACPE set-up
    private const float None = float.PositiveInfinity;
    private readonly MaiCalibration _cal = new();
    private readonly Mai _mai;
    private long _now;

    public MaiContractTests() => _mai = new Mai(_cal, CycleUs);

    private FunctionOutput Step(float pedal, float obstacleM = None, Gear gear = Gear.Drive, float speedMps = 0f,
        bool pedalFault = false, bool degraded = false)
    {
        var driver = new DriverActivity { AccelPedal = pedal, AccelPressed = pedal > 0.05f };
        var output = _mai.Step(_now, speedMps, gear, driver, obstacleM, pedalFault, degraded);
        _now += CycleUs;
        return output;
    }

    private FunctionOutput Run(int cycles, float pedal, float obstacleM = None, Gear gear = Gear.Drive)
    {
        FunctionOutput last = default;
        for (int i = 0; i < cycles; i++) last = Step(pedal, obstacleM, gear);
        return last;
    }

    /// <summary>At rest near the obstacle, then floored in one cycle (100/s): a pedal error toward it.</summary>
    private void SuppressTowardObstacle()
    {
        Run(5, 0f, Near);
        Step(1f, Near);
        Assert.Equal(MaiState.SuppressingObstacle, _mai.State);
    }

    /// <summary>Shift from park into drive, then a slam with nothing detected: the open case.</summary>
    private void SuppressOpen()
    {
        Run(5, 0f, gear: Gear.Park);
        Step(0f);
        Step(1f);
        Assert.Equal(MaiState.SuppressingOpen, _mai.State);
    }

    [Fact]
    public void A_pedal_at_exactly_0_2_has_not_been_released_below_it_has()
    {
        SuppressTowardObstacle();
        Run(10, 0.2f, Near);
        Assert.Equal(MaiState.SuppressingObstacle, _mai.State);
        Step(0.1875f, Near);
        Assert.Equal(MaiState.Monitoring, _mai.State);
    }

    [Fact]
    public void The_open_case_too_ends_only_below_0_2()
    {
        SuppressOpen();
        Run(10, 0.2f);
        Assert.Equal(MaiState.SuppressingOpen, _mai.State);
        Step(0.1875f);
        Assert.Equal(MaiState.Monitoring, _mai.State);
    }

    [Fact]
    public void A_press_averaging_2_4_per_second_is_not_fast_and_one_averaging_2_6_is()
    {
        // The press begins on the first sample off the rest position (6 %), so it began after the last
        // sample at rest: 0.72 reached 0.30 s after that is 2.4/s on average; deep (0.7) only at 0.72.
        Run(5, 0f, Near);
        for (int i = 1; i <= 30; i++) Step(MathF.Max(0.06f, 0.024f * i), Near);
        Run(20, 0.72f, Near);
        Assert.Equal(MaiState.Monitoring, _mai.State);

        Run(5, 0f, Near);
        for (int i = 1; i <= 30; i++) Step(MathF.Max(0.06f, 0.026f * i), Near);    // 2.6/s: deep at 0.27 s
        Assert.Equal(MaiState.SuppressingObstacle, _mai.State);
    }

    [Fact]
    public void Suppression_toward_an_obstacle_times_out_after_exactly_5_s()
    {
        SuppressTowardObstacle();
        Run(499, 1f, Near);
        Assert.Equal(MaiState.SuppressingObstacle, _mai.State);
        Step(1f, Near);
        Assert.Equal(MaiState.Monitoring, _mai.State);
    }

    [Fact]
    public void The_open_case_times_out_after_exactly_1_5_s()
    {
        SuppressOpen();
        Run(149, 1f);
        Assert.Equal(MaiState.SuppressingOpen, _mai.State);
        Step(1f);
        Assert.Equal(MaiState.Monitoring, _mai.State);
    }

    [Theory]
    [InlineData(200, MaiState.DriverConfirmed)]           // exactly 2 s after the release: within the window
    [InlineData(201, MaiState.SuppressingObstacle)]       // 2.01 s: a new pedal error
    public void A_second_deep_press_within_2_s_of_a_release_is_the_driver_confirming(int cyclesAfterRelease, MaiState expected)
    {
        SuppressTowardObstacle();
        Step(0f, Near);                                   // the release, at this cycle's time
        Assert.Equal(MaiState.Monitoring, _mai.State);
        Run(cyclesAfterRelease - 1, 0f, Near);
        Step(1f, Near);
        Assert.Equal(expected, _mai.State);
    }

    [Fact]
    public void An_obstacle_gone_is_no_release_so_the_next_fast_press_is_a_new_pedal_error()
    {
        SuppressTowardObstacle();
        Run(100, 1f, None);                               // obstacle gone 1 s
        Assert.Equal(MaiState.Monitoring, _mai.State);
        Run(10, 0f, Near);
        Step(1f, Near);
        Assert.Equal(MaiState.SuppressingObstacle, _mai.State);
    }

    [Fact]
    public void A_time_out_is_no_release_so_the_next_fast_press_is_a_new_pedal_error()
    {
        SuppressTowardObstacle();
        Run(500, 1f, Near);
        Assert.Equal(MaiState.Monitoring, _mai.State);
        Run(10, 0f, Near);
        Step(1f, Near);
        Assert.Equal(MaiState.SuppressingObstacle, _mai.State);
    }

    [Fact]
    public void An_open_case_time_out_is_no_release_so_a_new_slam_soon_after_the_shift_is_capped_again()
    {
        SuppressOpen();
        Run(150, 1f);
        Assert.Equal(MaiState.Monitoring, _mai.State);
        Run(10, 0f);                                      // 1.62 s after the shift: still within its 3 s window
        Step(1f);
        Assert.Equal(MaiState.SuppressingOpen, _mai.State);
    }

    [Fact]
    public void The_open_case_warns_acoustically_and_visually_as_the_obstacle_case_does()
    {
        SuppressOpen();
        var open = Step(1f);
        Assert.Equal(_cal.OpenTorqueLimit, open.TorqueLimit);
        Assert.Equal(WarningOutputs.Acoustic | WarningOutputs.Visual, open.Warnings);
    }

    [Fact]
    public void An_obstacle_appearing_during_the_open_case_makes_it_the_obstacle_case_torque_cut_for_up_to_5_s()
    {
        // The open case limits mildly and briefly (30 %, 1.5 s) because nothing was detected; once an obstacle
        // stands within 5 m of the floored pedal it is the pedal error towards an obstacle: torque cut, ended by
        // release, the obstacle gone 1 s or the 5 s time-out, no longer by the open case's 1.5 s.
        SuppressOpen();
        var output = Step(1f, Near);
        Assert.Equal(MaiState.SuppressingObstacle, _mai.State);
        Assert.Equal(_cal.ObstacleTorqueLimit, output.TorqueLimit);
        Assert.Equal(WarningOutputs.Acoustic | WarningOutputs.Visual, output.Warnings);
        output = Run(200, 1f, Near);                      // 2 s more: past the open case's 1.5 s
        Assert.Equal(MaiState.SuppressingObstacle, _mai.State);
        Assert.Equal(_cal.ObstacleTorqueLimit, output.TorqueLimit);
    }

    [Fact]
    public void A_pedal_fault_during_the_open_case_keeps_the_stricter_of_its_30_and_the_fault_20_percent()
    {
        SuppressOpen();
        var output = Step(1f, pedalFault: true);
        Assert.Equal(MaiState.SuppressingOpen, _mai.State);
        Assert.Equal(MathF.Min(_cal.OpenTorqueLimit, _cal.PedalFaultTorqueLimit), output.TorqueLimit);
        Assert.Equal(WarningOutputs.Acoustic | WarningOutputs.Visual, output.Warnings);
    }

    [Fact]
    public void A_speed_or_gear_fault_degrades_monitoring_but_keeps_a_suppression()
    {
        Step(0f);
        Assert.Equal(MaiState.Monitoring, _mai.State);
        var output = Step(0f, degraded: true);
        Assert.Equal(MaiState.Degraded, _mai.State);
        Assert.Equal(1f, output.TorqueLimit);

        Run(5, 0f);                                       // healthy again: back to monitoring
        Assert.Equal(MaiState.Monitoring, _mai.State);
        SuppressTowardObstacle();
        output = Step(1f, Near, degraded: true);
        Assert.Equal(MaiState.SuppressingObstacle, _mai.State);
        Assert.Equal(_cal.ObstacleTorqueLimit, output.TorqueLimit);
    }

    [Fact]
    public void Mai_works_up_to_exactly_its_maximum_speed()
    {
        Step(0f, speedMps: _cal.MaxSpeedMps);
        Assert.Equal(MaiState.Monitoring, _mai.State);    // from Off
        Step(0f, speedMps: _cal.MaxSpeedMps);
        Assert.Equal(MaiState.Monitoring, _mai.State);    // and staying
        Step(0f, speedMps: _cal.MaxSpeedMps + 0.25f);
        Assert.Equal(MaiState.Off, _mai.State);
    }

    [Fact]
    public void Monitoring_goes_off_out_of_drive_and_reverse()
    {
        Step(0f);
        Assert.Equal(MaiState.Monitoring, _mai.State);
        Step(0f, gear: Gear.Park);
        Assert.Equal(MaiState.Off, _mai.State);
    }

    [Fact]
    public void A_pedal_fault_that_clears_out_of_drive_leaves_degraded_for_off()
    {
        Step(0.5f, pedalFault: true);
        Assert.Equal(MaiState.Degraded, _mai.State);
        Step(0f, gear: Gear.Neutral);
        Assert.Equal(MaiState.Off, _mai.State);
    }

    [Fact]
    public void The_driver_confirming_ends_at_the_pedals_rest_of_exactly_5_percent()
    {
        SuppressTowardObstacle();
        Step(0f, Near);
        Step(1f, Near);
        Assert.Equal(MaiState.DriverConfirmed, _mai.State);
        Run(5, 0.0625f, Near);                            // above the rest position: still confirmed
        Assert.Equal(MaiState.DriverConfirmed, _mai.State);
        Step(_cal.OffPedal, Near);
        Assert.Equal(MaiState.Monitoring, _mai.State);
    }

    [Fact]
    public void A_press_to_exactly_the_deep_travel_is_deep()
    {
        Run(5, 0f, Near);
        Step(_cal.DeepPedal, Near);                       // 0.7 in one cycle: fast
        Assert.Equal(MaiState.SuppressingObstacle, _mai.State);
    }

    [Fact]
    public void A_slam_to_exactly_the_open_slam_travel_right_after_a_shift_is_the_open_case()
    {
        Run(5, 0f, gear: Gear.Park);
        Step(0f);
        Step(_cal.OpenSlamPedal);
        Assert.Equal(MaiState.SuppressingOpen, _mai.State);
    }

    [Theory]
    [InlineData(300, MaiState.SuppressingOpen)]          // exactly 3 s after the shift: within the window
    [InlineData(301, MaiState.Monitoring)]
    public void The_open_case_needs_the_slam_within_3_s_of_the_shift(int cyclesAfterShift, MaiState expected)
    {
        Run(5, 0f, gear: Gear.Park);
        Step(0f);                                         // the shift into drive, at this cycle's time
        Run(cyclesAfterShift - 1, 0f);
        Step(1f);
        Assert.Equal(expected, _mai.State);
    }

    [Fact]
    public void The_open_case_applies_up_to_exactly_5_kmh()
    {
        Run(5, 0f, gear: Gear.Park);
        Step(0f, speedMps: _cal.OpenMaxSpeedMps);
        Step(1f, speedMps: _cal.OpenMaxSpeedMps);
        Assert.Equal(MaiState.SuppressingOpen, _mai.State);
    }
}
