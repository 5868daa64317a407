using AebController.Firmware.Runtime.RealTime;

namespace AebController.Timing.Tests;

/// <summary>The real-time clock keeps its period: absolute deadlines, so lateness never accumulates.</summary>
public class RealTimeClockTests
{
    [Fact]
    public void Over_three_seconds_at_10_ms_the_average_period_is_within_0_1_percent_and_nothing_drifts()
    {
        using var clock = new RealTimeCycleClock();
        const long periodUs = 10_000;
        const int cycles = 300;
        var wakes = new long[cycles];
        long start = clock.NowUs + periodUs;
        for (int k = 0; k < cycles; k++)
        {
            clock.WaitUntil(start + k * periodUs);
            wakes[k] = clock.NowUs;
            // Some work that varies, as a step does.
            Thread.SpinWait(1000 * (k % 7));
        }

        double averagePeriod = (double)(wakes[^1] - wakes[0]) / (cycles - 1);
        Assert.InRange(averagePeriod, periodUs * 0.999, periodUs * 1.001);

        // Lateness of the last cycles is no larger than of the first: it does not accumulate.
        var lateness = wakes.Select((w, k) => w - (start + k * periodUs)).ToArray();
        Assert.All(lateness, l => Assert.True(l >= 0, "woke before its deadline"));
        long medianLate = lateness.Skip(cycles - 50).Order().ElementAt(25);
        Assert.True(medianLate < 2_000, $"median lateness of the last 50 cycles {medianLate} µs");
    }

    [Fact]
    public void Start_up_settings_are_reported_one_line_each_whatever_is_permitted()
    {
        using var clock = new RealTimeCycleClock();
        var report = clock.Apply(new RealTimeOptions { FifoPriority = 0, LockMemory = false, HoldDmaLatency = false });
        Assert.Contains(report, l => l.StartsWith("sleep:", StringComparison.Ordinal));
        Assert.Contains(report, l => l.Contains("SCHED_FIFO", StringComparison.Ordinal));
    }
}
