using System.Diagnostics;
using AebController.Emulation.Load;
using AebController.Firmware.Calibration;
using AebController.Firmware.Runtime;
using AebController.Firmware.Signals;

namespace AebController.Timing.Tests;

/// <summary>The loop's own accounting is itself tested: an injected slow step and a late wake-up are counted.</summary>
public class LoopAccountingTests
{
    /// <summary>A sensor source whose read takes a chosen time on chosen cycles.</summary>
    private sealed class SlowSource(int slowCycle, long slowUs) : ISensorSource, IActuatorSink
    {
        private readonly WorstCaseSensorSource _inner = new();
        private int _cycle;

        public void Read(SensorFrame frame, long nowUs)
        {
            _inner.Read(frame, nowUs);
            if (_cycle++ == slowCycle)
            {
                long until = Stopwatch.GetTimestamp() + slowUs * Stopwatch.Frequency / 1_000_000;
                while (Stopwatch.GetTimestamp() < until) Thread.SpinWait(10);
            }
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
        var source = new SlowSource(slowCycle: 50, slowUs: 5_000);
        var loop = new ControlLoop(new VirtualCycleClock(0), source, source, new AebFirmware(AebCalibration.Default), budgetUs: 2_000);
        loop.RunCycles(100);
        Assert.Equal(100, loop.Statistics.Cycles);
        Assert.Equal(1, loop.Statistics.Overruns);
        Assert.True(loop.Statistics.ExecMaxNs >= 5_000_000);
    }

    [Fact]
    public void A_late_wake_up_is_counted_in_the_latency_and_as_a_miss_and_a_slip_when_a_period_late()
    {
        var source = new WorstCaseSensorSource();
        var loop = new ControlLoop(new LateClock(lateCycle: 10, lateUs: 12_000), source, source, new AebFirmware(AebCalibration.Default));
        loop.RunCycles(50);
        var s = loop.Statistics;
        Assert.Equal(12_000, s.WakeLatencyMaxUs);
        Assert.Equal(1, s.DeadlineMisses);
        Assert.Equal(1, s.Slips);
        Assert.Equal(1, s.LongRunning);
        Assert.Equal(0, s.Overruns);
    }

    [Fact]
    public void A_moderately_late_wake_up_is_latency_but_not_a_miss()
    {
        var source = new WorstCaseSensorSource();
        var loop = new ControlLoop(new LateClock(lateCycle: 5, lateUs: 3_000), source, source, new AebFirmware(AebCalibration.Default));
        loop.RunCycles(20);
        Assert.Equal(3_000, loop.Statistics.WakeLatencyMaxUs);
        Assert.Equal(0, loop.Statistics.DeadlineMisses);
        Assert.Equal(0, loop.Statistics.Slips);
    }

    [Fact]
    public void Deadlines_advance_by_exactly_one_period_even_after_a_late_cycle()
    {
        var source = new WorstCaseSensorSource();
        var loop = new ControlLoop(new LateClock(lateCycle: 3, lateUs: 25_000), source, source, new AebFirmware(AebCalibration.Default));
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
