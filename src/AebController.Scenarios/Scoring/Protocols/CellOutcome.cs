using AebController.Scenarios.Model;

namespace AebController.Scenarios.Scoring.Protocols;

/// <summary>
/// One grid cell as its document judges it: colour (Euro NCAP) or pass/fail (regulations), and its points.
/// <see cref="Group"/> names the cell when several runs test it (UN/GB repetitions, Euro NCAP CCCscp's two approach sides);
/// <see cref="Robustness"/> marks a robustness verification run of a Euro NCAP 2026 cell (judged against its nominal cell, no points of its own).
/// </summary>
public sealed record CellOutcome(
    string Case,
    string Protocol,
    string Chapter,
    string Scenario,
    string? Clause,
    float TestSpeedKph,
    string Row,
    float TargetSpeedKph,
    float? ImpactLocationPct,
    string Column,
    CellRange Range,
    CellCriterion Criterion,
    float? RelativeImpactSpeedKph,
    Colour? Colour,
    bool Passed,
    float Points,
    float MaxPoints,
    string Why,
    string? Group = null,
    RobustnessRunDefinition? Robustness = null);
