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

    /// <summary>The runs counted as <see cref="FaultOutcome.DegradedCollision"/>, in cell order.</summary>
    public IReadOnlyList<DegradedCollisionRun> DegradedCollisionRuns() => Results
        .Where(r => (r.Verdict.Outcome & FaultOutcome.DegradedCollision) != 0)
        .Select(r => new DegradedCollisionRun(ScenarioOf(r.Cell), SignalOf(r.Cell).Name, Names.Of(r.Cell.Fault), Names.Of(r.Cell.Moment),
            r.Verdict.ImpactSpeedKph, r.Verdict.BaselineImpactSpeedKph, r.Verdict.DetectedAfterS))
        .ToList();

    public string ScenarioOf(in CampaignCell cell) => Scenarios[cell.ScenarioIndex];
    public SignalFaultModel SignalOf(in CampaignCell cell) => Signals[cell.SignalIndex];
}
