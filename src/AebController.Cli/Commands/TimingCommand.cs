using System.CommandLine;
using System.Globalization;
using System.Runtime;
using AebController.Cli.Output;
using AebController.Emulation.Load;
using AebController.Firmware.Calibration;
using AebController.Firmware.Runtime;
using AebController.Firmware.Runtime.RealTime;
using Spectre.Console;

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
            if (!(periodMs >= 1 && periodMs <= 100)) throw new UserInputException($"--period must be between 1 and 100 ms, got {periodMs}");
            if (!(durationS > 0 && durationS <= 3600)) throw new UserInputException($"--duration must be between 0 and 3600 s, got {durationS}");
            long periodUs = (long)Math.Round(periodMs * 1000);
            long budgetUs = parse.GetValue(budget) is long b && b > 0 ? b : periodUs / 5;
            var options = new RealTimeOptions { FifoPriority = Math.Clamp(parse.GetValue(priority), 0, 99), Cpu = parse.GetValue(cpu), SpinUs = parse.GetValue(spin) };
            var result = Measure(periodUs, durationS, budgetUs, options, warmUp: !parse.GetValue(noWarmup));

            LogLinearHistogram? cyclic = null;
            string cyclicNote = "cyclictest not run (--no-cyclictest)";
            if (!parse.GetValue(noCyclictest))
            {
                string? path = CyclictestRunner.Locate();
                if (path is null)
                {
                    cyclicNote = "cyclictest not installed (Debian package rt-tests)";
                }
                else
                {
                    (cyclic, cyclicNote) = CyclictestRunner.Run(path, periodUs, durationS, options.FifoPriority, options.Cpu);
                }
            }

            var stats = result.Statistics;
            var exec = TimingSummary.From(stats.ExecutionNs, 1000.0);
            var wake = TimingSummary.From(stats.WakeLatencyUs);
            var cyclicSummary = cyclic is null ? null : TimingSummary.From(cyclic);
            double? ratio = cyclicSummary is { P999: > 0 } ? wake.P999 / cyclicSummary.P999 : null;
            bool failed = stats.DeadlineMisses > 0 || stats.Overruns > 0;

            if (parse.GetValue(json))
            {
                context.Out.WriteLine(ResultJson.SerializeAny(new
                {
                    periodUs, durationS, budgetUs, cycles = stats.Cycles, warmUp = result.WarmedUp,
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
                Print(context, result, exec, wake, cyclic, cyclicSummary, cyclicNote, ratio, periodUs, budgetUs);
            }

            return failed ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }

    public sealed record Measurement(CycleStatistics Statistics, IReadOnlyList<string> Report, TimingSummary FirstCycles, bool WarmedUp, long AllocatedBytes, int GcCollections);

    /// <summary>Runs the loop on its own thread (so real-time settings touch only it) and returns its accounting.</summary>
    public static Measurement Measure(long periodUs, double durationS, long budgetUs, RealTimeOptions options, bool warmUp)
    {
        Measurement? result = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = MeasureOnThisThread(periodUs, durationS, budgetUs, options, warmUp);
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

    private static Measurement MeasureOnThisThread(long periodUs, double durationS, long budgetUs, RealTimeOptions options, bool warmUp)
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
        loop.RunCycles(cycles - firstCount);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        int gcs = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2) - gcBefore;
        return new Measurement(loop.Statistics, report, first, warmUp, allocated, gcs);
    }

    private static void Print(CliContext context, Measurement m, TimingSummary exec, TimingSummary wake, LogLinearHistogram? cyclic,
        TimingSummary? cyclicSummary, string cyclicNote, double? ratio, long periodUs, long budgetUs)
    {
        var console = ConsoleOutput.For(context.Out);
        var s = m.Statistics;
        console.WriteLine($"aeb timing: {s.Cycles} cycles at {periodUs} µs, worst-case load (64+64 radar tracks, 16 camera objects, 12 echoes, every function armed)");
        foreach (string line in m.Report) console.WriteLine("  " + line);
        console.WriteLine($"  warm-up before arming: {(m.WarmedUp ? "yes" : "no")}; first {m.FirstCycles.Count} cycles: step median {F(m.FirstCycles.Median)} µs, max {F(m.FirstCycles.Max)} µs");

        var table = new Table().AddColumns("µs", "min", "median", "p99", "p99.9", "p99.99", "max", "mean");
        AddRow(table, "step execution", exec);
        AddRow(table, "wake-up latency", wake);
        if (cyclicSummary is not null) AddRow(table, "cyclictest latency", cyclicSummary);
        console.Write(table);

        var bands = new Table().AddColumns("band", "step", "wake-up", "cyclictest");
        long[] e = TimingSummary.Bands(s.ExecutionNs, 1000.0);
        long[] w = TimingSummary.Bands(s.WakeLatencyUs, 1.0);
        long[]? c = cyclic is null ? null : TimingSummary.Bands(cyclic, 1.0);
        for (int i = 0; i < e.Length; i++)
        {
            bands.AddRow(TimingSummary.BandLabel(i), e[i].ToString(CultureInfo.InvariantCulture), w[i].ToString(CultureInfo.InvariantCulture),
                c is null ? "-" : c[i].ToString(CultureInfo.InvariantCulture));
        }

        console.Write(bands);
        console.WriteLine($"overruns (step > {budgetUs} µs): {s.Overruns}; deadline misses: {s.DeadlineMisses}; long-running (> 1.2 periods): {s.LongRunning}; slips: {s.Slips}");
        console.WriteLine($"allocated after the first cycles: {m.AllocatedBytes} B; garbage collections: {m.GcCollections}");
        console.WriteLine(cyclicNote);
        if (ratio is double r) console.WriteLine($"wake-up latency p99.9, aeb / cyclictest: {F(wake.P999)} / {F(cyclicSummary!.P999)} µs = {r.ToString("0.00", CultureInfo.InvariantCulture)}");
    }

    private static void AddRow(Table table, string name, TimingSummary t) =>
        table.AddRow(name, F(t.Min), F(t.Median), F(t.P99), F(t.P999), F(t.P9999), F(t.Max), F(t.Mean));

    private static string F(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);
}
