using AebController.Firmware.Signals;

namespace AebController.Firmware.Functions;

/// <summary>
/// The obstacle-braking state machine (reverse AEB, low-speed forward and rear) as a table a reader can
/// check against the diagram in docs/state-machines.md (generated from this table). Rows of one state are
/// tried in order; the first guard that holds is taken. A cycle chains transitions until none holds, a
/// state that speaks to the driver or ends the function's part is reached (Warning, Overridden,
/// Degraded), or <see cref="MaxChain"/> is reached — so no pair of states can hand over to each other
/// forever inside one cycle (the switch this replaces once looped Braking ↔ Release).
/// </summary>
public static class ObstacleAebTable
{
    private static readonly Transition<ObstacleAebState, ObstacleAebGuard>[] Rows =
    [
        new(ObstacleAebState.Off, ObstacleAebState.Degraded, ObstacleAebGuard.InputsFaulted),
        new(ObstacleAebState.Off, ObstacleAebState.Standby, ObstacleAebGuard.Armed),

        new(ObstacleAebState.Standby, ObstacleAebState.Degraded, ObstacleAebGuard.InputsFaulted),
        new(ObstacleAebState.Standby, ObstacleAebState.Off, ObstacleAebGuard.Disarmed),
        new(ObstacleAebState.Standby, ObstacleAebState.Braking, ObstacleAebGuard.BrakeDue),
        new(ObstacleAebState.Standby, ObstacleAebState.Warning, ObstacleAebGuard.WarningDue),

        new(ObstacleAebState.Warning, ObstacleAebState.Degraded, ObstacleAebGuard.InputsFaulted),
        new(ObstacleAebState.Warning, ObstacleAebState.Off, ObstacleAebGuard.Disarmed),
        new(ObstacleAebState.Warning, ObstacleAebState.Overridden, ObstacleAebGuard.DriverOverride),
        new(ObstacleAebState.Warning, ObstacleAebState.Braking, ObstacleAebGuard.BrakeDue),
        new(ObstacleAebState.Warning, ObstacleAebState.Standby, ObstacleAebGuard.QuietLongEnough),

        new(ObstacleAebState.Braking, ObstacleAebState.Degraded, ObstacleAebGuard.InputsFaulted),
        new(ObstacleAebState.Braking, ObstacleAebState.Overridden, ObstacleAebGuard.DriverOverride),
        new(ObstacleAebState.Braking, ObstacleAebState.Release, ObstacleAebGuard.OutOfGear),
        new(ObstacleAebState.Braking, ObstacleAebState.StandstillHold, ObstacleAebGuard.Standstill),
        new(ObstacleAebState.Braking, ObstacleAebState.Release, ObstacleAebGuard.ThreatLost),

        new(ObstacleAebState.StandstillHold, ObstacleAebState.Degraded, ObstacleAebGuard.InputsFaulted),
        new(ObstacleAebState.StandstillHold, ObstacleAebState.Release, ObstacleAebGuard.HoldEnds),

        new(ObstacleAebState.Release, ObstacleAebState.Degraded, ObstacleAebGuard.InputsFaulted),
        new(ObstacleAebState.Release, ObstacleAebState.Braking, ObstacleAebGuard.ThreatReturned),
        new(ObstacleAebState.Release, ObstacleAebState.Standby, ObstacleAebGuard.ReleasedArmed),
        new(ObstacleAebState.Release, ObstacleAebState.Off, ObstacleAebGuard.ReleasedDisarmed),

        new(ObstacleAebState.Overridden, ObstacleAebState.Degraded, ObstacleAebGuard.InputsFaulted),
        new(ObstacleAebState.Overridden, ObstacleAebState.Standby, ObstacleAebGuard.OverrideOverArmed),
        new(ObstacleAebState.Overridden, ObstacleAebState.Off, ObstacleAebGuard.OverrideOverDisarmed),

        new(ObstacleAebState.Degraded, ObstacleAebState.Off, ObstacleAebGuard.InputsHealthy),
    ];

    /// <summary>The rows, in the order they are tried.</summary>
    public static ReadOnlySpan<Transition<ObstacleAebState, ObstacleAebGuard>> Transitions => Rows;

    /// <summary>Most transitions taken in one cycle (Degraded → Off → Standby → Braking → StandstillHold → Release → Braking).</summary>
    public const int MaxChain = 6;

    /// <summary>A cycle's chain stops in these states: the driver is being told something new, or the function's part is over.</summary>
    public static bool EndsChain(ObstacleAebState state) =>
        state is ObstacleAebState.Warning or ObstacleAebState.Overridden or ObstacleAebState.Degraded;
}
