namespace AebController.Emulation.Vehicle;

/// <summary>The emulated ego car: a mid-size EV. Values are typical, not one model's data sheet.</summary>
public sealed record VehicleParameters
{
    public float MassKg { get; init; } = 1900f;
    public float LengthM { get; init; } = 4.7f;
    public float WidthM { get; init; } = 1.85f;
    public float WheelbaseM { get; init; } = 2.9f;
    public float RearAxleToFrontBumperM { get; init; } = 3.8f;
    public float SteeringRatio { get; init; } = 15f;
    public float DragCoefficientArea { get; init; } = 0.62f;
    public float RollingResistance { get; init; } = 0.011f;

    /// <summary>Traction-limited launch acceleration at full pedal.</summary>
    public float MaxDriveAccelMps2 { get; init; } = 5.0f;
    public float MaxPowerW { get; init; } = 200_000f;

    /// <summary>Driver brake at full pedal travel.</summary>
    public float FullPedalDecelMps2 { get; init; } = 10f;

    /// <summary>Brake actuator dead time before pressure starts to build.</summary>
    public float BrakeDeadTimeS { get; init; } = 0.08f;

    /// <summary>First-order time constant of the pressure build-up.</summary>
    public float BrakeLagS { get; init; } = 0.12f;

    /// <summary>Drive torque response time constant.</summary>
    public float DriveLagS { get; init; } = 0.1f;

    /// <summary>
    /// Wheel slip at the peak of the tyre's μ–slip curve. Passenger-car tyres peak at about 10–20 %
    /// slip on dry and wet asphalt (Bosch Automotive Handbook, "Tires"; Pacejka, Tire and Vehicle Dynamics).
    /// </summary>
    public float PeakBrakeSlip { get; init; } = 0.12f;

    /// <summary>Realism switches (friction circle, driver-brake hydraulics, speed governors, actor jerk, occlusion); default: the ideal world.</summary>
    public VehicleRealism Realism { get; init; } = VehicleRealism.Ideal;

    public float RearBumperOffsetM => RearAxleToFrontBumperM - LengthM;
}
