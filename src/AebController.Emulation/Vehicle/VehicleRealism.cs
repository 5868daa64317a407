using AebController.Emulation.Profiles;

namespace AebController.Emulation.Vehicle;

/// <summary>
/// The switches that make the ego car and the other road users behave as real ones do. The
/// defaults are the ideal world (the emulator as it was before these existed); <see cref="Realistic"/>
/// holds the values with sources in docs/vehicle-model.md. The world profile (its "vehicle" section, 0/1 for
/// the switches) picks them: ideal.json gives <see cref="Ideal"/>, realistic.json <see cref="Realistic"/>.
/// </summary>
public sealed record VehicleRealism
{
    public static VehicleRealism Ideal { get; } = new();

    /// <summary>The values of docs/vehicle-model.md (sources there).</summary>
    public static VehicleRealism Realistic { get; } = new()
    {
        FrictionCircle = true,
        DriverBrakeThroughHydraulics = true,
        MaxReverseSpeedMps = 40f / 3.6f,
        MaxForwardSpeedMps = 180f / 3.6f,
        ActorJerkLimitMps3 = 10f,
        Occlusion = true,
    };

    /// <summary>
    /// Kamm's friction circle: the resultant of longitudinal and lateral tyre acceleration is at most
    /// μ·g, lateral first (ABS keeps the car steerable), so braking in a bend gets what is left. Off:
    /// each direction has μ·g of its own.
    /// </summary>
    [ProfileRange(0, 1)]
    public bool FrictionCircle { get; init; }

    /// <summary>The driver's brake pedal acts through the same dead time and lag as the AEB request. Off: at once.</summary>
    [ProfileRange(0, 1)]
    public bool DriverBrakeThroughHydraulics { get; init; }

    /// <summary>The powertrain gives no drive torque beyond this speed in reverse (a governor, not a brake).</summary>
    [ProfileRange(1, 100, AllowsUnlimited = true)]
    public float MaxReverseSpeedMps { get; init; } = float.PositiveInfinity;

    /// <summary>Likewise forward (the car's governed top speed).</summary>
    [ProfileRange(1, 150, AllowsUnlimited = true)]
    public float MaxForwardSpeedMps { get; init; } = float.PositiveInfinity;

    /// <summary>Other road users change their acceleration at most this fast (m/s³); +∞ keeps scripted steps.</summary>
    [ProfileRange(0.5, 1000, AllowsUnlimited = true)]
    public float ActorJerkLimitMps3 { get; init; } = float.PositiveInfinity;

    /// <summary>Sensors see only what a line of sight reaches; off, they see through everything.</summary>
    [ProfileRange(0, 1)]
    public bool Occlusion { get; init; }
}
