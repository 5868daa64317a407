using System.Collections.Concurrent;
using System.Diagnostics;

namespace AebController.Scenarios.Exploration.Search;

/// <summary>
/// One campaign worker's window for the watchdog: which run it is in and since when. Runs the watchdog
/// declared timed out (shared by every worker of the campaign) are answered with a timeout verdict
/// instead of being run again, so a block re-run after a hang gives the same records on any worker.
/// </summary>
public sealed class RunWatch
{
    private readonly ConcurrentDictionary<long, byte> _timedOut;
    private readonly object _gate = new();
    private long _index = -1;
    private long _startTicks;

    public RunWatch(ConcurrentDictionary<long, byte> timedOut, TimeSpan bound)
    {
        _timedOut = timedOut;
        Bound = bound;
    }

    /// <summary>Wall-clock time one run may take before it is declared hung.</summary>
    public TimeSpan Bound { get; }

    public bool HasTimedOut(long index) => _timedOut.ContainsKey(index);

    public void Begin(long index)
    {
        lock (_gate)
        {
            _index = index;
            _startTicks = Stopwatch.GetTimestamp();
        }
    }

    public void End()
    {
        lock (_gate) _index = -1;
    }

    /// <summary>The run this worker has been in for longer than the bound, if any; it is recorded as timed out.</summary>
    public long? DeclareOverdue()
    {
        lock (_gate)
        {
            if (_index < 0 || Stopwatch.GetElapsedTime(_startTicks) < Bound) return null;
            _timedOut.TryAdd(_index, 0);
            return _index;
        }
    }
}
