namespace AebController.Scenarios.Scoring.Protocols;

/// <summary>
/// One row of a colour-band table: each colour up to its bound of impact speed, the last unbounded.
/// Euro NCAP 2026 closes a band at its upper bound ("Yellow 0 &lt; v ≤ 10"); the 2023 tables close it
/// below ("Green v &lt; 5, Yellow 5 ≤ v &lt; 15").
/// </summary>
public sealed class BandTable
{
    private readonly (Colour Colour, float UpperKph)[] _bands;

    public BandTable(bool upperInclusive, params (Colour Colour, float UpperKph)[] bands)
    {
        if (bands.Length == 0 || !float.IsPositiveInfinity(bands[^1].UpperKph))
        {
            throw new ArgumentException("the last band must be unbounded", nameof(bands));
        }

        UpperInclusive = upperInclusive;
        _bands = bands;
    }

    public bool UpperInclusive { get; }

    public IReadOnlyList<(Colour Colour, float UpperKph)> Bands => _bands;

    /// <summary>The band an impact speed falls in, with no tolerance (the "true colour").</summary>
    public Colour Of(float impactKph)
    {
        foreach (var (colour, upper) in _bands)
        {
            if (UpperInclusive ? impactKph <= upper : impactKph < upper) return colour;
        }

        return _bands[^1].Colour;
    }

    /// <summary>The lowest and highest impact speed of a colour's band, or null when the row has no such colour.</summary>
    public (float LowerKph, float UpperKph)? Bounds(Colour colour)
    {
        float lower = float.NegativeInfinity;
        foreach (var (c, upper) in _bands)
        {
            if (c == colour) return (lower, upper);
            lower = upper;
        }

        return null;
    }
}
