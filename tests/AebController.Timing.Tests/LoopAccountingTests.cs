using System.Diagnostics;
using AebController.Emulation.Load;
using AebController.Firmware.Calibration;
using AebController.Firmware.Runtime;
using AebController.Firmware.Signals;

namespace AebController.Timing.Tests;

/// <summary>The loop's own accounting is itself tested: an injected slow step and a late wake-up are counted.</summary>
public class LoopAccountingTests
{
    /// <summary>A step timer on virtual time: it moves only when a test says the step took time.</summary>
    private sealed class VirtualStepTimer : IStepTimer
    {
        public long NowNs { get; set; }
        public long TimestampNs() => NowNs;
    }

    /// <summary>A sensor source whose read takes a chosen (virtual) time on one chosen cycle.</summary>
    private sealed class SlowSource(VirtualStepTimer timer, int slowCycle, long slowNs) : ISensorSource, IActuatorSink
    {
        private readonly WorstCaseSensorSource _inner = new();
        private int _cycle;

        public void Read(SensorFrame frame, long nowUs)
        {
            _inner.Read(frame, nowUs);
            if (_cycle++ == slowCycle) timer.NowNs += slowNs;
        }

        public void Write(in ActuatorCommand command, long nowUs) { }
    }

    /// <summary>A virtual clock that wakes late on one cycle.</summary>
    private sealed class LateClock(int lateCycle, long lateUs) : ICycleClock
    {
        private int _cycle;
        public long NowUs { get; private set; }

        public void WaitUntil(long deadlineUs)
        {
            NowUs = Math.Max(NowUs, deadlineUs) + (_cycle++ == lateCycle ? lateUs : 0);
        }
    }

    [Fact]
    public void A_slow_step_is_counted_as_an_overrun_and_nothing_else_is()
    {
        // Budget 2 ms, period 10 ms: one 5 ms step overruns the budget but still ends before the next deadline.
        var timer = new VirtualStepTimer();
        var source = new SlowSource(timer, slowCycle: 50, slowNs: 5_000_000);
        var loop = new ControlLoop(new VirtualCycleClock(0), source, source, new AebFirmware(AebCalibration.Default), budgetUs: 2_000, stepTimer: timer);
        loop.RunCycles(100);
        var s = loop.Statistics;
        Assert.Equal(100, s.Cycles);
        Assert.Equal(1, s.Overruns);
        Assert.Equal(5_000_000, s.ExecMaxNs);
        Assert.Equal(0, s.ExecMinNs);
        Assert.Equal(0, s.DeadlineMisses);
        Assert.Equal(0, s.LongRunning);
        Assert.Equal(0, s.Slips);
    }

    [Fact]
    public void A_step_exactly_at_its_budget_is_not_an_overrun_and_one_nanosecond_more_is()
    {
        var timer = new VirtualStepTimer();
        var atBudget = new SlowSource(timer, slowCycle: 3, slowNs: 2_000_000);
        var loop = new ControlLoop(new VirtualCycleClock(0), atBudget, atBudget, new AebFirmware(AebCalibration.Default), budgetUs: 2_000, stepTimer: timer);
        loop.RunCycles(10);
        Assert.Equal(0, loop.Statistics.Overruns);

        var over = new SlowSource(timer, slowCycle: 3, slowNs: 2_000_001);
        loop = new ControlLoop(new VirtualCycleClock(0), over, over, new AebFirmware(AebCalibration.Default), budgetUs: 2_000, stepTimer: timer);
        loop.RunCycles(10);
        Assert.Equal(1, loop.Statistics.Overruns);
    }

    [Fact]
    public void A_step_longer_than_the_period_is_an_overrun_a_deadline_miss_and_long_running_but_not_a_slip()
    {
        // 13 ms of a 10 ms period: the output came after the next deadline (a miss) and more than 1.2
        // periods after its own (ArduPilot's long-running); the wake-up itself was on time (no slip).
        var timer = new VirtualStepTimer();
        var source = new SlowSource(timer, slowCycle: 7, slowNs: 13_000_000);
        var loop = new ControlLoop(new VirtualCycleClock(0), source, source, new AebFirmware(AebCalibration.Default), stepTimer: timer);
        loop.RunCycles(20);
        var s = loop.Statistics;
        Assert.Equal(1, s.Overruns);
        Assert.Equal(1, s.DeadlineMisses);
        Assert.Equal(1, s.LongRunning);
        Assert.Equal(0, s.Slips);
    }

