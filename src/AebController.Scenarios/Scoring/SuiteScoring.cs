using AebController.Scenarios.Model;
using AebController.Scenarios.Running;
using AebController.Scenarios.Scoring.Protocols;

namespace AebController.Scenarios.Scoring;

/// <summary>
/// Scores a suite run: cases that fill a protocol grid cell are scored as their document scores them
/// (<see cref="ProtocolScorer"/>), every other case by <see cref="CaseScorer"/>. A protocol suite's
/// totals are then protocol points; the per-case scores carry each cell's points out of its maximum.
/// </summary>
public static class SuiteScoring
{
    public static (Scorecard Card, IReadOnlyList<ProtocolScorecard> Protocols) Score(string suite, IReadOnlyList<ScenarioDefinition> cases,
        IReadOnlyList<ScenarioResult> results, IReadOnlyList<CaseScore>? caseScores = null)
    {
        var protocols = ProtocolScorer.Score(cases, results);
        var cells = protocols.SelectMany(p => p.CellOutcomes).ToDictionary(c => c.Case, StringComparer.Ordinal);
        var scores = new List<CaseScore>(cases.Count);
        for (int i = 0; i < cases.Count; i++)
        {
            var s = cases[i];
            if (!cells.TryGetValue(s.Name, out var cell))
            {
                scores.Add(caseScores?[i] ?? CaseScorer.Score(s, results[i]));
                continue;
            }

            bool pointScored = cell.Protocol.StartsWith("euro-ncap", StringComparison.Ordinal);
            IReadOnlyList<string> failures = cell.Passed ? [] : [cell.Colour is Colour c ? $"{c}: {cell.Why}" : cell.Why];
            // Consumer-test cells only earn or lose points; regulation cells are mandatory.
            scores.Add(new CaseScore(s.Name, s.Tags, !pointScored && cell.Criterion != CellCriterion.BaselineRun && s.Score.Mandatory,
                cell.Passed, cell.Points, [], cell.MaxPoints, failures));
        }

        // A suite of one document's cells totals in that document's points: the grids' extended ranges are stepped to
        // 0/50/75/100 % and gates zero chapters, which the per-case linear shares do not show. The total (and so
        // --min-score and scorePercent) is the protocol's score over its maximum, as the JSON's score and maxScore.
        var card = Scorecard.Of(suite, scores);
        if (protocols.Count == 1 && cases.Count > 0 && cases.All(c => c.Cell is not null))
        {
            card = card with { Total = card.Total with { Score = protocols[0].Score, MaxScore = protocols[0].MaxScore } };
        }

        return (card, protocols);
    }
}
