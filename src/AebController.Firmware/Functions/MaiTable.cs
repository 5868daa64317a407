using AebController.Firmware.Signals;

namespace AebController.Firmware.Functions;

/// <summary>
/// MAI's state machine as a table a reader can check against the diagram in docs/state-machines.md (generated from
/// this table). Rows of one state are tried in order; the first guard that holds is taken. A cycle chains transitions
/// until none holds, a transition ends the chain (<see cref="EndsChain"/>) or <see cref="MaxChain"/> is reached.
/// </summary>
public static class MaiTable
{
    private static readonly Transition<MaiState, MaiGuard>[] Rows =
    [
        new(MaiState.Off, MaiState.Degraded, MaiGuard.InputsFaulted),
        new(MaiState.Off, MaiState.Monitoring, MaiGuard.Armed),

        new(MaiState.Monitoring, MaiState.Degraded, MaiGuard.InputsFaulted),
        new(MaiState.Monitoring, MaiState.Off, MaiGuard.Disarmed),
        new(MaiState.Monitoring, MaiState.DriverConfirmed, MaiGuard.SecondPress),
        new(MaiState.Monitoring, MaiState.SuppressingObstacle, MaiGuard.PedalError),
        new(MaiState.Monitoring, MaiState.SuppressingOpen, MaiGuard.OpenSlam),

        new(MaiState.SuppressingObstacle, MaiState.Degraded, MaiGuard.PedalFaultedSuppressionOver),
        new(MaiState.SuppressingObstacle, MaiState.Monitoring, MaiGuard.PedalReleased),
        new(MaiState.SuppressingObstacle, MaiState.Monitoring, MaiGuard.ObstacleGone),
        new(MaiState.SuppressingObstacle, MaiState.Monitoring, MaiGuard.ObstacleSuppressionOver),

        new(MaiState.SuppressingOpen, MaiState.Degraded, MaiGuard.PedalFaultedSuppressionOver),
        new(MaiState.SuppressingOpen, MaiState.Monitoring, MaiGuard.PedalReleased),
        new(MaiState.SuppressingOpen, MaiState.Monitoring, MaiGuard.OpenSuppressionOver),
        new(MaiState.SuppressingOpen, MaiState.SuppressingObstacle, MaiGuard.ObstacleAppears),

        new(MaiState.DriverConfirmed, MaiState.Degraded, MaiGuard.InputsFaulted),
        new(MaiState.DriverConfirmed, MaiState.Monitoring, MaiGuard.PedalOffOrOutOfGear),

        new(MaiState.Degraded, MaiState.Off, MaiGuard.RecoveredDisarmed),
        new(MaiState.Degraded, MaiState.Monitoring, MaiGuard.RecoveredArmed),
    ];

    /// <summary>The rows, in the order they are tried.</summary>
    public static ReadOnlySpan<Transition<MaiState, MaiGuard>> Transitions => Rows;

    /// <summary>Most transitions taken in one cycle (Off → Monitoring → SuppressingOpen → SuppressingObstacle → Monitoring).</summary>
    public const int MaxChain = 4;

    /// <summary>
    /// A cycle's chain stops after a transition into Off, Degraded or DriverConfirmed, and into Monitoring from anywhere
    /// but Off and Degraded: a suppression that ended, or a confirmation given up, is judged afresh next cycle (a press
    /// still held must not start a new suppression in the cycle the last one ended).
    /// </summary>
    public static bool EndsChain(MaiState from, MaiState to) =>
        to is MaiState.Off or MaiState.Degraded or MaiState.DriverConfirmed
        || (to == MaiState.Monitoring && from is not (MaiState.Off or MaiState.Degraded));
}
