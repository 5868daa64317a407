namespace AebController.Scenarios.Scoring.Protocols;

/// <summary>One scenario's grid: its cells and its points per range after the protocol's rules.</summary>
public sealed record GridScore(
    string Protocol,
    string Chapter,
    string Scenario,
    float Points,
    float MaxPoints,
    float StandardPoints,
    float StandardMax,
    float ExtendedPoints,
    float ExtendedMax,
    int Cells,
    int Failed,
    IReadOnlyList<CellOutcome> Grid);
