using AebController.Firmware.Signals;

namespace AebController.Timing.Tests;

/// <summary>
/// The firmware's five state machines and their legal transitions, as specified (ForwardAeb, ObstacleAeb,
/// Mai summaries and docs/state-machines.md). Every state can fall into Degraded when an input it needs
/// faults; leaving Degraded goes through Off.
/// </summary>
public static class FirmwareStateMachines
{
    public static StateMachineGraph Forward { get; } = new("forward AEB", typeof(ForwardAebState), ForwardEdges());

    public static StateMachineGraph Obstacle(string name) => new(name, typeof(ObstacleAebState), ObstacleEdges());

    public static StateMachineGraph Mai { get; } = new("MAI", typeof(MaiState), MaiEdges());

    private static IEnumerable<(int, int)> ForwardEdges()
    {
        foreach (ForwardAebState s in Enum.GetValues<ForwardAebState>())
        {
            if (s != ForwardAebState.Degraded) yield return E(s, ForwardAebState.Degraded);
        }

        yield return E(ForwardAebState.Degraded, ForwardAebState.Off);
        yield return E(ForwardAebState.Off, ForwardAebState.Standby);
        yield return E(ForwardAebState.Standby, ForwardAebState.Off);
        yield return E(ForwardAebState.Standby, ForwardAebState.Warning);
        yield return E(ForwardAebState.Warning, ForwardAebState.Standby);
        yield return E(ForwardAebState.Warning, ForwardAebState.Off);
        yield return E(ForwardAebState.Warning, ForwardAebState.PartialBraking);
        yield return E(ForwardAebState.Warning, ForwardAebState.Overridden);
        yield return E(ForwardAebState.PartialBraking, ForwardAebState.FullBraking);
        yield return E(ForwardAebState.PartialBraking, ForwardAebState.StandstillHold);
        yield return E(ForwardAebState.PartialBraking, ForwardAebState.Release);
        yield return E(ForwardAebState.PartialBraking, ForwardAebState.Overridden);
        yield return E(ForwardAebState.FullBraking, ForwardAebState.StandstillHold);
        yield return E(ForwardAebState.FullBraking, ForwardAebState.Release);
        yield return E(ForwardAebState.FullBraking, ForwardAebState.Overridden);
        yield return E(ForwardAebState.StandstillHold, ForwardAebState.Release);
        yield return E(ForwardAebState.Release, ForwardAebState.PartialBraking);
        yield return E(ForwardAebState.Release, ForwardAebState.Standby);
        yield return E(ForwardAebState.Release, ForwardAebState.Off);
        yield return E(ForwardAebState.Overridden, ForwardAebState.Standby);
        yield return E(ForwardAebState.Overridden, ForwardAebState.Off);
    }

    private static IEnumerable<(int, int)> ObstacleEdges()
    {
        foreach (ObstacleAebState s in Enum.GetValues<ObstacleAebState>())
        {
            if (s != ObstacleAebState.Degraded) yield return E(s, ObstacleAebState.Degraded);
        }

        yield return E(ObstacleAebState.Degraded, ObstacleAebState.Off);
        yield return E(ObstacleAebState.Off, ObstacleAebState.Standby);
        yield return E(ObstacleAebState.Standby, ObstacleAebState.Off);
        yield return E(ObstacleAebState.Standby, ObstacleAebState.Warning);
        yield return E(ObstacleAebState.Standby, ObstacleAebState.Braking);
        yield return E(ObstacleAebState.Warning, ObstacleAebState.Standby);
        yield return E(ObstacleAebState.Warning, ObstacleAebState.Off);
        yield return E(ObstacleAebState.Warning, ObstacleAebState.Braking);
        yield return E(ObstacleAebState.Warning, ObstacleAebState.Overridden);
        yield return E(ObstacleAebState.Braking, ObstacleAebState.StandstillHold);
        yield return E(ObstacleAebState.Braking, ObstacleAebState.Release);
        yield return E(ObstacleAebState.Braking, ObstacleAebState.Overridden);
        yield return E(ObstacleAebState.StandstillHold, ObstacleAebState.Release);
        yield return E(ObstacleAebState.Release, ObstacleAebState.Braking);
        yield return E(ObstacleAebState.Release, ObstacleAebState.Standby);
        yield return E(ObstacleAebState.Release, ObstacleAebState.Off);
        yield return E(ObstacleAebState.Overridden, ObstacleAebState.Standby);
        yield return E(ObstacleAebState.Overridden, ObstacleAebState.Off);
    }

    private static IEnumerable<(int, int)> MaiEdges()
    {
        foreach (MaiState s in Enum.GetValues<MaiState>())
        {
            if (s != MaiState.Degraded) yield return E(s, MaiState.Degraded);
        }

        yield return E(MaiState.Degraded, MaiState.Off);
        yield return E(MaiState.Off, MaiState.Monitoring);
        yield return E(MaiState.Monitoring, MaiState.Off);
        yield return E(MaiState.Monitoring, MaiState.SuppressingObstacle);
        yield return E(MaiState.Monitoring, MaiState.SuppressingOpen);
        yield return E(MaiState.Monitoring, MaiState.DriverConfirmed);
        yield return E(MaiState.SuppressingObstacle, MaiState.Monitoring);
        yield return E(MaiState.SuppressingOpen, MaiState.Monitoring);
        yield return E(MaiState.SuppressingOpen, MaiState.SuppressingObstacle);
        yield return E(MaiState.DriverConfirmed, MaiState.Monitoring);
    }

    private static (int, int) E<T>(T from, T to) where T : struct, Enum => (Convert.ToInt32(from), Convert.ToInt32(to));
}
