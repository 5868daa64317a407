namespace AebController.Scenarios.Scoring;

/// <summary>Points taken off a case for a wrong action, and why.</summary>
public sealed record Deduction(string Reason, float Points);
