using AebController.Firmware.Calibration;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>
/// When InputMonitor lets the standing world judge the wheel speed (<see cref="DiagnosticCode.WheelSpeedDisagreesWithRadar"/>):
/// only with a healthy front radar, a fresh wheel speed in range, and the car in Drive. The same drive (three posts closing
/// at the true 13.9 m/s while the wheel speed drifts to 1.5 m/s slow at 1 m/s², found in the healthy case) is run with one
/// of those conditions broken; then no code may come from it. And a wheel speed out of range is never a healthy one, fresh
/// or not.
/// </summary>
public sealed class InputMonitorWorldSpeedGateTests
{
    private const long CycleUs = 10_000;
    private static readonly MonitoringCalibration Cal = AebCalibration.Default.Monitoring;

    private static RadarTrack Post(int id, int n, float lateralM) => new()
    {
        Id = id, LongitudinalM = 70f - 0.05f * 13.9f * n, LateralM = lateralM, RelVelLongMps = -13.9f, WidthM = 0.5f,
        ElevationM = 0.5f, RcsDbsm = 5f, UpdateCount = 10 + n,
    };

    /// <summary>Six seconds of the drifting drive; <paramref name="breakOne"/> breaks one condition each cycle.</summary>
    private static DiagnosticCode Drive(Action<SensorFrame> breakOne)
    {
        var monitor = new InputMonitor(Cal);
        var frame = HealthyFrame.Create(0);
        for (int c = 0; c < 600; c++)
        {
            HealthyFrame.Refresh(frame, c * CycleUs, speedMps: 13.9f - MathF.Min(1.5f, 0.01f * c));
            frame.FrontRadar.Count = 3;
            frame.FrontRadar.Tracks[0] = Post(1, c / 5, 6f);
            frame.FrontRadar.Tracks[1] = Post(2, c / 5, -6f);
            frame.FrontRadar.Tracks[2] = Post(3, c / 5, 0.3f);
            frame.FrontRadar.AgeUs = c % 5 * CycleUs;
            breakOne(frame);
            monitor.Check(frame);
        }

        return monitor.Latched & DiagnosticCode.WheelSpeedDisagreesWithRadar;
    }

    [Fact]
    public void The_healthy_drive_finds_the_drift()
    {
        Assert.Equal(DiagnosticCode.WheelSpeedDisagreesWithRadar, Drive(_ => { }));
    }

    [Fact]
    public void A_front_radar_that_reports_itself_faulty_is_no_witness()
    {
        Assert.Equal(DiagnosticCode.None, Drive(f => f.FrontRadar.SensorOk = false));
    }

    [Fact]
    public void A_stale_wheel_speed_is_not_judged()
    {
        Assert.Equal(DiagnosticCode.None, Drive(f => f.Motion.AgeUs = SignalAge.Never));
    }

    [Fact]
    public void In_reverse_the_standing_world_does_not_judge_the_wheel_speed()
    {
        Assert.Equal(DiagnosticCode.None, Drive(f => f.Gear = new GearInput { Gear = Gear.Reverse, AgeUs = 0 }));
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    [InlineData(-0.5f)]
    [InlineData(100f)]
    public void A_fresh_wheel_speed_out_of_range_is_never_healthy(float speedMps)
    {
        var monitor = new InputMonitor(Cal);
        var frame = HealthyFrame.Create(0);
        for (int c = 0; c < 100; c++)
        {
            HealthyFrame.Refresh(frame, c * CycleUs, speedMps: speedMps);
            monitor.Check(frame);
            Assert.False(monitor.Health.WheelSpeedOk, $"cycle {c}");
        }
    }
}
