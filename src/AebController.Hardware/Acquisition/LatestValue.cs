namespace AebController.Hardware.Acquisition;

/// <summary>
/// Single-writer latest-value slot (a sequence lock): the acquisition thread publishes, the control
/// loop reads the newest complete value without blocking and without allocating. A read that races
/// a write retries a bounded number of times and otherwise keeps the value it had.
/// </summary>
public sealed class LatestValue<T>
    where T : struct
{
    private const int MaxReadAttempts = 8;
    private T _value;
    private int _sequence;

    public void Publish(in T value)
    {
        Interlocked.Increment(ref _sequence); // odd: write in progress
        _value = value;
        Interlocked.Increment(ref _sequence); // even: stable
    }

    /// <summary>Copies the newest value; false when nothing has been published or every attempt raced a write.</summary>
    public bool TryRead(out T value)
    {
        for (int attempt = 0; attempt < MaxReadAttempts; attempt++)
        {
            int before = Volatile.Read(ref _sequence);
            if ((before & 1) != 0) continue;
            value = _value;
            Interlocked.MemoryBarrier();
            if (Volatile.Read(ref _sequence) == before) return before != 0;
        }

        value = default;
        return false;
    }
}
