namespace AebController.Firmware.Functions;

/// <summary>The named conditions that move the forward AEB state machine (see <see cref="ForwardAebTable"/>).</summary>
public enum ForwardAebGuard : byte
{
    /// <summary>An input forward AEB needs is faulted this cycle.</summary>
    InputsFaulted,
    /// <summary>Inputs faulted for longer than the grace time: a warning or a brake is not held any longer.</summary>
    InputsFaultedPersistently,
    /// <summary>Inputs healthy again.</summary>
    InputsHealthy,
    /// <summary>In drive and inside the FCW speed window (with hysteresis).</summary>
    FcwArmed,
    /// <summary>Out of drive or outside the FCW speed window.</summary>
    FcwDisarmed,
    /// <summary>The warning condition persisted, and the hold-off since the last warning is over (or the need is critical).</summary>
    WarningDue,
    /// <summary>The threat has been gone (or stopped closing) for the threat-lost time.</summary>
    ThreatLost,
    /// <summary>The driver overrode deliberately this cycle (confirmed kick-down or evasive steering).</summary>
    DriverOverride,
    /// <summary>Inside the AEB speed window, the brake condition persisted and the warning lasted its minimum (or the need is critical).</summary>
    BrakeDue,
    /// <summary>The need reached the full-braking entry, the achieved deceleration fell short of the request for the shortfall time, or the threat is dead-reckoned through an input fault.</summary>
    FullBrakeNeeded,
    /// <summary>The car has stopped.</summary>
    Standstill,
    /// <summary>The standstill hold has lasted its time, the driver pressed the accelerator, or the car rolls away out of drive.</summary>
    HoldEnds,
    /// <summary>While releasing, the threat came back hard enough for stage 2.</summary>
    ThreatReturned,
    /// <summary>The brake request has ramped out to zero and FCW is armed.</summary>
    ReleasedArmed,
    /// <summary>The brake request has ramped out to zero and FCW is not armed.</summary>
    ReleasedDisarmed,
    /// <summary>The override hold-off is over and the driver no longer holds the override; FCW armed.</summary>
    OverrideOverArmed,
    /// <summary>The override hold-off is over and the driver no longer holds the override; FCW not armed.</summary>
    OverrideOverDisarmed,
}
