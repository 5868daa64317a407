namespace AebController.Scenarios.Exploration.Analysis;

/// <summary>What a campaign found: counts, modes with their minimal cases, the parameters that matter, a coarse risk figure.</summary>
public sealed record CampaignSummary(
    string Space,
    ulong Seed,
    long Budget,
    long Runs,
    long Invalid,
    long Failures,
    IReadOnlyList<ModeSummary> Modes,
    IReadOnlyList<string> Files,
    IReadOnlyList<ParameterInfluence> Influence,
    double NaturalisticFailureRate,
    double NaturalisticCiLow,
    double NaturalisticCiHigh,
    long MissingBlocks)
{
    /// <summary>Failing runs that did not finish within the wall-clock bound (kind "timeout": a hang, one cycle that never ends).</summary>
    public long Timeouts { get; init; }
}
