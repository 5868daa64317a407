namespace AebController.Firmware.Functions;

/// <summary>The named conditions that move the obstacle-braking state machine (see <see cref="ObstacleAebTable"/>).</summary>
public enum ObstacleAebGuard : byte
{
    /// <summary>An input this function needs is faulted (beyond the grace a brake or warning already on is held).</summary>
    InputsFaulted,
    /// <summary>Inputs healthy again.</summary>
    InputsHealthy,
    /// <summary>In this function's gear and at or below its top speed.</summary>
    Armed,
    /// <summary>Out of its gear or above its top speed.</summary>
    Disarmed,
    /// <summary>The driver overrode this cycle: evasive steering, or a kick-down MAI does not suspect.</summary>
    DriverOverride,
    /// <summary>
    /// The need reached the braking trigger (lower while MAI suspects a pedal error), or the low-speed forward function
    /// brakes for forward AEB (the radar contradicts a standing echo: <c>EchoRadarAgreement</c>), moving, for the persistence.
    /// </summary>
    BrakeDue,
    /// <summary>The need reached the warning level for the persistence.</summary>
    WarningDue,
    /// <summary>No warning condition for the warning hold time.</summary>
    QuietLongEnough,
    /// <summary>Out of this function's gear.</summary>
    OutOfGear,
    /// <summary>The car has stopped: its speed reads standstill and no second speed (the rear radar's closing, <c>ClosingWitness</c>) says it still moves.</summary>
    Standstill,
    /// <summary>The obstacle has stopped closing (and the car moves) for the threat-lost time.</summary>
    ThreatLost,
    /// <summary>The hold has lasted its time, the driver pressed the accelerator (not suspected by MAI), or the gear changed.</summary>
    HoldEnds,
    /// <summary>While releasing, braking is due again and none of Braking's exits holds (armed, threat not lost, moving).</summary>
    ThreatReturned,
    /// <summary>The brake request has ramped out to zero this cycle; armed.</summary>
    ReleasedArmed,
    /// <summary>The brake request has ramped out to zero this cycle; not armed.</summary>
    ReleasedDisarmed,
    /// <summary>The override hold-off is over and the driver no longer kicks down or steers evasively; armed.</summary>
    OverrideOverArmed,
    /// <summary>The override hold-off is over and the driver no longer kicks down or steers evasively; not armed.</summary>
    OverrideOverDisarmed,
}
