namespace AebController.Firmware.Perception;

/// <summary>
/// The car's yaw rate over the last cycles, so that a radar list's lateral velocities can be read against the frame's
/// rotation as the radar's tracker carries it: the list was measured some time ago, and its α-β tracker's lateral velocity
/// trails a rotation that builds up (entering a bend) by <c>radarLateralVelocityLagS</c> of its rate. A fixed ring made at
/// construction; nothing allocated afterwards, work bounded by its capacity.
/// </summary>
public sealed class YawRateHistory
{
    private readonly long[] _timeUs;
    private readonly float[] _yawRps;
    private int _head;
    private int _count;

    /// <param name="capacity">Samples kept (one per cycle): enough for the oldest list still used plus the tracker's lag.</param>
    public YawRateHistory(int capacity)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "expected at least 1 sample");
        _timeUs = new long[capacity];
        _yawRps = new float[capacity];
    }

    public void Reset()
    {
        _head = 0;
        _count = 0;
    }

    /// <summary>Keeps this cycle's yaw rate; a non-finite one is not kept (the older samples answer instead).</summary>
    public void Record(long nowUs, float yawRateRps)
    {
        if (!float.IsFinite(yawRateRps)) return;
        _timeUs[_head] = nowUs;
        _yawRps[_head] = yawRateRps;
        _head = (_head + 1) % _timeUs.Length;
        if (_count < _timeUs.Length) _count++;
    }

    /// <summary>
    /// The yaw rate of the newest sample taken at or before <paramref name="atUs"/>; the oldest kept where all are newer
    /// (a time beyond the ring), <paramref name="fallbackRps"/> where none is kept.
    /// </summary>
    public float At(long atUs, float fallbackRps)
    {
        if (_count == 0) return fallbackRps;
        int capacity = _timeUs.Length;
        int index = (_head - 1 + capacity) % capacity;
        float oldest = _yawRps[index];
        for (int n = 0; n < _count; n++)
        {
            if (_timeUs[index] <= atUs) return _yawRps[index];
            oldest = _yawRps[index];
            index = (index - 1 + capacity) % capacity;
        }

        return oldest;
    }
}
