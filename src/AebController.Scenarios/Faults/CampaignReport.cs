namespace AebController.Scenarios.Faults;

/// <summary>Everything a campaign found, in cell order.</summary>
public sealed class CampaignReport
{
    public required IReadOnlyList<string> Scenarios { get; init; }
    public required IReadOnlyList<SignalFaultModel> Signals { get; init; }
    public required IReadOnlyList<CellResult> Results { get; init; }
    public required TimeSpan Elapsed { get; init; }

    public int Runs => Results.Count;
    public int Count(FaultOutcome outcome) => Results.Count(r => (r.Verdict.Outcome & outcome) != 0);
    public IEnumerable<CellResult> Failures => Results.Where(r => r.Verdict.Failed);

    public string ScenarioOf(in CampaignCell cell) => Scenarios[cell.ScenarioIndex];
    public SignalFaultModel SignalOf(in CampaignCell cell) => Signals[cell.SignalIndex];
}
