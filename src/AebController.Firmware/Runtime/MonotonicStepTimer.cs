using System.Diagnostics;

namespace AebController.Firmware.Runtime;

/// <summary>The wall-clock step timer: Stopwatch (CLOCK_MONOTONIC on Linux), converted to nanoseconds.</summary>
public sealed class MonotonicStepTimer : IStepTimer
{
    private static readonly double NsPerTick = 1e9 / Stopwatch.Frequency;

    public static MonotonicStepTimer Instance { get; } = new();

    public long TimestampNs() => (long)(Stopwatch.GetTimestamp() * NsPerTick);
}
