namespace AebController.Emulation.Randomness;

/// <summary>
/// xoshiro128** pseudo-random generator. Our own, so a seed gives the same noise on every .NET
/// version and platform (System.Random's algorithm is not a stable contract).
/// </summary>
public struct Xoshiro128
{
    private uint _s0, _s1, _s2, _s3;
    private float _spareGaussian;
    private bool _hasSpare;

    public Xoshiro128(ulong seed)
    {
        // SplitMix64 spreads any seed, including 0, over the whole state.
        ulong z = seed;
        _s0 = (uint)SplitMix(ref z);
        _s1 = (uint)SplitMix(ref z);
        _s2 = (uint)SplitMix(ref z);
        _s3 = (uint)SplitMix(ref z);
        _spareGaussian = 0f;
        _hasSpare = false;
    }

    public uint NextUInt()
    {
        uint result = RotL(_s1 * 5, 7) * 9;
        uint t = _s1 << 9;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotL(_s3, 11);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public float NextFloat() => (NextUInt() >> 8) * (1f / 16777216f);

    /// <summary>Standard normal (Box–Muller, pairs cached).</summary>
    public float NextGaussian()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spareGaussian;
        }

        float u1 = MathF.Max(NextFloat(), 1e-7f);
        float u2 = NextFloat();
        float r = MathF.Sqrt(-2f * MathF.Log(u1));
        float theta = 2f * MathF.PI * u2;
        _spareGaussian = r * MathF.Sin(theta);
        _hasSpare = true;
        return r * MathF.Cos(theta);
    }

    private static uint RotL(uint x, int k) => (x << k) | (x >> (32 - k));

    private static ulong SplitMix(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
