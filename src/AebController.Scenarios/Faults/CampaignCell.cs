using AebController.Emulation.Faults;

namespace AebController.Scenarios.Faults;

/// <summary>One faulted run of the campaign: which scenario, signal, fault and moment, and the fault as injected.</summary>
public readonly record struct CampaignCell(
    int ScenarioIndex, int SignalIndex, FaultClass Fault, CampaignMoment Moment, int FaultCycle, InjectedFault Injected, float DurationS);
