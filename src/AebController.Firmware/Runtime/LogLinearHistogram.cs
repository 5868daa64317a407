namespace AebController.Firmware.Runtime;

/// <summary>
/// Histogram of non-negative values in fixed storage: exact below 32, then 32 buckets per power of
/// two (at most about 3 % relative error), up to 2^40. Recording is O(1) and allocates nothing, so
/// the loop can keep one for execution time and one for wake-up latency.
/// </summary>
public sealed class LogLinearHistogram
{
    private const int SubBuckets = 32;
    private const int SubBits = 5;
    private const int MaxExponent = 40;
    public const int BucketCount = SubBuckets + (MaxExponent - SubBits) * SubBuckets;

    private readonly long[] _counts = new long[BucketCount];

    public long Count { get; private set; }
    public long Min { get; private set; } = long.MaxValue;
    public long Max { get; private set; } = long.MinValue;
    public long Sum { get; private set; }

    public void Reset()
    {
        Array.Clear(_counts);
        Count = 0;
        Min = long.MaxValue;
        Max = long.MinValue;
        Sum = 0;
    }

    public void Record(long value)
    {
        if (value < 0) value = 0;
        _counts[IndexOf(value)]++;
        Count++;
        Sum += value;
        if (value < Min) Min = value;
        if (value > Max) Max = value;
    }

    public double Mean => Count == 0 ? 0 : (double)Sum / Count;

    /// <summary>The value at or below which <paramref name="fraction"/> of the samples fall (upper edge of its bucket, capped at the maximum).</summary>
    public long Percentile(double fraction)
    {
        if (Count == 0) return 0;
        long rank = Math.Max(1, (long)Math.Ceiling(fraction * Count));
        long seen = 0;
        for (int i = 0; i < BucketCount; i++)
        {
            seen += _counts[i];
            if (seen >= rank) return Math.Min(UpperBound(i), Max);
        }

        return Max;
    }

    public int Buckets => BucketCount;

    public long CountAt(int bucket) => _counts[bucket];

    public static long LowerBound(int bucket)
    {
        if (bucket < SubBuckets) return bucket;
        int exponent = bucket / SubBuckets - 1 + SubBits;
        int sub = bucket % SubBuckets;
        return (1L << exponent) + ((long)sub << (exponent - SubBits));
    }

    public static long UpperBound(int bucket) => bucket + 1 < BucketCount ? LowerBound(bucket + 1) - 1 : long.MaxValue;

    public static int IndexOf(long value)
    {
        if (value < SubBuckets) return (int)value;
        int exponent = 63 - System.Numerics.BitOperations.LeadingZeroCount((ulong)value);
        if (exponent >= MaxExponent) return BucketCount - 1;
        int sub = (int)((value >> (exponent - SubBits)) & (SubBuckets - 1));
        return (exponent - SubBits + 1) * SubBuckets + sub;
    }
}
