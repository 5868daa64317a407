using System.Diagnostics;

namespace AebController.Firmware.Runtime.RealTime;

/// <summary>
/// Wall-clock cycle clock on the monotonic clock. On Linux it sleeps with clock_nanosleep to the
/// absolute deadline (the period never drifts, however long a cycle ran), optionally spinning the
/// last microseconds; elsewhere it falls back to Thread.Sleep plus a spin, so the emulator still
/// runs on Windows and macOS. Start-up settings are applied by <see cref="Apply"/>, each reported.
/// </summary>
public sealed class RealTimeCycleClock : ICycleClock, IDisposable
{
    private readonly bool _linux;
    private readonly long _spinUs;
    private FileStream? _dmaLatency;

    public RealTimeCycleClock(long spinUs = 0)
    {
        _linux = OperatingSystem.IsLinux();
        _spinUs = Math.Max(0, spinUs);
        Kind = _linux ? "clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME)" : "Thread.Sleep + spin (fallback)";
        if (_spinUs > 0) Kind += $", final spin {_spinUs} µs";
    }

    public string Kind { get; }

    public long NowUs
    {
        get
        {
            if (_linux && LinuxNative.ClockGetTime(LinuxNative.ClockMonotonic, out var ts) == 0)
            {
                return ts.Seconds * 1_000_000 + ts.Nanoseconds / 1000;
            }

            return (long)(Stopwatch.GetTimestamp() * (1e6 / Stopwatch.Frequency));
        }
    }

    public void WaitUntil(long deadlineUs)
    {
        long sleepUntil = deadlineUs - _spinUs;
        if (_linux)
        {
            var target = new LinuxNative.TimeSpec { Seconds = sleepUntil / 1_000_000, Nanoseconds = sleepUntil % 1_000_000 * 1000 };
            int rc;
            do
            {
                rc = LinuxNative.ClockNanosleep(LinuxNative.ClockMonotonic, LinuxNative.TimerAbsTime, ref target, IntPtr.Zero);
            }
            while (rc == LinuxNative.Eintr);
        }
        else
        {
            long remainingMs = (sleepUntil - NowUs) / 1000;
            if (remainingMs > 1) Thread.Sleep((int)(remainingMs - 1));
        }

        while (NowUs < deadlineUs)
        {
            Thread.SpinWait(20);
        }
    }

    /// <summary>Applies the options on the calling thread where the OS permits; one line per setting says what happened.</summary>
    public IReadOnlyList<string> Apply(RealTimeOptions options)
    {
        var report = new List<string> { $"sleep: {Kind}" };
        if (!_linux)
        {
            report.Add("SCHED_FIFO, mlockall, affinity, cpu_dma_latency: not available on this OS");
            return report;
        }

        if (options.FifoPriority > 0)
        {
            var param = new LinuxNative.SchedParam { Priority = options.FifoPriority };
            int rc = LinuxNative.SchedSetScheduler(0, LinuxNative.SchedFifo, ref param);
            report.Add(rc == 0 ? $"SCHED_FIFO priority {options.FifoPriority}: applied" : $"SCHED_FIFO priority {options.FifoPriority}: not permitted (errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()}); normal scheduling");
        }
        else
        {
            report.Add("SCHED_FIFO: not requested");
        }

        if (options.LockMemory)
        {
            int rc = LinuxNative.MLockAll(LinuxNative.MclCurrent | LinuxNative.McLFuture);
            report.Add(rc == 0 ? "mlockall: applied" : $"mlockall: not permitted (errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()})");
        }

        if (options.Cpu >= 0 && options.Cpu < 64)
        {
            ulong mask = 1UL << options.Cpu;
            int rc = LinuxNative.SchedSetAffinity(0, 8, ref mask);
            report.Add(rc == 0 ? $"CPU affinity: pinned to CPU {options.Cpu}" : $"CPU affinity {options.Cpu}: refused (errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()})");
        }

        if (options.HoldDmaLatency)
        {
            try
            {
                _dmaLatency = new FileStream("/dev/cpu_dma_latency", FileMode.Open, FileAccess.Write);
                _dmaLatency.Write(new byte[4]);
                _dmaLatency.Flush();
                report.Add("/dev/cpu_dma_latency: held at 0");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                report.Add($"/dev/cpu_dma_latency: not available ({ex.Message})");
            }
        }

        return report;
    }

    public void Dispose()
    {
        _dmaLatency?.Dispose();
        _dmaLatency = null;
    }
}
