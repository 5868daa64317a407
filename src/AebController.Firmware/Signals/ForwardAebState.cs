namespace AebController.Firmware.Signals;

/// <summary>States of the forward AEB / FCW state machine.</summary>
public enum ForwardAebState : byte
{
    /// <summary>Outside the speed range or not in drive: no warnings, no braking.</summary>
    Off = 0,
    /// <summary>Armed and watching; no threat.</summary>
    Standby = 1,
    /// <summary>Forward collision warning is on.</summary>
    Warning = 2,
    /// <summary>Partial braking, stage 1 or 2, with the warning on.</summary>
    PartialBraking = 3,
    /// <summary>Full braking.</summary>
    FullBraking = 4,
    /// <summary>Stopped by AEB; the brake is held.</summary>
    StandstillHold = 5,
    /// <summary>Ramping the brake out after a hold or a cleared threat.</summary>
    Release = 6,
    /// <summary>The driver took over (kick-down or evasive steering); suppressed for a hold-off time.</summary>
    Overridden = 7,
    /// <summary>An input it needs is faulted: safe state, no intervention.</summary>
    Degraded = 8,
}
