using AebController.Firmware.Signals;

namespace AebController.Firmware.Functions;

/// <summary>
/// The forward AEB / FCW state machine as a table a reader can check against the diagram in
/// docs/state-machines.md (generated from this table; a test fails when the document is stale).
/// Rows of one state are tried in order; the first guard that holds is taken.
/// </summary>
public static class ForwardAebTable
{
    private static readonly Transition<ForwardAebState, ForwardAebGuard>[] Rows =
    [
        new(ForwardAebState.Off, ForwardAebState.Degraded, ForwardAebGuard.InputsFaulted),
        new(ForwardAebState.Off, ForwardAebState.Standby, ForwardAebGuard.FcwArmed),

        new(ForwardAebState.Standby, ForwardAebState.Degraded, ForwardAebGuard.InputsFaulted),
        new(ForwardAebState.Standby, ForwardAebState.Off, ForwardAebGuard.FcwDisarmed),
        new(ForwardAebState.Standby, ForwardAebState.Warning, ForwardAebGuard.WarningDue),

        new(ForwardAebState.Warning, ForwardAebState.Degraded, ForwardAebGuard.InputsFaultedPersistently),
        new(ForwardAebState.Warning, ForwardAebState.Overridden, ForwardAebGuard.DriverOverride),
        new(ForwardAebState.Warning, ForwardAebState.Off, ForwardAebGuard.FcwDisarmed),
        new(ForwardAebState.Warning, ForwardAebState.Standby, ForwardAebGuard.ThreatLost),
        new(ForwardAebState.Warning, ForwardAebState.PartialBraking, ForwardAebGuard.BrakeDue),

        new(ForwardAebState.PartialBraking, ForwardAebState.Degraded, ForwardAebGuard.InputsFaultedPersistently),
        new(ForwardAebState.PartialBraking, ForwardAebState.Overridden, ForwardAebGuard.DriverOverride),
        new(ForwardAebState.PartialBraking, ForwardAebState.StandstillHold, ForwardAebGuard.Standstill),
        new(ForwardAebState.PartialBraking, ForwardAebState.Release, ForwardAebGuard.ThreatLost),
        new(ForwardAebState.PartialBraking, ForwardAebState.FullBraking, ForwardAebGuard.FullBrakeNeeded),

        new(ForwardAebState.FullBraking, ForwardAebState.Degraded, ForwardAebGuard.InputsFaultedPersistently),
        new(ForwardAebState.FullBraking, ForwardAebState.Overridden, ForwardAebGuard.DriverOverride),
        new(ForwardAebState.FullBraking, ForwardAebState.StandstillHold, ForwardAebGuard.Standstill),
        new(ForwardAebState.FullBraking, ForwardAebState.Release, ForwardAebGuard.ThreatLost),

        new(ForwardAebState.StandstillHold, ForwardAebState.Degraded, ForwardAebGuard.InputsFaultedPersistently),
        new(ForwardAebState.StandstillHold, ForwardAebState.Release, ForwardAebGuard.HoldEnds),

        new(ForwardAebState.Release, ForwardAebState.Degraded, ForwardAebGuard.InputsFaulted),
        new(ForwardAebState.Release, ForwardAebState.PartialBraking, ForwardAebGuard.ThreatReturned),
        new(ForwardAebState.Release, ForwardAebState.Standby, ForwardAebGuard.ReleasedArmed),
        new(ForwardAebState.Release, ForwardAebState.Off, ForwardAebGuard.ReleasedDisarmed),

        new(ForwardAebState.Overridden, ForwardAebState.Degraded, ForwardAebGuard.InputsFaultedPersistently),
        new(ForwardAebState.Overridden, ForwardAebState.Standby, ForwardAebGuard.OverrideOverArmed),
        new(ForwardAebState.Overridden, ForwardAebState.Off, ForwardAebGuard.OverrideOverDisarmed),

        new(ForwardAebState.Degraded, ForwardAebState.Off, ForwardAebGuard.InputsHealthy),
    ];

    /// <summary>The rows, in the order they are tried.</summary>
    public static ReadOnlySpan<Transition<ForwardAebState, ForwardAebGuard>> Transitions => Rows;

    /// <summary>Most transitions taken in one cycle (Off → Standby → Warning → PartialBraking → FullBraking for a critical threat).</summary>
    public const int MaxChain = 5;
}
