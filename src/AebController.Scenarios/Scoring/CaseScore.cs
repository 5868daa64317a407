namespace AebController.Scenarios.Scoring;

/// <summary>A scored case: points earned before and after deductions, out of its maximum.</summary>
public sealed record CaseScore(string Scenario, IReadOnlyList<string> Suites, bool Mandatory, bool Passed, float EarnedPoints,
    IReadOnlyList<Deduction> Deductions, float MaxPoints, IReadOnlyList<string> Failures)
{
    public float Points => MathF.Max(0f, EarnedPoints - Deductions.Sum(d => d.Points));
}
