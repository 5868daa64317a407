namespace AebController.Scenarios.Exploration.Spaces;

/// <summary>
/// One dimension of a scenario space: a continuous range [min, max] with a naturalistic
/// distribution, or a set of values (texts or numbers) with naturalistic weights. A set's value
/// is carried as its index.
/// </summary>
public sealed record SpaceParameter
{
    public required string Name { get; init; }
    public double Min { get; init; }
    public double Max { get; init; }
    public Distribution Naturalistic { get; init; } = Distribution.Uniform;

    /// <summary>The set's values as text (numbers written invariantly); null for a range.</summary>
    public string[]? Set { get; init; }

    /// <summary>The set's values as numbers where they are numbers (else the index).</summary>
    public double[]? SetNumbers { get; init; }

    /// <summary>Naturalistic weight of each set value, normalised to sum 1.</summary>
    public double[]? Weights { get; init; }

    /// <summary>Shrinking tries this value first ("no noise where noise is not needed"); null: none.</summary>
    public double? Neutral { get; init; }

    /// <summary>Smallest step shrinking rounds to; null: chosen from the range.</summary>
    public double? Round { get; init; }

    public bool IsSet => Set is not null;

    /// <summary>Value from a search coordinate v in [0, 1): uniform over the range, or equal share per set value.</summary>
    public double FromSearch(double v) =>
        IsSet ? Math.Min(Set!.Length - 1, (int)(v * Set.Length)) : Min + v * (Max - Min);

    /// <summary>Search coordinate of a value (the centre of a set value's share).</summary>
    public double ToSearch(double x) =>
        IsSet ? (x + 0.5) / Set!.Length : Max > Min ? (x - Min) / (Max - Min) : 0.5;

    /// <summary>Value at naturalistic probability u in (0, 1).</summary>
    public double FromNaturalistic(double u)
    {
        if (!IsSet) return Naturalistic.Quantile(u, Min, Max);
        double acc = 0;
        for (int k = 0; k < Weights!.Length; k++)
        {
            acc += Weights[k];
            if (u < acc) return k;
        }

        return Weights.Length - 1;
    }

    /// <summary>Naturalistic density of a value relative to the uniform search density.</summary>
    public double WeightAgainstSearch(double x) =>
        IsSet ? Weights![(int)x] * Set!.Length : Naturalistic.WeightAgainstUniform(x, Min, Max);
}
