namespace AebController.Firmware.Signals;

/// <summary>States of MAI, the misacceleration (pedal misapplication) suppression.</summary>
public enum MaiState : byte
{
    /// <summary>Not at low speed in drive or reverse: not watching.</summary>
    Off = 0,
    /// <summary>Watching the accelerator at low speed.</summary>
    Monitoring = 1,
    /// <summary>A pedal misapplication toward an obstacle: torque cut, warning, low-speed AEB armed early.</summary>
    SuppressingObstacle = 2,
    /// <summary>A slammed pedal right after a gear change with nothing detected: torque capped briefly.</summary>
    SuppressingOpen = 3,
    /// <summary>The driver confirmed the acceleration with a second press: MAI stands aside until the pedal is released.</summary>
    DriverConfirmed = 4,
    /// <summary>An input it needs is faulted.</summary>
    Degraded = 5,
}
