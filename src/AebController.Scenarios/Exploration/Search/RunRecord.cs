namespace AebController.Scenarios.Exploration.Search;

/// <summary>
/// One generated run as the campaign store keeps it: where in the space it was, what happened,
/// its margins, its robustness (negative = failed) and its score.
/// </summary>
public sealed class RunRecord
{
    public required long Index { get; init; }
    public required int Block { get; init; }

    /// <summary>False when the point broke a constraint of the space: nothing was run.</summary>
    public required bool Valid { get; init; }
    public bool Failed { get; init; }
    public string Kind { get; init; } = FailureKind.None;
    public bool Collided { get; init; }
    public string CollidedWith { get; init; } = "";
    public float ImpactKph { get; init; }
    public float MinGapM { get; init; } = float.PositiveInfinity;
    public float MinTtcS { get; init; } = float.PositiveInfinity;
    public float FirstWarningS { get; init; } = float.NaN;
    public float FirstBrakeS { get; init; } = float.NaN;
    public float MaxBrakeMps2 { get; init; }

    /// <summary>Distance from failing, in the units of the margin that drives it (m of gap, km/h of impact).</summary>
    public double Robustness { get; init; } = double.PositiveInfinity;
    public float Score { get; init; }
    public float MaxScore { get; init; }

    /// <summary>The first expectation that failed, as the runner words it.</summary>
    public string Failure { get; init; } = "";

    /// <summary>Search coordinates in [0, 1) per parameter.</summary>
    public required double[] Search { get; init; }

    /// <summary>Parameter values (a set's value as its index).</summary>
    public required double[] Values { get; init; }
}
