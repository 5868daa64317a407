using AebController.Firmware.Signals;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Faults;

/// <summary>
/// Finds each campaign moment in a fault-free run's own trace: the first cycle in which the controller
/// enters the state, plus the moment's offset. Read from the trace, the moments follow any calibration.
/// </summary>
public static class MomentFinder
{
    /// <summary>The cycle index at which the fault strikes, or -1 when the run never gets there.</summary>
    public static int Find(ReadOnlySpan<CycleRecord> trace, CampaignMoment moment, float cycleS)
    {
        int first = -1;
        int offsetCycles = 0;
        switch (moment)
        {
            case CampaignMoment.Cruising:
                first = FirstIndex(trace, static c => c.ForwardState == ForwardAebState.Standby);
                offsetCycles = Cycles(0.5f, cycleS);
                if (first >= 0)
                {
                    int at = first + offsetCycles;
                    int intervention = FirstIndex(trace, static c => Intervenes(c));
                    if (at >= trace.Length || (intervention >= 0 && at > intervention - Cycles(0.3f, cycleS))) return -1;
                }

                break;
            case CampaignMoment.Warning:
                first = FirstIndex(trace, static c => c.ForwardState == ForwardAebState.Warning);
                offsetCycles = Cycles(0.1f, cycleS);
                break;
            case CampaignMoment.BrakingStage1:
                first = FirstIndex(trace, static c => c.ForwardState == ForwardAebState.PartialBraking && c.ForwardStage == 1);
                offsetCycles = Cycles(0.05f, cycleS);
                break;
            case CampaignMoment.BrakingStage2:
                first = FirstIndex(trace, static c => c.ForwardState == ForwardAebState.PartialBraking && c.ForwardStage == 2);
                offsetCycles = Cycles(0.05f, cycleS);
                break;
            case CampaignMoment.FullBraking:
                first = FirstIndex(trace, static c => c.ForwardState == ForwardAebState.FullBraking);
                offsetCycles = Cycles(0.05f, cycleS);
                break;
            case CampaignMoment.StandstillHold:
                first = FirstIndex(trace, static c => c.ForwardState == ForwardAebState.StandstillHold
                    || c.LowSpeedForwardState == ObstacleAebState.StandstillHold || c.LowSpeedRearState == ObstacleAebState.StandstillHold
                    || c.ReverseAebState == ObstacleAebState.StandstillHold);
                offsetCycles = Cycles(0.2f, cycleS);
                break;
            case CampaignMoment.Reversing:
                first = FirstIndex(trace, static c => c.ReverseAebState is ObstacleAebState.Warning or ObstacleAebState.Braking
                    || c.LowSpeedRearState is ObstacleAebState.Warning or ObstacleAebState.Braking);
                offsetCycles = Cycles(0.05f, cycleS);
                break;
            case CampaignMoment.MaiActive:
                first = FirstIndex(trace, static c => c.MaiState is MaiState.SuppressingObstacle or MaiState.SuppressingOpen);
                offsetCycles = Cycles(0.05f, cycleS);
                break;
        }

        if (first < 0) return -1;
        int index = first + offsetCycles;
        return index < trace.Length ? index : -1;
    }

    /// <summary>Braking, a warning or a torque cut: anything the driver feels.</summary>
    public static bool Intervenes(in CycleRecord c) => c.BrakeRequestMps2 > 0f || c.Warnings != WarningOutputs.None || c.TorqueLimit < 0.999f;

    private static int Cycles(float s, float cycleS) => (int)MathF.Round(s / cycleS);

    private static int FirstIndex(ReadOnlySpan<CycleRecord> trace, Func<CycleRecord, bool> when)
    {
        for (int i = 0; i < trace.Length; i++)
        {
            if (when(trace[i])) return i;
        }

        return -1;
    }
}
