using AebController.Firmware.Calibration;

namespace AebController.Hardware;

/// <summary>
/// The calibration for the bench Pi: no camera, no ultrasonic ring, no brake-pressure feedback, no corner radars are
/// fitted, so they are not monitored as faults (the functions that need them stay in their safe state).
/// </summary>
public static class PiCalibration
{
    public static AebCalibration Default { get; } = AebCalibration.Default with
    {
        // No corner radar is wired to the bench: not fitted, so never reported missing.
        CornerRadars = AebCalibration.Default.CornerRadars with { Fitted = false },
        Monitoring = AebCalibration.Default.Monitoring with
        {
            CameraFitted = false,
            UltrasonicsFitted = false,
            BrakeFeedbackFitted = false,
            // The ADC pass over four channels and the GPIO thread run at about 200 Hz; allow two missed passes.
            VehicleSignalMaxAgeUs = 30_000,
            // The HC-SR04 ranger paces pings 60 ms apart and busy-waits on the echo: allow six missed pings.
            RadarMaxAgeUs = 400_000,
        },
    };
}
