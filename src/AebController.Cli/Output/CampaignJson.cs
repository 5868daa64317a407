using AebController.Scenarios.Exploration.Analysis;

namespace AebController.Cli.Output;

/// <summary>The JSON of `aeb explore` and `aeb merge` (the same shape, so merged shards compare with one run).</summary>
public static class CampaignJson
{
    public static object Shape(CampaignSummary s, double runsPerSecond, string store, string? report) => new
    {
        space = s.Space,
        seed = s.Seed,
        budget = s.Budget,
        runs = s.Runs,
        invalid = s.Invalid,
        failures = s.Failures,
        timeouts = s.Timeouts,
        missingBlocks = s.MissingBlocks,
        modes = s.Modes.Select(m => new
        {
            id = m.Id, kind = m.Kind, collidedWith = m.CollidedWith, count = m.Count, firstRun = m.FirstRun,
            representativeRun = m.RepresentativeRun, region = m.Region, minimal = m.Minimal, file = m.File,
            reproduces = m.Reproduces, shrinkRuns = m.ShrinkRuns, impactKph = m.ImpactKph, failure = m.Failure,
        }),
        runsPerSecond = Math.Round(runsPerSecond, 1),
        files = s.Files,
        influence = s.Influence,
        naturalisticFailureRate = s.NaturalisticFailureRate,
        naturalisticCi = new[] { s.NaturalisticCiLow, s.NaturalisticCiHigh },
        store,
        report,
    };
}