    [Fact]
    public void The_product_step_timer_reads_the_monotonic_clock_in_nanoseconds()
    {
        // Stopwatch reads CLOCK_MONOTONIC: back to back, the timer lies between two Stopwatch readings (order, not timing).
        for (int i = 0; i < 100; i++)
        {
            long before = (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
            long now = MonotonicStepTimer.Instance.TimestampNs();
            long after = (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
            Assert.InRange(now, before - 1, after + 1);
        }
    }

    [Fact]
    public void A_late_wake_up_is_counted_in_the_latency_and_as_a_miss_and_a_slip_when_a_period_late()
    {
        // Woken 12 ms late and stepping 1 µs: the output came 12.001 ms after its deadline, past the next
        // deadline (a miss), a whole period late to wake (a slip), more than 1.2 periods (long-running).
        var timer = new VirtualStepTimer();
        var source = new SlowSource(timer, slowCycle: 10, slowNs: 1_000);
        var loop = new ControlLoop(new LateClock(lateCycle: 10, lateUs: 12_000), source, source, new AebFirmware(AebCalibration.Default), stepTimer: timer);
        loop.RunCycles(50);
        var s = loop.Statistics;
        Assert.Equal(12_000, s.WakeLatencyMaxUs);
        Assert.Equal(1, s.DeadlineMisses);
        Assert.Equal(1, s.Slips);
        Assert.Equal(1, s.LongRunning);
        Assert.Equal(0, s.Overruns);
    }

    [Fact]
    public void Ending_exactly_1_2_periods_after_the_deadline_is_not_long_running()
    {
        // ArduPilot's measure is "more than 1.2 periods": 12 ms late with a zero-time step is on the boundary.
        var source = new WorstCaseSensorSource();
        var loop = new ControlLoop(new LateClock(lateCycle: 10, lateUs: 12_000), source, source, new AebFirmware(AebCalibration.Default), stepTimer: new VirtualStepTimer());
        loop.RunCycles(50);
        Assert.Equal(0, loop.Statistics.LongRunning);
        Assert.Equal(1, loop.Statistics.DeadlineMisses);
    }

    [Fact]
    public void A_moderately_late_wake_up_is_latency_but_not_a_miss()
    {
        var source = new WorstCaseSensorSource();
        var loop = new ControlLoop(new LateClock(lateCycle: 5, lateUs: 3_000), source, source, new AebFirmware(AebCalibration.Default), stepTimer: new VirtualStepTimer());
        loop.RunCycles(20);
        Assert.Equal(3_000, loop.Statistics.WakeLatencyMaxUs);
        Assert.Equal(0, loop.Statistics.DeadlineMisses);
        Assert.Equal(0, loop.Statistics.Slips);
    }

    [Fact]
    public void Deadlines_advance_by_exactly_one_period_even_after_a_late_cycle()
    {
        var source = new WorstCaseSensorSource();
        var loop = new ControlLoop(new LateClock(lateCycle: 3, lateUs: 25_000), source, source, new AebFirmware(AebCalibration.Default), stepTimer: new VirtualStepTimer());
        loop.Start(0);
        loop.RunCycles(10);
        Assert.Equal(10 * 10_000, loop.NextDeadlineUs);
    }

    [Fact]
    public void Histogram_percentiles_are_within_their_bucket_error()
    {
        var h = new LogLinearHistogram();
        for (int v = 1; v <= 100_000; v++) h.Record(v);
        Assert.InRange(h.Percentile(0.5), 50_000, 50_000 * 1.04);
        Assert.InRange(h.Percentile(0.999), 99_900, 99_900 * 1.04);
        Assert.Equal(1, h.Min);
        Assert.Equal(100_000, h.Max);
        for (int i = 0; i < LogLinearHistogram.BucketCount - 1; i++)
        {
            Assert.Equal(i, LogLinearHistogram.IndexOf(LogLinearHistogram.LowerBound(i)));
        }
    }
}
