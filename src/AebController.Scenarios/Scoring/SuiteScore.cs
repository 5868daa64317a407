namespace AebController.Scenarios.Scoring;

/// <summary>Totals of one suite, or of everything.</summary>
public sealed record SuiteScore(string Suite, int Cases, int Passed, int Failed, int MandatoryFailed, float Score, float MaxScore)
{
    public static SuiteScore Of(string suite, IEnumerable<CaseScore> cases)
    {
        var list = cases.ToList();
        int passed = list.Count(c => c.Passed);
        return new SuiteScore(suite, list.Count, passed, list.Count - passed, list.Count(c => c.Mandatory && !c.Passed),
            list.Sum(c => c.Points), list.Sum(c => c.MaxPoints));
    }
}
