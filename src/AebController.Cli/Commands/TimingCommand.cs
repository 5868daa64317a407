using System.CommandLine;
using System.Globalization;
using System.Runtime;
using AebController.Cli.Output;
using AebController.Emulation.Load;
using AebController.Firmware.Calibration;
using AebController.Firmware.Runtime;
using AebController.Firmware.Runtime.RealTime;

namespace AebController.Cli.Commands;

/// <summary>
/// `aeb timing`: the firmware loop in real time on the emulated backend under the worst-case load;
/// prints execution-time and wake-up-latency distributions, compares with cyclictest where it is
/// installed, and exits 1 if a deadline was missed or a step overran its budget.
/// </summary>
public static class TimingCommand
{
    public static Command Create(CliContext context)
    {
        var period = new Option<double>("--period") { Description = "Cycle period in ms", DefaultValueFactory = _ => 10.0 };
        var duration = new Option<double>("--duration") { Description = "Run time in seconds", DefaultValueFactory = _ => 30.0 };
        var json = new Option<bool>("--json") { Description = "Print the statistics as one JSON object" };
        var noWarmup = new Option<bool>("--no-warmup") { Description = "Arm the loop cold, without running the step first (to see what warm-up buys)" };
        var spin = new Option<long>("--spin-us") { Description = "Spin this many µs before each deadline instead of sleeping", DefaultValueFactory = _ => 0 };
        var priority = new Option<int>("--priority") { Description = "SCHED_FIFO priority (0: normal scheduling)", DefaultValueFactory = _ => 80 };
        var cpu = new Option<int>("--cpu") { Description = "Pin the loop to this CPU (-1: no pinning)", DefaultValueFactory = _ => -1 };
        var budget = new Option<long>("--budget-us") { Description = "Step budget in µs (default: a fifth of the period)" };
        var noCyclictest = new Option<bool>("--no-cyclictest") { Description = "Do not run cyclictest even if installed" };
        var command = new Command("timing", "Measure the real-time loop: step time, wake-up latency, overruns; compare with cyclictest")
        {
            period, duration, json, noWarmup, spin, priority, cpu, budget, noCyclictest,
        };
        command.SetAction(parse =>
        {
            double periodMs = parse.GetValue(period);
            double durationS = parse.GetValue(duration);
            if (!(periodMs >= 1 && periodMs <= 100)) throw OptionCheck.Refuse(parse, period, "a period between 1 and 100 ms");
            if (!(durationS > 0 && durationS <= 3600)) throw OptionCheck.Refuse(parse, duration, "a run time above 0 and at most 3600 s");
            long periodUs = (long)Math.Round(periodMs * 1000);
            int fifo = parse.GetValue(priority);
            if (fifo is < 0 or > 99) throw OptionCheck.Refuse(parse, priority, "0 (normal scheduling) or a SCHED_FIFO priority from 1 to 99");
            int cpuIndex = parse.GetValue(cpu);
            if (cpuIndex < -1 || cpuIndex >= Environment.ProcessorCount)
            {
                throw OptionCheck.Refuse(parse, cpu, $"-1 (no pinning) or a CPU of this machine (0–{Environment.ProcessorCount - 1})");
            }

            long spinUs = parse.GetValue(spin);
            if (spinUs < 0 || spinUs >= periodUs) throw OptionCheck.Refuse(parse, spin, $"0 to {periodUs - 1} µs (shorter than the {periodUs} µs period)");
            long budgetUs = periodUs / 5;
            if (parse.GetResult(budget) is not null)
            {
                budgetUs = parse.GetValue(budget);
                if (budgetUs < 1 || budgetUs > periodUs) throw OptionCheck.Refuse(parse, budget, $"1 to {periodUs} µs (at most the period)");
            }

            var options = new RealTimeOptions { FifoPriority = fifo, Cpu = cpuIndex, SpinUs = spinUs };
            var stop = context.Stop;
            stop.Claim();
            long expectedCycles = Math.Max(1, (long)(durationS * 1e6 / periodUs));
            var counter = new CycleCounter();
            Measurement result;
            using (new ProgressReporter(context.Error, context.ErrorIsTerminal, "aeb timing", () => (Volatile.Read(ref counter.Done), expectedCycles), " cycles"))
            {
                result = Measure(periodUs, durationS, budgetUs, options, warmUp: !parse.GetValue(noWarmup), stop.Token, counter);
            }

            LogLinearHistogram? cyclic = null;
            string cyclicNote = "cyclictest not run (--no-cyclictest)";
            if (stop.Requested)
            {
                cyclicNote = "cyclictest not run (interrupted)";
            }
            else if (!parse.GetValue(noCyclictest))
            {
                string? path = CyclictestRunner.Locate();
                if (path is null)
                {
                    cyclicNote = "cyclictest not installed (Debian package rt-tests)";
                }
                else
                {
                    var clock = System.Diagnostics.Stopwatch.StartNew();
                    using (new ProgressReporter(context.Error, context.ErrorIsTerminal, "cyclictest", () => ((long)clock.Elapsed.TotalSeconds, (long)Math.Ceiling(durationS)), " s"))
                    {
                        (cyclic, cyclicNote) = CyclictestRunner.Run(path, periodUs, durationS, options.FifoPriority, options.Cpu, stop.Token);
                    }
                }
            }

            var stats = result.Statistics;
            var exec = TimingSummary.From(stats.ExecutionNs, 1000.0);
            var wake = TimingSummary.From(stats.WakeLatencyUs);
            var cyclicSummary = cyclic is null ? null : TimingSummary.From(cyclic);
            double? ratio = cyclicSummary is { P999: > 0 } ? wake.P999 / cyclicSummary.P999 : null;
            bool failed = stats.DeadlineMisses > 0 || stats.Overruns > 0;
            string? interruption = stop.Requested
                ? $"interrupted by {stop.SignalName} after {stats.Cycles} of {expectedCycles} cycles; the figures are what was measured until then"
                : null;

            if (parse.GetValue(json))
            {
                context.Out.WriteLine(ResultJson.SerializeAny(new
                {
                    periodUs, durationS, budgetUs, cycles = stats.Cycles, plannedCycles = expectedCycles, interrupted = stop.Requested,
                    warmUp = result.WarmedUp,
                    realTime = result.Report,
                    executionUs = exec, wakeLatencyUs = wake,
                    firstCyclesExecutionUs = result.FirstCycles,
                    overruns = stats.Overruns, deadlineMisses = stats.DeadlineMisses, longRunning = stats.LongRunning, slips = stats.Slips,
                    allocatedBytes = result.AllocatedBytes, gcCollections = result.GcCollections,
                    cyclictest = cyclicSummary, cyclictestNote = cyclicNote, wakeLatencyP999RatioToCyclictest = ratio,
                    passed = !failed,
                }));
            }
            else
            {
                if (interruption is not null) context.Out.WriteLine(interruption);
                Print(context, result, exec, wake, cyclic, cyclicSummary, cyclicNote, ratio, periodUs, budgetUs);
            }

            if (interruption is not null)
            {
                context.Error.WriteLine($"aeb: {interruption}");
                return stop.ExitCode;
            }

            return failed ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>An option value refused: names the option, what it takes and what was given, as typed.</summary>
    /// <summary>Cycles measured so far, written by the loop thread, read by the progress display.</summary>
    public sealed class CycleCounter
    {
        public long Done;
    }

    public sealed record Measurement(CycleStatistics Statistics, IReadOnlyList<string> Report, TimingSummary FirstCycles, bool WarmedUp, long AllocatedBytes, int GcCollections);

    /// <summary>Runs the loop on its own thread (so real-time settings touch only it) and returns its accounting.</summary>
    public static Measurement Measure(long periodUs, double durationS, long budgetUs, RealTimeOptions options, bool warmUp,
        CancellationToken stop = default, CycleCounter? counter = null)
    {
        Measurement? result = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = MeasureOnThisThread(periodUs, durationS, budgetUs, options, warmUp, stop, counter ?? new CycleCounter());
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        }, maxStackSize: 1 << 20) { Name = "aeb-control-loop", IsBackground = true };
        thread.Start();
        thread.Join();
        if (failure is not null) throw new InvalidOperationException("the timing loop failed", failure);
        return result!;
    }

    private static Measurement MeasureOnThisThread(long periodUs, double durationS, long budgetUs, RealTimeOptions options, bool warmUp,
        CancellationToken stop, CycleCounter counter)
    {
        var calibration = AebCalibration.Default with { CyclePeriodUs = periodUs };
        var firmware = new AebFirmware(calibration);
        var load = new WorstCaseSensorSource();
        if (warmUp)
        {
            // Run the step until the JIT has promoted it (tiered compilation re-compiles hot methods in the background).
            var warmLoop = new ControlLoop(new VirtualCycleClock(0), load, load, firmware);
            warmLoop.RunCycles(5_000);
            Thread.Sleep(300);
            warmLoop.RunCycles(5_000);
            firmware.Reset();
        }

        GCSettings.LatencyMode = GCLatencyMode.SustainedLowLatency;
        using var clock = new RealTimeCycleClock(options.SpinUs);
        var report = clock.Apply(options);
        var loop = new ControlLoop(clock, load, load, firmware, budgetUs: budgetUs);
        long cycles = Math.Max(1, (long)(durationS * 1e6 / periodUs));
        loop.Start(clock.NowUs + periodUs);

        int firstCount = (int)Math.Min(100, cycles);
        loop.RunCycles(firstCount);
        var first = TimingSummary.From(loop.Statistics.ExecutionNs, 1000.0);

        int gcBefore = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2);
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        // In slices of about 100 ms, so Ctrl-C or SIGTERM stops the loop within a tenth of a second and the
        // figures so far survive. Between slices nothing allocates: the check reads a flag and writes a long.
        long remaining = cycles - firstCount;
        long slice = Math.Max(1, 100_000 / periodUs);
        Volatile.Write(ref counter.Done, loop.Statistics.Cycles);
        while (remaining > 0 && !stop.IsCancellationRequested)
        {
            long n = Math.Min(remaining, slice);
            loop.RunCycles(n);
            remaining -= n;
            Volatile.Write(ref counter.Done, loop.Statistics.Cycles);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        int gcs = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2) - gcBefore;
        return new Measurement(loop.Statistics, report, first, warmUp, allocated, gcs);
    }

