namespace AebController.Scenarios.Scoring.Protocols;

/// <summary>A gate condition: when it fails, every point of <see cref="Zeroes"/> is lost. Null <see cref="Held"/>: not assessed by this suite.</summary>
public sealed record GateOutcome(string Name, string Clause, bool? Held, string Detail, string Zeroes);
