using AebController.Scenarios.Model;
using AebController.Scenarios.Running;
using AebController.Scenarios.Scoring;

namespace AebController.Cli.Commands;

/// <summary>
/// Folds N seeded runs of each case into one scored case: it passes only when every seed passed,
/// its points are the mean over the seeds, and the run shown (report, failures) is the first
/// failing seed, else the first seed.
/// </summary>
public sealed record SeededScores(IReadOnlyList<ScenarioResult> Results, IReadOnlyList<CaseScore> Scores, IReadOnlyList<double> CasePassRates, double PassRate)
{
    public static SeededScores Of(IReadOnlyList<ScenarioDefinition> cases, IReadOnlyList<ScenarioResult> runs, int seeds)
    {
        var results = new ScenarioResult[cases.Count];
        var scores = new CaseScore[cases.Count];
        var rates = new double[cases.Count];
        int passedRuns = 0;
        for (int i = 0; i < cases.Count; i++)
        {
            int shown = -1;
            int passed = 0;
            float points = 0f;
            var perSeed = new CaseScore[seeds];
            for (int k = 0; k < seeds; k++)
            {
                var run = runs[i * seeds + k];
                perSeed[k] = CaseScorer.Score(cases[i], run);
                points += perSeed[k].Points;
                if (run.Passed) passed++;
                else if (shown < 0) shown = k;
            }

            if (shown < 0) shown = 0;
            passedRuns += passed;
            rates[i] = (double)passed / seeds;
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

        return new SeededScores(results, scores, rates, runs.Count == 0 ? 1.0 : (double)passedRuns / runs.Count);
    }
}
