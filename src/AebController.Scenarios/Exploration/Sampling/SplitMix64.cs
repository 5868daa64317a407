namespace AebController.Scenarios.Exploration.Sampling;

/// <summary>
/// A tiny deterministic random stream (SplitMix64): every draw is a pure function of the seed
/// and the draws before it, so a campaign's samples depend only on (space, seed, index).
/// </summary>
public struct SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>A stream for one (seed, stream, index) triple, decorrelated by mixing.</summary>
    public static SplitMix64 For(ulong seed, ulong stream, ulong index) =>
        new(Mix(Mix(seed ^ 0x9E37_79B9_7F4A_7C15UL) ^ Mix(stream + 0x632B_E59B_D9B4_E019UL) ^ index * 0xD1B5_4A32_D192_ED03UL));

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextUInt64()
    {
        _state += 0x9E37_79B9_7F4A_7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform in (0, 1), never exactly 0 or 1 (safe for inverse CDFs).</summary>
    public double NextDouble() => ((NextUInt64() >> 11) + 0.5) * (1.0 / (1UL << 53));

    /// <summary>Standard normal draw (Box–Muller, one value per call: simple and deterministic).</summary>
    public double NextGaussian()
    {
        double u1 = NextDouble();
        double u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
