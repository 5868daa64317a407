using AebController.Scenarios.Model;
using AebController.Scenarios.Running;
using AebController.Scenarios.Scoring;
using AebController.Scenarios.Scoring.Protocols;

namespace AebController.Cli.Commands;

/// <summary>
/// How one seed of a case came out, as the suite scores it: a protocol grid cell by its document's verdict (its colour,
/// or pass/fail for a regulation), every other case by its <see cref="CaseScore"/> (expectations met, points lost to
/// deductions). A graded cell's expectations hold whatever its impact speed (the colour is the verdict), so its
/// CaseScore alone cannot tell a Green seed from a Red one.
/// </summary>
public readonly record struct SeedVerdict(bool Passed, Colour Colour, float LostPoints)
{
    /// <param name="others">This seed's runs of the suite's cases by name (a cell judged against its comparison run).</param>
    public static SeedVerdict Of(ScenarioDefinition scenario, ScenarioResult run, CaseScore score, IReadOnlyDictionary<string, ScenarioResult> others)
    {
        if (scenario.Cell is null)
        {
            return new SeedVerdict(score.Passed, score.Passed ? Colour.Green : Colour.Red, score.MaxPoints - score.Points);
        }

        var cell = ProtocolScorer.Judge(scenario, run, others);
        return new SeedVerdict(cell.Passed, cell.Colour ?? (cell.Passed ? Colour.Green : Colour.Red), score.MaxPoints - score.Points);
    }

    /// <summary>This seed came out worse than <paramref name="other"/>: failed where it passed, then a worse colour, then more points lost.</summary>
    public bool WorseThan(SeedVerdict other)
    {
        if (Passed != other.Passed) return !Passed;
        if (Colour != other.Colour) return Colour > other.Colour;
        return LostPoints > other.LostPoints;
    }
}
