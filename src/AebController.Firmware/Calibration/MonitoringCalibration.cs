namespace AebController.Firmware.Calibration;

/// <summary>Input monitoring: how old each input may get before it counts as stale.</summary>
public sealed record MonitoringCalibration
{
    /// <summary>Front and rear radar publish at 20 Hz; three missed updates make them stale.</summary>
    public long RadarMaxAgeUs { get; init; } = 200_000;
    public long CameraMaxAgeUs { get; init; } = 200_000;

    /// <summary>Ultrasonics measure at about 15 Hz.</summary>
    public long UltrasonicMaxAgeUs { get; init; } = 250_000;

    /// <summary>Pedals, motion, steering and gear arrive every cycle (10 ms); three missed cycles make them stale.</summary>
    public long VehicleSignalMaxAgeUs { get; init; } = 40_000;

    /// <summary>
    /// After start-up, an input that has not arrived yet is "not yet available", not a fault, for
    /// this long: sensors boot and the 20 Hz lists need a first period. Functions stay in their safe
    /// state meanwhile because the input is still not fresh.
    /// </summary>
    public long StartupGraceUs { get; init; } = 500_000;

    public void Validate(CalibrationRules rules, string prefix)
    {
        rules.InRange(prefix + "radarMaxAgeUs", RadarMaxAgeUs, 10_000, 2_000_000, "µs");
        rules.InRange(prefix + "cameraMaxAgeUs", CameraMaxAgeUs, 10_000, 2_000_000, "µs");
        rules.InRange(prefix + "ultrasonicMaxAgeUs", UltrasonicMaxAgeUs, 10_000, 2_000_000, "µs");
        rules.InRange(prefix + "startupGraceUs", StartupGraceUs, 0, 10_000_000, "µs");
        rules.InRange(prefix + "vehicleSignalMaxAgeUs", VehicleSignalMaxAgeUs, 1_000, 1_000_000, "µs");
    }
}
