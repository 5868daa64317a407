namespace AebController.Firmware.Calibration;

/// <summary>Geometry and limits of the vehicle the firmware is fitted to.</summary>
public sealed record VehicleCalibration
{
    public float WidthM { get; init; } = 1.85f;
    public float LengthM { get; init; } = 4.7f;
    public float WheelbaseM { get; init; } = 2.9f;

    /// <summary>Distance from the rear axle to the front bumper, where the front sensors sit.</summary>
    public float RearAxleToFrontBumperM { get; init; } = 3.8f;

    /// <summary>Steering ratio, wheel angle = steering-wheel angle / ratio.</summary>
    public float SteeringRatio { get; init; } = 15f;

    /// <summary>
    /// The speed below which the wheel-speed sensor reads 0: a tooth edge must come within its timeout
    /// (48-tooth rotor, 2.0 m rolling circumference, 100 ms edge timeout: 2.0 / (48 × 0.1) = 0.42 m/s = 1.5 km/h).
    /// A reading of 0 says only that the car is slower than this; 0 = the sensor reads down to standstill.
    /// </summary>
    public float WheelSpeedDropoutMps { get; init; } = 0.42f;

    public void Validate(CalibrationRules rules, string prefix)
    {
        rules.InRange(prefix + "widthM", WidthM, 1.0, 3.0, "m");
        rules.InRange(prefix + "lengthM", LengthM, 2.0, 12.0, "m");
        rules.InRange(prefix + "wheelbaseM", WheelbaseM, 1.5, 6.0, "m");
        rules.InRange(prefix + "rearAxleToFrontBumperM", RearAxleToFrontBumperM, 1.5, 10.0, "m");
        rules.InRange(prefix + "steeringRatio", SteeringRatio, 5.0, 30.0, "");
        rules.InRange(prefix + "wheelSpeedDropoutMps", WheelSpeedDropoutMps, 0.0, 2.0, "m/s");
    }
}
