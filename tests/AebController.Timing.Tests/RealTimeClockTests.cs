using System.Diagnostics;
using System.Runtime.InteropServices;
using AebController.Firmware.Runtime.RealTime;

namespace AebController.Timing.Tests;

/// <summary>
/// The real-time clock's contract, checked by properties that hold whatever the machine's load: it never
/// wakes before an absolute deadline, and it reads CLOCK_MONOTONIC (the samples' time base). That the
/// period does not drift is a property of absolute deadlines, checked with a controlled clock in
/// <see cref="LoopAccountingTests"/>; how late the wake-ups are on a given machine is measured by the
/// product's `aeb timing` command beside cyclictest (docs/timing.md), not asserted by a unit test.
/// </summary>
public class RealTimeClockTests
{
    [Fact]
    public void It_never_wakes_before_an_absolute_deadline()
    {
        using var clock = new RealTimeCycleClock();
        const long periodUs = 1_000;
        long start = clock.NowUs + periodUs;
        for (int k = 0; k < 30; k++)
        {
            long deadline = start + k * periodUs;
            clock.WaitUntil(deadline);
            long wake = clock.NowUs;
            Assert.True(wake >= deadline, $"cycle {k} woke {deadline - wake} µs early");
        }
    }

    [Fact]
    public void Its_time_base_is_the_monotonic_clock_in_microseconds()
    {
        // Stopwatch on Linux reads CLOCK_MONOTONIC too: read back to back, the clock's microseconds lie
        // between the two Stopwatch readings (monotonic order, not a timing).
        using var clock = new RealTimeCycleClock();
        for (int i = 0; i < 100; i++)
        {
            long before = (long)(Stopwatch.GetTimestamp() * (1e6 / Stopwatch.Frequency));
            long now = clock.NowUs;
            long after = (long)(Stopwatch.GetTimestamp() * (1e6 / Stopwatch.Frequency));
            Assert.InRange(now, before - 1, after + 1);
        }
    }

    [Fact]
    public void With_nothing_requested_it_reports_its_sleep_and_that_fifo_was_not_requested_and_changes_nothing_else()
    {
        using var clock = new RealTimeCycleClock();
        var report = clock.Apply(new RealTimeOptions { FifoPriority = 0, LockMemory = false, HoldDmaLatency = false, Cpu = -1 });
        Assert.Equal(["sleep: clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME)", "SCHED_FIFO: not requested"], report);
    }

    [Fact]
    public void What_it_reports_for_fifo_and_affinity_is_what_the_kernel_then_says_of_the_thread()
    {
        // The oracle is the kernel itself: sched_getscheduler / sched_getparam / sched_getaffinity on the same
        // thread. Whether FIFO is permitted depends on the user; the report must say which, and be true. The
        // thread is a throw-away one, so the test host's threads keep normal scheduling.
        IReadOnlyList<string>? report = null;
        int policy = -1, priority = -1, affinityRc = -1;
        ulong mask = 0;
        var thread = new Thread(() =>
        {
            using var clock = new RealTimeCycleClock();
            report = clock.Apply(new RealTimeOptions { FifoPriority = 1, LockMemory = false, HoldDmaLatency = false, Cpu = 0 });
            policy = SchedGetScheduler(0);
            var param = new SchedParam();
            SchedGetParam(0, ref param);
            priority = param.Priority;
            affinityRc = SchedGetAffinity(0, 8, ref mask);
        });
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(30)), "the thread did not finish");
        Assert.NotNull(report);
        Assert.Equal("sleep: clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME)", report![0]);

        string fifo = Assert.Single(report, l => l.StartsWith("SCHED_FIFO", StringComparison.Ordinal));
        if (fifo == "SCHED_FIFO priority 1: applied")
        {
            Assert.Equal(1, policy);       // SCHED_FIFO
            Assert.Equal(1, priority);
        }
        else
        {
            Assert.StartsWith("SCHED_FIFO priority 1: not permitted (errno ", fifo);
            Assert.Equal(0, policy);       // SCHED_OTHER, unchanged
        }

        string cpu = Assert.Single(report, l => l.StartsWith("CPU affinity", StringComparison.Ordinal));
        Assert.Equal(0, affinityRc);
        if (cpu == "CPU affinity: pinned to CPU 0") Assert.Equal(1UL, mask);
        else Assert.NotEqual(1UL, mask);
        Assert.Equal(3, report.Count);   // sleep, FIFO, affinity: nothing else was requested, nothing else done
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct SchedParam
    {
        public int Priority;
    }

    [DllImport("libc", EntryPoint = "sched_getscheduler")]
    private static extern int SchedGetScheduler(int pid);

    [DllImport("libc", EntryPoint = "sched_getparam")]
    private static extern int SchedGetParam(int pid, ref SchedParam param);

    [DllImport("libc", EntryPoint = "sched_getaffinity")]
    private static extern int SchedGetAffinity(int pid, IntPtr cpuSetSize, ref ulong mask);
}
