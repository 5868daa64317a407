using AebController.Scenarios.Scoring.Protocols;

namespace AebController.Cli.Output;

/// <summary>
/// A protocol scorecard as JSON: points per chapter and scenario, gates, and each cell's colour or verdict; robustness
/// points (Euro NCAP 2026) beside the score, per scenario, and each robustness run with its layer, condition and nominal cell.
/// </summary>
public static class ProtocolJson
{
    public static object Shape(ProtocolScorecard p) => new
    {
        protocol = p.Protocol,
        score = R(p.Score),
        maxScore = R(p.MaxScore),
        cells = p.Cells,
        failed = p.Failed,
        robustnessScore = R(p.RobustnessScore),
        robustnessMaxScore = R(p.RobustnessMax),
        chapters = p.Chapters.Select(c => new { chapter = c.Chapter, score = R(c.Points), maxScore = R(c.MaxPoints), cells = c.Cells, failed = c.Failed }),
        scenarios = p.Grids.Select(g => new
        {
            scenario = g.Scenario, chapter = g.Chapter, score = R(g.Points), maxScore = R(g.MaxPoints),
            standard = R(g.StandardPoints), standardMax = R(g.StandardMax), extended = R(g.ExtendedPoints), extendedMax = R(g.ExtendedMax),
            cells = g.Cells, failed = g.Failed,
            robustness = R(g.RobustnessPoints), robustnessMax = R(g.RobustnessMax), robustnessWhy = g.RobustnessWhy,
        }),
        gates = p.Gates.Select(g => new { gate = g.Name, clause = g.Clause, held = g.Held, detail = g.Detail, zeroes = g.Zeroes }),
        grid = p.CellOutcomes.Select(c => new
        {
            @case = c.Case, scenario = c.Scenario, clause = c.Clause, row = c.Row, testSpeedKph = c.TestSpeedKph, targetSpeedKph = c.TargetSpeedKph,
            impactLocationPct = c.ImpactLocationPct, column = c.Column, range = c.Range.ToString().ToLowerInvariant(),
            relativeImpactSpeedKph = R(c.RelativeImpactSpeedKph ?? 0f), colour = c.Colour?.ToString().ToLowerInvariant(), passed = c.Passed,
            points = R(c.Points), maxPoints = R(c.MaxPoints), why = c.Why,
            robustness = c.Robustness is { } r ? $"{r.Layer} {r.Condition}" : null, nominal = c.Robustness?.Nominal,
        }),
    };

    private static double R(float v) => Math.Round(v, 4);
}
