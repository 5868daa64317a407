using System.Diagnostics;
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
}
