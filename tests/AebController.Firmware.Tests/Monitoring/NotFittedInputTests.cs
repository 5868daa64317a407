using AebController.Firmware.Calibration;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>
/// A sensor the car does not have (its calibration says not fitted) is never healthy, so no function acts on
/// it, and its silence is never a fault: a car built without ultrasonics or brake-pressure feedback must not
/// light a diagnostic for them. The same contract as the camera's (InputHealthSweepTests); here for the
/// ultrasonic arrays (front and rear) and the brake feedback, silent and, as a wiring fault could make it,
/// delivering healthy-looking data.
/// </summary>
public class NotFittedInputTests
{
    private const long CycleUs = 10_000;

    public static TheoryData<string, bool> Cases() => new()
    {
        { "ultrasonics", true }, { "ultrasonics", false }, { "brake-feedback", true }, { "brake-feedback", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_sensor_not_fitted_is_never_healthy_and_its_silence_is_never_a_fault(string sensor, bool silent)
    {
        var cal = sensor == "ultrasonics"
            ? new MonitoringCalibration { UltrasonicsFitted = false }
            : new MonitoringCalibration { BrakeFeedbackFitted = false };
        var monitor = new InputMonitor(cal);
        var frame = HealthyFrame.Create(0);
        for (long t = 0; t <= cal.StartupGraceUs + 100 * CycleUs; t += CycleUs)
        {
            HealthyFrame.Refresh(frame, t);
            if (silent) Silence(frame, sensor);
            monitor.Check(frame);
        }

        if (sensor == "ultrasonics")
        {
            Assert.False(monitor.Health.UltrasonicFrontOk, "front ultrasonics not fitted");
            Assert.False(monitor.Health.UltrasonicRearOk, "rear ultrasonics not fitted");
        }
        else
        {
            Assert.False(monitor.Health.BrakeFeedbackOk, "brake feedback not fitted");
        }

        Assert.Equal(DiagnosticCode.None, monitor.Latched);
        // The inputs the car has stay trusted.
        Assert.True(monitor.Health.FrontRadarOk && monitor.Health.WheelSpeedOk && monitor.Health.CameraOk);
    }

    private static void Silence(SensorFrame frame, string sensor)
    {
        if (sensor == "ultrasonics")
        {
            for (int i = 0; i < UltrasonicEchoBuffer.Capacity; i++) frame.Ultrasonics[i] = new UltrasonicEcho { AgeUs = SignalAge.Never };
        }
        else
        {
            frame.BrakeFeedback = new BrakeFeedback { AgeUs = SignalAge.Never };
        }
    }
}
