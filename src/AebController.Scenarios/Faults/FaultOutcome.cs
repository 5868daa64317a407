namespace AebController.Scenarios.Faults;

/// <summary>What a fault did, judged against the fault-free run of the same scenario and seed.</summary>
[Flags]
public enum FaultOutcome : byte
{
    None = 0,
    /// <summary>Brake request below the fault-free run's while its threat stood and the car was no slower.</summary>
    UnintendedRelease = 1,
    /// <summary>Braking, a warning or a torque cut where the fault-free run had none.</summary>
    UnintendedIntervention = 2,
    /// <summary>No new diagnostic code within the stated detection time.</summary>
    LateDetection = 4,
    /// <summary>Contact the fault-free run avoided, or more than 2 km/h faster.</summary>
    Collision = 8,
    /// <summary>Not a failure: the fault was detected before any threat and the function stood aside (lamp on), then a collision followed.</summary>
    DegradedCollision = 16,

    Failures = UnintendedRelease | UnintendedIntervention | LateDetection | Collision,
}
