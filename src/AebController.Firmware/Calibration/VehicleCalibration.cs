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

    public void Validate(CalibrationRules rules, string prefix)
    {
        rules.InRange(prefix + "widthM", WidthM, 1.0, 3.0, "m");
        rules.InRange(prefix + "lengthM", LengthM, 2.0, 12.0, "m");
        rules.InRange(prefix + "wheelbaseM", WheelbaseM, 1.5, 6.0, "m");
        rules.InRange(prefix + "rearAxleToFrontBumperM", RearAxleToFrontBumperM, 1.5, 10.0, "m");
        rules.InRange(prefix + "steeringRatio", SteeringRatio, 5.0, 30.0, "");
    }
}
