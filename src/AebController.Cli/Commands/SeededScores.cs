using AebController.Scenarios.Model;
using AebController.Scenarios.Running;
using AebController.Scenarios.Scoring;

namespace AebController.Cli.Commands;

/// <summary>
/// Folds N seeded runs of each case into one scored case: it passes only when every seed passed, its points are the
/// mean over the seeds, and the run shown (report, failures, and the protocol cell scored from it) is the worst seed by
/// <see cref="SeedVerdict"/> (the first of equals): a graded cell judged by its colour, any other case by its score.
/// Before, the shown run was the first seed whose expectations failed; a graded cell's expectations hold at any impact
/// speed, so a cell Green in its first seed and Red in another was shown, scored and counted Green.
/// </summary>
/// <param name="ShownSeeds">Per case, the seed of the run shown (the case's own seed plus its seed index).</param>
/// <param name="FailedSeeds">Per case, the seeds that failed, in order: `aeb run &lt;case&gt; --seed S` repeats one alone.</param>
public sealed record SeededScores(IReadOnlyList<ScenarioResult> Results, IReadOnlyList<CaseScore> Scores, IReadOnlyList<double> CasePassRates, double PassRate,
    IReadOnlyList<ulong> ShownSeeds, IReadOnlyList<ulong[]> FailedSeeds)
{
    public static SeededScores Of(IReadOnlyList<ScenarioDefinition> cases, IReadOnlyList<ScenarioResult> runs, int seeds)
    {
        var results = new ScenarioResult[cases.Count];
        var scores = new CaseScore[cases.Count];
        var rates = new double[cases.Count];
        var shownSeeds = new ulong[cases.Count];
        var failedSeeds = new ulong[cases.Count][];
        var bySeed = RunsBySeed(cases, runs, seeds);
        int passedRuns = 0;
        for (int i = 0; i < cases.Count; i++)
        {
            int shown = 0;
            int passed = 0;
            float points = 0f;
            var perSeed = new CaseScore[seeds];
            var worst = default(SeedVerdict);
            var failed = new List<ulong>();
            for (int k = 0; k < seeds; k++)
            {
                var run = runs[i * seeds + k];
                perSeed[k] = CaseScorer.Score(cases[i], run);
                points += perSeed[k].Points;
                var verdict = SeedVerdict.Of(cases[i], run, perSeed[k], bySeed[k]);
                if (verdict.Passed) passed++;
                else failed.Add(unchecked(cases[i].Seed + (ulong)k));
                if (k == 0 || verdict.WorseThan(worst))
                {
                    worst = verdict;
                    shown = k;
                }
            }

            passedRuns += passed;
            rates[i] = (double)passed / seeds;
            shownSeeds[i] = unchecked(cases[i].Seed + (ulong)shown);
            failedSeeds[i] = [.. failed];
            results[i] = runs[i * seeds + shown];
            var s = perSeed[shown];
            float meanPoints = points / seeds;
            var failures = s.Failures;
            if (seeds > 1 && passed < seeds)
            {
                failures = [$"passed {passed} of {seeds} seeds; seed {cases[i].Seed + (ulong)shown}:", .. s.Failures];
            }

            scores[i] = s with
            {
                Passed = passed == seeds,
                EarnedPoints = meanPoints + s.Deductions.Sum(d => d.Points),
                Failures = failures,
            };
        }

        return new SeededScores(results, scores, rates, runs.Count == 0 ? 1.0 : (double)passedRuns / runs.Count, shownSeeds, failedSeeds);
    }

    /// <summary>Seed k's runs of every case by name: a cell is judged against its comparison run of the same seed.</summary>
    private static Dictionary<string, ScenarioResult>[] RunsBySeed(IReadOnlyList<ScenarioDefinition> cases, IReadOnlyList<ScenarioResult> runs, int seeds)
    {
        var bySeed = new Dictionary<string, ScenarioResult>[seeds];
        for (int k = 0; k < seeds; k++)
        {
            bySeed[k] = new Dictionary<string, ScenarioResult>(StringComparer.Ordinal);
            for (int i = 0; i < cases.Count; i++) bySeed[k][cases[i].Name] = runs[i * seeds + k];
        }

        return bySeed;
    }
}