    private static void Print(CliContext context, Measurement m, TimingSummary exec, TimingSummary wake, LogLinearHistogram? cyclic,
        TimingSummary? cyclicSummary, string cyclicNote, double? ratio, long periodUs, long budgetUs)
    {
        var s = m.Statistics;
        context.Out.WriteLine($"aeb timing: {s.Cycles} cycles at {periodUs} µs, worst-case load (64+64 radar tracks, 16 camera objects, 12 echoes, every function armed)");
        foreach (string line in m.Report) context.Out.WriteLine("  " + line);
        context.Out.WriteLine($"  warm-up before arming: {(m.WarmedUp ? "yes" : "no")}; first {m.FirstCycles.Count} cycles: step median {F(m.FirstCycles.Median)} µs, max {F(m.FirstCycles.Max)} µs");

        var table = new TextTable("µs", "min", "median", "p99", "p99.9", "p99.99", "max", "mean");
        AddRow(table, "step execution", exec);
        AddRow(table, "wake-up latency", wake);
        if (cyclicSummary is not null) AddRow(table, "cyclictest latency", cyclicSummary);
        table.Write(context.Out, context.OutIsTerminal);

        var bands = new TextTable("band", "step", "wake-up", "cyclictest");
        long[] e = TimingSummary.Bands(s.ExecutionNs, 1000.0);
        long[] w = TimingSummary.Bands(s.WakeLatencyUs, 1.0);
        long[]? c = cyclic is null ? null : TimingSummary.Bands(cyclic, 1.0);
        for (int i = 0; i < e.Length; i++)
        {
            bands.AddRow(TimingSummary.BandLabel(i), e[i].ToString(CultureInfo.InvariantCulture), w[i].ToString(CultureInfo.InvariantCulture),
                c is null ? "-" : c[i].ToString(CultureInfo.InvariantCulture));
        }

        bands.Write(context.Out, context.OutIsTerminal);
        context.Out.WriteLine($"overruns (step > {budgetUs} µs): {s.Overruns}; deadline misses: {s.DeadlineMisses}; long-running (> 1.2 periods): {s.LongRunning}; slips: {s.Slips}");
        context.Out.WriteLine($"allocated after the first cycles: {m.AllocatedBytes} B; garbage collections: {m.GcCollections}");
        context.Out.WriteLine(cyclicNote);
        if (ratio is double r) context.Out.WriteLine($"wake-up latency p99.9, aeb / cyclictest: {F(wake.P999)} / {F(cyclicSummary!.P999)} µs = {r.ToString("0.00", CultureInfo.InvariantCulture)}");
    }

    private static void AddRow(TextTable table, string name, TimingSummary t) =>
        table.AddRow(name, F(t.Min), F(t.Median), F(t.P99), F(t.P999), F(t.P9999), F(t.Max), F(t.Mean));

    private static string F(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);
}
