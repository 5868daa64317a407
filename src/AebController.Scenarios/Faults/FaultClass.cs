namespace AebController.Scenarios.Faults;

/// <summary>How the campaign corrupts a signal (each maps onto an emulator fault kind and a duration).</summary>
public enum FaultClass : byte
{
    /// <summary>One sample off by the signal's glitch amplitude.</summary>
    Spike,
    /// <summary>Two samples in a row off by the glitch amplitude.</summary>
    Burst,
    /// <summary>The value freezes but keeps arriving fresh.</summary>
    Stuck,
    /// <summary>A constant bias from the moment on.</summary>
    Offset,
    /// <summary>A bias growing at the signal's drift rate from the moment on.</summary>
    Drift,
    NaN,
    PositiveInfinity,
    NegativeInfinity,
    /// <summary>The signal stops arriving (its age grows).</summary>
    Dropout,
    /// <summary>The signal arrives 0.1 s late, stamped as fresh.</summary>
    Delay,
    /// <summary>A redundant track stops agreeing with its partner.</summary>
    Disagree,
    /// <summary>The controller re-initialises (a power glitch): every state, estimate and latched code is forgotten
    /// while the car goes on as it was (the scenario's <c>restarts</c>).</summary>
    Restart,
}
