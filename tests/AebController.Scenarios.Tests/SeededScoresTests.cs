using AebController.Cli.Commands;
using AebController.Firmware.Signals;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Model;
using AebController.Scenarios.Running;
using AebController.Scenarios.Scoring;
using AebController.Scenarios.Scoring.Protocols;

namespace AebController.Scenarios.Tests;

/// <summary>
/// A case run over several seeds is shown, scored and counted by its worst seed. The oracle is made by hand: runs with
/// chosen impact speeds, judged by Euro NCAP 2026's bands for a 60 km/h cell (Crash Avoidance – Frontal Collisions
/// v1.1 §5.2, the rating calculator: Green avoided, Yellow up to 10 km/h, Orange up to 20, Brown up to 30, Red above),
/// and pass/fail cases whose failures and deductions are written out.
/// </summary>
public sealed class SeededScoresTests
{
    private static ScenarioResult Run(string name, float? impactKph, params string[] failures) => new()
    {
        Scenario = name,
        Collided = impactKph is not null,
        ImpactSpeedKph = impactKph,
        MinGapM = impactKph is null ? 2f : 0f,
        StopGapM = impactKph is null ? 2f : null,
        FirstWarningS = 1f,
        FirstBrakeS = 2f,
        MaxDecelMps2 = 9f,
        MaxBrakeRequestMps2 = 9f,
        MaxSpeedKph = 60f,
        TorqueLimitedS = 0f,
        EndTimeS = 5f,
        Diagnostics = DiagnosticCode.None,
        FaultDetectionCycles = [],
        Failures = failures,
        Trace = [],
    };

    /// <summary>A 60 km/h standard-range cell judged on the 2026 bands, a cell of its own (no group, no robustness run).</summary>
    private static ScenarioDefinition Cell60() => ScenarioCatalog.Builtin.Entries.Select(e => e.Scenario).First(s =>
        s.Cell is { Criterion: CellCriterion.Bands2026, Range: CellRange.Standard, TestSpeedKph: 60f, Group: null, Robustness: null });

    [Fact]
    public void A_graded_cell_green_in_its_first_seed_is_shown_and_scored_by_its_worst_seed()
    {
        var cell = Cell60();
        // Seeds: avoided (Green), 8 km/h (Yellow), 25 km/h (Brown), 15 km/h (Orange). Every run meets its expectations
        // (a graded cell expects no particular impact speed): the old choice, the first failing run, showed seed 0.
        var runs = new[] { Run(cell.Name, null), Run(cell.Name, 8f), Run(cell.Name, 25f), Run(cell.Name, 15f) };
        Assert.All(runs, r => Assert.True(r.Passed));

        var seeded = SeededScores.Of([cell], runs, 4);

        Assert.Same(runs[2], seeded.Results[0]);
        Assert.False(seeded.Scores[0].Passed);
        Assert.Equal(0.25, seeded.CasePassRates[0], 6);
        Assert.Equal(0.25, seeded.PassRate, 6);
        var (card, protocols) = SuiteScoring.Score("t", [cell], seeded.Results, seeded.Scores);
        var outcome = Assert.Single(protocols.SelectMany(p => p.CellOutcomes));
        Assert.Equal(Colour.Brown, outcome.Colour);
        Assert.False(card.Cases[0].Passed);
        Assert.Equal(0.25f * card.Cases[0].MaxPoints, card.Cases[0].Points, 4);
    }

    [Fact]
    public void A_graded_cell_green_in_every_seed_is_shown_by_its_first_seed_and_passes()
    {
        var cell = Cell60();
        var runs = new[] { Run(cell.Name, null), Run(cell.Name, null), Run(cell.Name, null) };
        var seeded = SeededScores.Of([cell], runs, 3);
        Assert.Same(runs[0], seeded.Results[0]);
        Assert.True(seeded.Scores[0].Passed);
        Assert.Equal(1.0, seeded.CasePassRates[0], 6);
    }

    [Fact]
    public void Among_equal_colours_the_first_seed_is_shown()
    {
        var cell = Cell60();
        // 12 and 18 km/h are both Orange (10 < v ≤ 20).
        var runs = new[] { Run(cell.Name, null), Run(cell.Name, 12f), Run(cell.Name, 18f) };
        var seeded = SeededScores.Of([cell], runs, 3);
        Assert.Same(runs[1], seeded.Results[0]);
        Assert.Equal(1.0 / 3.0, seeded.CasePassRates[0], 6);
    }

    [Fact]
    public void A_pass_fail_case_is_shown_by_a_failing_seed_before_one_that_only_lost_points()
    {
        Assert.True(ScenarioCatalog.Builtin.TryGet("curve-stopped-80-r150-right", out var c));
        var scenario = c with { Cell = null };
        // Seed 0 passes with nothing lost; seed 1 passes but stopped 12 m short (braked harder than needed: 10 % of the
        // case, CaseScorer.FarShortM 8 m); seed 2 fails; seed 3 fails too.
        var runs = new[]
        {
            Run(scenario.Name, null),
            new ScenarioResult
            {
                Scenario = scenario.Name, Collided = false, MinGapM = 12f, StopGapM = 12f, FirstWarningS = 1f, FirstBrakeS = 2f,
                MaxDecelMps2 = 9f, MaxBrakeRequestMps2 = 9f, MaxSpeedKph = 80f, TorqueLimitedS = 0f, EndTimeS = 5f,
                Diagnostics = DiagnosticCode.None, FaultDetectionCycles = [], Failures = [], Trace = [],
            },
            Run(scenario.Name, 20f, "collided"),
            Run(scenario.Name, 30f, "collided"),
        };

        var seeded = SeededScores.Of([scenario], runs, 4);
        Assert.Same(runs[2], seeded.Results[0]);
        Assert.False(seeded.Scores[0].Passed);
        Assert.Equal(0.5, seeded.CasePassRates[0], 6);
        // Points: the mean over seeds of 1 (seed 0), 0.9 (seed 1: 10 % deducted), 0 and 0 = 0.475 of the case's 1 point.
        Assert.Equal(0.475f * scenario.Score.Points, seeded.Scores[0].Points, 4);
        Assert.Contains(seeded.Scores[0].Failures, f => f.StartsWith("passed 2 of 4 seeds; seed " + (scenario.Seed + 2), StringComparison.Ordinal));

        // Without a failing seed, the seed that lost points is shown.
        var passing = SeededScores.Of([scenario], [runs[0], runs[1]], 2);
        Assert.Same(runs[1], passing.Results[0]);
        Assert.True(passing.Scores[0].Passed);
    }
}
