namespace AebController.Firmware.Runtime;

/// <summary>
/// Fixed ring of the last cycles. <see cref="Freeze"/> stops recording so an event's history is kept
/// (the event data recorder); nothing grows, nothing is lost to a later overwrite once frozen.
/// </summary>
public sealed class TraceRecorder
{
    private readonly TraceSample[] _ring;
    private long _written;

    public TraceRecorder(int capacity)
    {
        if (capacity <= 0) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "capacity must be positive");
        _ring = new TraceSample[capacity];
    }

    public int Capacity => _ring.Length;
    public bool IsFrozen { get; private set; }

    /// <summary>Samples held, up to the capacity.</summary>
    public int Count => (int)Math.Min(_written, _ring.Length);

    public void Record(in TraceSample sample)
    {
        if (IsFrozen) return;
        _ring[(int)(_written % _ring.Length)] = sample;
        _written++;
    }

    public void Freeze() => IsFrozen = true;

    public void Unfreeze() => IsFrozen = false;

    /// <summary>The i-th held sample, oldest first.</summary>
    public ref readonly TraceSample this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            long first = _written - Count;
            return ref _ring[(int)((first + index) % _ring.Length)];
        }
    }
}
