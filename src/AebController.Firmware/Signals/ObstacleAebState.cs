namespace AebController.Firmware.Signals;

/// <summary>States of the obstacle braking functions: reverse AEB and low-speed AEB forward and rearward.</summary>
public enum ObstacleAebState : byte
{
    /// <summary>Wrong gear or outside the speed range: no intervention.</summary>
    Off = 0,
    Standby = 1,
    /// <summary>Obstacle close: acoustic and visual warning.</summary>
    Warning = 2,
    /// <summary>Braking to a standstill short of the obstacle.</summary>
    Braking = 3,
    /// <summary>Stopped by the function; the brake is held.</summary>
    StandstillHold = 4,
    /// <summary>Ramping the brake out.</summary>
    Release = 5,
    /// <summary>The driver took over (evasive steering, or a deliberate accelerator press); suppressed for a hold-off.</summary>
    Overridden = 6,
    /// <summary>An input it needs is faulted: safe state, no intervention.</summary>
    Degraded = 7,
}
