namespace AebController.Scenarios.Scoring.Protocols;

/// <summary>
/// One scenario's grid: its cells and its points per range after the protocol's rules; robustness points (Euro NCAP 2026,
/// only where the suite runs the scenario's robustness verification) beside them, not in <see cref="Points"/>.
/// </summary>
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
    IReadOnlyList<CellOutcome> Grid,
    float RobustnessPoints = 0f,
    float RobustnessMax = 0f,
    string? RobustnessWhy = null);
