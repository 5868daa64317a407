using System.Diagnostics;
using System.Runtime.InteropServices;

namespace AebController.Timing.Tests;

/// <summary>
/// CPU time consumed by the calling thread (CLOCK_THREAD_CPUTIME_ID). A step's execution time measured
/// this way excludes the time the VM or the scheduler took the core away, so a budget on it holds on a
/// loaded shared machine; wall-clock distributions belong to the benchmark and `aeb timing`.
/// Falls back to the wall clock where the call does not exist.
/// </summary>
public static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);

    public static bool IsThreadCpuTime { get; } = OperatingSystem.IsLinux();

    public static long NowNs()
    {
        if (IsThreadCpuTime && ClockGetTime(ClockThreadCpuTimeId, out var ts) == 0)
        {
            return ts.Seconds * 1_000_000_000 + ts.Nanoseconds;
        }

        return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
    }
}
