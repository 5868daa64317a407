namespace AebController.Emulation.Faults;

/// <summary>How an injected fault corrupts its input.</summary>
public enum FaultKind : byte
{
    /// <summary>The input stops updating; its age grows.</summary>
    Stale,
    /// <summary>Values read as NaN.</summary>
    NaN,
    /// <summary>A fixed offset is added to the value.</summary>
    Offset,
    /// <summary>The value freezes but keeps arriving fresh.</summary>
    Stuck,
    /// <summary>The sensor reports an internal fault.</summary>
    SensorFault,
    /// <summary>Lists arrive empty (radar or camera blind).</summary>
    Dropout,
    /// <summary>Accelerator track 2 no longer follows half of track 1: it reads <c>value</c>.</summary>
    TrackDisagree,
    /// <summary>The value reads out of its range: <c>value</c>.</summary>
    OutOfRange,
    /// <summary>Brakes apply less than requested: the actuator reaches only <c>value</c> of the request (0–1).</summary>
    ActuatorWeak,
    /// <summary>The value walks away from the truth at <c>value</c> units per second from the fault's start.</summary>
    Drift,
    /// <summary>Values read as +∞.</summary>
    PositiveInfinity,
    /// <summary>Values read as −∞.</summary>
    NegativeInfinity,
    /// <summary>The input arrives <c>value</c> seconds late but stamped as fresh (a queue or gateway delay).</summary>
    Delay,
}
