namespace AebController.Scenarios.Scoring;

/// <summary>A run of many cases: per-suite totals, the overall total, and every failing case with its reasons.</summary>
public sealed record Scorecard(string Suite, IReadOnlyList<CaseScore> Cases, IReadOnlyList<SuiteScore> Suites, SuiteScore Total)
{
    public static Scorecard Of(string suite, IReadOnlyList<CaseScore> cases)
    {
        var tags = cases.SelectMany(c => c.Suites).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var suites = tags.Select(t => SuiteScore.Of(t, cases.Where(c => c.Suites.Contains(t)))).ToList();
        return new Scorecard(suite, cases, suites, SuiteScore.Of(suite, cases));
    }
}
