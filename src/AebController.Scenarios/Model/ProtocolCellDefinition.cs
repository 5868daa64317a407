namespace AebController.Scenarios.Model;

/// <summary>
/// Where a case sits in a protocol's or regulation's test grid and how that document judges it:
/// the grid row (test speed), the column (impact location, or a named column such as a load
/// condition), standard or extended range, and the criterion. See docs/conformance.md.
/// </summary>
public sealed record ProtocolCellDefinition
{
    /// <summary>The document: euro-ncap-2026, euro-ncap-2023, un-r152, un-r175, gb-39901-2025, fmvss-127.</summary>
    public required string Protocol { get; init; }

    /// <summary>Chapter of the scorecard, for example "Frontal Collisions / Car & PTW / Longitudinal".</summary>
    public required string Chapter { get; init; }

    /// <summary>The protocol's scenario (grid) name, for example "CCRs".</summary>
    public required string Scenario { get; init; }

    /// <summary>Grid row: the VUT (ego) test speed.</summary>
    public float TestSpeedKph { get; init; }

    /// <summary>Grid row when it is not the test speed, for example "1.0 m".</summary>
    public string? Row { get; init; }

    /// <summary>Target speed, for the relative impact speed.</summary>
    public float TargetSpeedKph { get; init; }

    /// <summary>Grid column as impact location, % of the VUT width from its right edge (Euro NCAP 2026) or overlap (2023).</summary>
    public float? ImpactLocationPct { get; init; }

    /// <summary>Grid column when it is not an impact location, for example "running order".</summary>
    public string? Column { get; init; }

    public CellRange Range { get; init; } = CellRange.Standard;

    public CellCriterion Criterion { get; init; } = CellCriterion.PassFail;

    /// <summary>Weight of the cell's test speed (Euro NCAP 2023 points per test speed; 100 % overlap counts twice).</summary>
    public float Weight { get; init; } = 1f;

    /// <summary>Name of the comparison run (without the system, or without the pedal input) the criterion needs.</summary>
    public string? Baseline { get; init; }

    /// <summary>Cases of one group are repetitions of one test; the group passes at this pass rate (GB 39901-2025 robustness).</summary>
    public string? Group { get; init; }

    public float PassRate { get; init; } = 1f;

    /// <summary>A robustness verification run of a Euro NCAP 2026 cell; absent for the grid's own cells.</summary>
    public RobustnessRunDefinition? Robustness { get; init; }
}
