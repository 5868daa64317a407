namespace AebController.Firmware.Functions;

/// <summary>
/// One row of a state machine's transition table: from <typeparamref name="TState"/> to another when
/// the named guard holds. Rows are tried in table order; the first whose guard holds is taken.
/// </summary>
public readonly record struct Transition<TState, TGuard>(TState From, TState To, TGuard Guard)
    where TState : struct, Enum
    where TGuard : struct, Enum;
