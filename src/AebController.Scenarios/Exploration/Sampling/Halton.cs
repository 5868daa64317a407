namespace AebController.Scenarios.Exploration.Sampling;

/// <summary>
/// The Halton low-discrepancy sequence (radical inverses in the first primes), rotated by a
/// seed-derived shift per dimension (Cranley–Patterson) so different seeds cover the cube
/// differently while each keeps the sequence's even spread.
/// </summary>
public static class Halton
{
    private static readonly int[] Primes =
    [
        2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97,
        101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173,
    ];

    public static int MaxDimensions => Primes.Length;

    /// <summary>Radical inverse of <paramref name="index"/> in <paramref name="radix"/>: the digits mirrored behind the point.</summary>
    public static double RadicalInverse(long index, int radix)
    {
        double result = 0, scale = 1.0 / radix;
        while (index > 0)
        {
            result += (index % radix) * scale;
            index /= radix;
            scale /= radix;
        }

        return result;
    }

    /// <summary>Point <paramref name="index"/> of the seeded sequence, written into <paramref name="point"/> (values in [0, 1)).</summary>
    public static void Point(ulong seed, long index, Span<double> point)
    {
        if (point.Length > Primes.Length) throw new ArgumentException($"Halton supports at most {Primes.Length} dimensions");
        var shift = SplitMix64.For(seed, 0x4A17_0000UL, 0);
        for (int d = 0; d < point.Length; d++)
        {
            double v = RadicalInverse(index + 1, Primes[d]) + shift.NextDouble();
            point[d] = v >= 1.0 ? v - 1.0 : v;
        }
    }
}
