namespace AebController.Scenarios.Faults;

/// <summary>When a fault strikes: on entering a controller state, seen in the fault-free run's own trace, plus an offset.</summary>
public enum CampaignMoment : byte
{
    /// <summary>0.5 s after forward AEB first stands by, at least 0.3 s before anything intervenes.</summary>
    Cruising,
    /// <summary>0.1 s after the collision warning starts.</summary>
    Warning,
    /// <summary>50 ms after partial braking stage 1 starts.</summary>
    BrakingStage1,
    /// <summary>50 ms after partial braking stage 2 starts.</summary>
    BrakingStage2,
    /// <summary>50 ms after full braking starts.</summary>
    FullBraking,
    /// <summary>0.2 s after a function starts holding the car at standstill.</summary>
    StandstillHold,
    /// <summary>50 ms after reverse AEB or rear low-speed AEB first warns or brakes.</summary>
    Reversing,
    /// <summary>50 ms after MAI starts suppressing a pedal misapplication.</summary>
    MaiActive,
    /// <summary>A fixed time given by a cell of its own (the examples).</summary>
    FixedTime,
}
