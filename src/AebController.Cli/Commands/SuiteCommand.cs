using System.CommandLine;
using System.Diagnostics;
using AebController.Cli.Output;
using AebController.Cli.Reports;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Model;
using AebController.Scenarios.OpenScenario;
using AebController.Scenarios.Running;
using AebController.Scenarios.Scoring;
using Spectre.Console;

namespace AebController.Cli.Commands;

/// <summary>
/// `aeb suite &lt;name&gt; [--jobs N] [--report DIR] [--json]`: every case of a suite in parallel, scored;
/// prints the scorecard and exits 1 when a mandatory case fails.
/// </summary>
public static class SuiteCommand
{
    public static Command Create(CliContext context)
    {
        var suite = new Argument<string>("suite") { Description = "Suite name (see 'aeb list'), or 'all'" };
        var jobs = new Option<int>("--jobs") { Description = "Parallel workers (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var report = new Option<string?>("--report") { Description = "Write results, traces, plots and an HTML page to this folder" };
        var json = new Option<bool>("--json") { Description = "Print the totals as one JSON object" };
        var calibration = CalibrationOption.Create();
        var world = WorldOption.Create();
        var seeds = WorldOption.CreateSeeds();
        var command = new Command("suite", "Run every case of a suite closed loop and score it") { suite, jobs, report, json, calibration, world, seeds };
        command.SetAction(parse =>
        {
            var catalog = ScenarioCatalog.Builtin;
            string name = parse.GetValue(suite)!;
            var cases = OpenScenarioImporter.IsOpenScenario(name) ? OpenScenarioImporter.Load(name) : catalog.WithTag(name);
            if (cases.Count == 0) throw new UserInputException($"no suite '{name}'; suites: all, {string.Join(", ", catalog.Tags)}");
            int workers = parse.GetValue(jobs);
            if (workers < 1) throw new UserInputException($"--jobs must be at least 1, got {workers}");
            int n = WorldOption.Seeds(parse.GetValue(seeds));
            var runner = new ScenarioRunner(CalibrationOption.Load(parse.GetValue(calibration)), world: WorldOption.Load(parse.GetValue(world)));
            bool quiet = parse.GetValue(json);

            var clock = Stopwatch.StartNew();
            var runs = Run(context, runner, SeededCases(cases, n), workers, quiet);
            double elapsedS = clock.Elapsed.TotalSeconds;
            var seeded = SeededScores.Of(cases, runs, n);
            var results = seeded.Results;
            var scores = seeded.Scores;
            // Cases that fill a protocol grid cell are scored as their document scores them (Scoring/Protocols),
            // from the run shown for each case (its first failing seed, else its first).
            var (card, protocols) = SuiteScoring.Score(name, cases, results, scores);
            scores = card.Cases;
            // A suite made of one protocol's cells reports that protocol's points; others keep the case totals.
            var only = protocols.Count == 1 && cases.All(c => c.Cell is not null) ? protocols[0] : null;
            if (parse.GetValue(report) is string dir)
            {
                ReportWriter.Write(dir, card, results, workers, protocols);
                if (!quiet) context.Error.WriteLine($"report written to {Path.GetFullPath(Path.Combine(dir, "index.html"))}");
            }

            if (quiet)
            {
                context.Out.WriteLine(ResultJson.SerializeAny(new
                {
                    suite = name, world = runner.World.Name, seeds = n, runs = runs.Count, passRate = Math.Round(seeded.PassRate, 4),
                    scenariosPerSecond = Math.Round(runs.Count / Math.Max(elapsedS, 1e-6), 1),
                    cases = card.Total.Cases, passed = card.Total.Passed, failed = card.Total.Failed,
                    mandatoryFailed = card.Total.MandatoryFailed,
                    score = Math.Round(only?.Score ?? card.Total.Score, 3), maxScore = Math.Round(only?.MaxScore ?? card.Total.MaxScore, 3),
                    protocol = only?.Protocol,
                    chapters = only?.Chapters.Select(c => new { chapter = c.Chapter, score = Math.Round(c.Points, 3), maxScore = Math.Round(c.MaxPoints, 3), cells = c.Cells, failed = c.Failed }),
                    gates = only?.Gates,
                    suites = card.Suites,
                    protocols = protocols.Select(ProtocolJson.Shape),
                    failures = scores.Select((c, i) => (c, i)).Where(x => !x.c.Passed)
                        .Select(x => new { scenario = x.c.Scenario, mandatory = x.c.Mandatory, passRate = Math.Round(seeded.CasePassRates[x.i], 4), why = x.c.Failures }),
                    deductions = scores.Where(c => c.Deductions.Count > 0).Select(c => new { scenario = c.Scenario, deductions = c.Deductions }),
                }));
            }
            else
            {
                Print(context, card);
                context.Out.WriteLine($"world {runner.World.Name}, {n} seed(s): {runs.Count} runs, pass rate {seeded.PassRate:P2}, {runs.Count / Math.Max(elapsedS, 1e-6):0} scenarios/s");
                ProtocolTable.Print(context, protocols);
            }

            return card.Total.MandatoryFailed == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    /// <summary>Every case once per seed: the case's own seed, then the next ones.</summary>
    private static IReadOnlyList<ScenarioDefinition> SeededCases(IReadOnlyList<ScenarioDefinition> cases, int seeds)
    {
        if (seeds == 1) return cases;
        var list = new ScenarioDefinition[cases.Count * seeds];
        for (int i = 0; i < cases.Count; i++)
        {
            for (int k = 0; k < seeds; k++) list[i * seeds + k] = cases[i] with { Seed = cases[i].Seed + (ulong)k };
        }

        return list;
    }

    private static IReadOnlyList<ScenarioResult> Run(CliContext context, ScenarioRunner runner, IReadOnlyList<ScenarioDefinition> cases, int workers, bool quiet)
    {
        var results = new ScenarioResult[cases.Count];
        int done = 0;
        var clock = Stopwatch.StartNew();
        // Each worker keeps one runner (its preallocated cycle buffer) for all the cases it takes.
        var work = Task.Run(() => Parallel.For(0, cases.Count, new ParallelOptions { MaxDegreeOfParallelism = workers },
            () => new ScenarioRunner(runner.Calibration, runner.Vehicle, runner.World),
            (i, _, worker) =>
            {
                results[i] = worker.Run(cases[i]);
                Interlocked.Increment(ref done);
                return worker;
            },
            _ => { }));

        var console = ConsoleOutput.For(context.Out);
        if (!quiet && console.Profile.Capabilities.Interactive)
        {
            console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask($"{cases.Count} cases on {workers} workers", maxValue: cases.Count);
                    while (!work.IsCompleted)
                    {
                        task.Value = Volatile.Read(ref done);
                        Thread.Sleep(100);
                    }

                    task.Value = cases.Count;
                });
        }
        else if (!quiet)
        {
            // Not a terminal (CI logs): a progress line with the time left every second.
            while (!work.Wait(1000))
            {
                int n = Volatile.Read(ref done);
                double left = n == 0 ? double.NaN : clock.Elapsed.TotalSeconds / n * (cases.Count - n);
                context.Error.WriteLine($"progress: {n}/{cases.Count} cases, about {(double.IsNaN(left) ? "?" : left.ToString("0"))} s left");
            }
        }

        work.Wait();
        return results;
    }

    private static void Print(CliContext context, Scorecard card)
    {
        var console = ConsoleOutput.For(context.Out);
        var table = new Table().AddColumns("suite", "cases", "passed", "failed", "mandatory failed", "score", "max", "%");
        foreach (var s in card.Suites.Append(card.Total))
        {
            table.AddRow(Markup.Escape(s.Suite), s.Cases.ToString(), s.Passed.ToString(), s.Failed.ToString(), s.MandatoryFailed.ToString(),
                s.Score.ToString("0.0"), s.MaxScore.ToString("0.0"), (s.MaxScore > 0 ? 100 * s.Score / s.MaxScore : 0).ToString("0.0"));
        }

        console.Write(table);
        var failing = card.Cases.Where(c => !c.Passed || c.Deductions.Count > 0).ToList();
        if (failing.Count > 0)
        {
            var detail = new Table().AddColumns("case", "result", "points", "why");
            foreach (var c in failing)
            {
                string why = string.Join("; ", c.Failures.Concat(c.Deductions.Select(d => $"{d.Reason} (-{d.Points:0.##})")));
                detail.AddRow(Markup.Escape(c.Scenario), c.Passed ? "pass" : c.Mandatory ? "[red]FAIL (mandatory)[/]" : "[yellow]FAIL[/]",
                    $"{c.Points:0.##}/{c.MaxPoints:0.##}", Markup.Escape(why));
            }

            console.Write(detail);
        }

        console.WriteLine($"{card.Total.Passed} passed, {card.Total.Failed} failed");
    }
}
