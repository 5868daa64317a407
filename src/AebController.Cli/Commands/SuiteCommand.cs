using System.CommandLine;
using System.Globalization;
using AebController.Cli.Output;
using AebController.Cli.Reports;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Model;
using AebController.Scenarios.Running;
using AebController.Scenarios.Scoring;
using AebController.Scenarios.Scoring.Protocols;

namespace AebController.Cli.Commands;

/// <summary>
/// `aeb suite &lt;name|folder|file&gt; [--jobs N] [--report DIR] [--json] [--min-score P]`: every case in
/// parallel, scored. Exit 1 when any case fails its expectations; with --min-score, exit 1 when the score
/// is below P % or a mandatory case fails. Ctrl-C / SIGTERM stop the workers, print what finished and
/// leave no report (a report is complete or absent).
/// </summary>
public static class SuiteCommand
{
    public static Command Create(CliContext context)
    {
        var suite = new Argument<string>("suite") { Description = "Suite name (see 'aeb list'), 'all', or your own scenario file, .matrix.json file or folder" };
        var jobs = JobsOption.Create();
        var report = new Option<string?>("--report") { Description = "Write results, traces, plots and an HTML page to this folder (replaced whole if it holds an earlier report)" };
        var json = new Option<bool>("--json") { Description = "Print the totals as one JSON object" };
        var minScore = new Option<double?>("--min-score") { Description = "Pass when the score is at least this % of the maximum and no mandatory case fails (default: every case must pass)" };
        var calibration = CalibrationOption.Create();
        var world = WorldOption.Create();
        var seeds = WorldOption.CreateSeeds();
        var command = new Command("suite", "Run every case of a suite closed loop and score it") { suite, jobs, report, json, minScore, calibration, world, seeds };
        command.SetAction(parse =>
        {
            // Everything the user gave is checked before the first case runs.
            int workers = JobsOption.Workers(parse, jobs);
            double? threshold = parse.GetValue(minScore);
            if (threshold is double t && !(t >= 0 && t <= 100)) throw OptionCheck.Refuse(parse, minScore, "a percentage from 0 to 100");
            var (name, cases) = CaseSelection.Suite(parse.GetValue(suite)!, ScenarioCatalog.Builtin);
            var calibrationFile = parse.GetValue(calibration);
            int n = WorldOption.Seeds(parse, seeds);
            var runner = new ScenarioRunner(CalibrationOption.Load(calibrationFile), world: WorldOption.Load(parse.GetValue(world)));
            context.Stop.Claim();
            using var folder = parse.GetValue(report) is string dir ? ReportFolder.Prepare(dir) : null;
            bool asJson = parse.GetValue(json);

            var clock = System.Diagnostics.Stopwatch.StartNew();
            var runs = Run(context, runner, SeededCases(cases, n), workers);
            double elapsedS = clock.Elapsed.TotalSeconds;
            // A case counts once all its seeds ran (an interruption leaves the rest out).
            var finished = Enumerable.Range(0, cases.Count).Where(i => Enumerable.Range(i * n, n).All(k => runs[k] is not null)).ToList();
            var finishedCases = finished.Select(i => cases[i]).ToList();
            var seeded = SeededScores.Of(finishedCases, finished.SelectMany(i => Enumerable.Range(i * n, n).Select(k => runs[k]!)).ToList(), n);
            var results = seeded.Results;
            var scores = seeded.Scores;
            // Cases that fill a protocol grid cell are scored as their document scores them (Scoring/Protocols),
            // from the run shown for each case (its worst seed: SeededScores).
            var (card, protocols) = SuiteScoring.Score(name, finishedCases, results, scores);
            scores = card.Cases;
            var only = protocols.Count == 1 && finishedCases.Count > 0 && finishedCases.All(c => c.Cell is not null) ? protocols[0] : null;
            var runInfo = new RunFacts(runner.World.Name, n, finished.Count * n, seeded.PassRate, finished.Count * n / Math.Max(elapsedS, 1e-6), seeded.CasePassRates,
                seeded.ShownSeeds, seeded.FailedSeeds);
            var stop = context.Stop;
            if (stop.Requested)
            {
                string note = $"interrupted by {stop.SignalName}: {finished.Count} of {cases.Count} cases finished ({card.Total.Passed} passed, {card.Total.Failed} failed)"
                    + (folder is null ? "" : NoReport(folder));
                if (asJson) context.Out.WriteLine(Json(card, scores, threshold, interrupted: true, planned: cases.Count, runInfo, protocols, only));
                else Print(context, card, threshold, runInfo, interrupted: true);
                context.Error.WriteLine($"aeb: {note}");
                return stop.ExitCode;
            }

            // The results are shown before the report is written: a failing report never loses them.
            if (asJson) context.Out.WriteLine(Json(card, scores, threshold, interrupted: false, planned: cases.Count, runInfo, protocols, only));
            else
            {
                Print(context, card, threshold, runInfo);
                ProtocolTable.Print(context, protocols);
            }

            if (folder is not null)
            {
                string seedText = (cases.Select(c => c.Seed).Distinct().Count() == 1 ? $"{cases[0].Seed}" : $"per case, from the scenario files ({cases.Min(c => c.Seed)}–{cases.Max(c => c.Seed)})")
                    + (n > 1 ? $", {n} seeds per case (each case's own, then the next ones); a case passes only when every seed passed; the run shown is the worst seed (a graded cell by its colour)" : "");
                var info = new ReportInfo(name, calibrationFile?.FullName, workers, DateTime.UtcNow, VersionText(), seedText) { World = $"{runner.World.Name} (--world)" };
                var counter = new ReportWriter.Progress();
                bool written;
                using (new ProgressReporter(context.Error, context.ErrorIsTerminal, "writing report", () => (Volatile.Read(ref counter.Done), cases.Count), " cases"))
                {
                    written = ReportWriter.Write(folder.Staging, card, results, cases, workers, info, counter, stop.Token, protocols);
                }

                if (!written)
                {
                    context.Error.WriteLine($"aeb: interrupted by {stop.SignalName} while writing the report{NoReport(folder)}");
                    return stop.ExitCode;
                }

                folder.Commit(name);
                if (folder.Replaces is not null) context.Error.WriteLine($"replaced the earlier report ({folder.Replaces}) in {folder.Target}");
                context.Error.WriteLine($"report written to {Path.Combine(folder.Target, "index.html")}");
            }

            return Verdict(card, threshold) ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    /// <summary>Without a threshold every case must pass; with one, the score must reach it and no mandatory case may fail.</summary>
    public static bool Verdict(Scorecard card, double? minScorePercent) =>
        minScorePercent is double min
            ? card.Total.MandatoryFailed == 0 && Percent(card.Total) >= min - 1e-9
            : card.Total.Failed == 0;

    private static double Percent(SuiteScore s) => s.MaxScore > 0 ? 100.0 * s.Score / s.MaxScore : 100.0;

    private static string VersionText() =>
        typeof(SuiteCommand).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown";

    /// <summary>World, seeds and speed of a run, for the JSON and the closing line.</summary>
    private sealed record RunFacts(string World, int Seeds, int Runs, double PassRate, double ScenariosPerSecond, IReadOnlyList<double> CasePassRates,
        IReadOnlyList<ulong> ShownSeeds, IReadOnlyList<ulong[]> FailedSeeds);

    /// <summary>
    /// Every case once per seed: the case's own seed (its file's <c>seed</c>), then the next ones. Seed index k of a case
    /// is its own seed plus k whatever the suite and the case's place in it, so `aeb run &lt;case&gt; --seed S` repeats it.
    /// </summary>
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

    private static string Json(Scorecard card, IReadOnlyList<CaseScore> scores, double? threshold, bool interrupted, int planned, RunFacts facts,
        IReadOnlyList<ProtocolScorecard> protocols, ProtocolScorecard? only) =>
        ResultJson.SerializeAny(new
        {
            suite = card.Suite, world = facts.World, seeds = facts.Seeds, runs = facts.Runs, passRate = Math.Round(facts.PassRate, 4),
            scenariosPerSecond = Math.Round(facts.ScenariosPerSecond, 1),
            cases = card.Total.Cases, plannedCases = planned, interrupted,
            passed = card.Total.Passed, failed = card.Total.Failed,
            mandatoryFailed = card.Total.MandatoryFailed,
            score = Math.Round(only?.Score ?? card.Total.Score, 3), maxScore = Math.Round(only?.MaxScore ?? card.Total.MaxScore, 3),
            protocol = only?.Protocol,
            chapters = only?.Chapters.Select(c => new { chapter = c.Chapter, score = Math.Round(c.Points, 3), maxScore = Math.Round(c.MaxPoints, 3), cells = c.Cells, failed = c.Failed }),
            gates = only?.Gates,
            protocols = protocols.Select(ProtocolJson.Shape),
            scorePercent = Math.Round(Percent(card.Total), 2), minScorePercent = threshold, verdict = Verdict(card, threshold) ? "pass" : "fail",
            suites = card.Suites,
            failures = scores.Select((c, i) => (c, i)).Where(x => !x.c.Passed)
                .Select(x => new { scenario = x.c.Scenario, mandatory = x.c.Mandatory, passRate = Math.Round(facts.CasePassRates[x.i], 4),
                    seed = facts.ShownSeeds[x.i], failedSeeds = facts.FailedSeeds[x.i], why = x.c.Failures }),
            deductions = scores.Where(c => c.Deductions.Count > 0).Select(c => new { scenario = c.Scenario, deductions = c.Deductions }),
        });

    /// <summary>Runs the cases on <paramref name="workers"/> threads; an interruption leaves unfinished cases null.</summary>
    private static ScenarioResult?[] Run(CliContext context, ScenarioRunner runner, IReadOnlyList<ScenarioDefinition> cases, int workers)
    {
        var results = new ScenarioResult?[cases.Count];
        long done = 0;
        using var progress = new ProgressReporter(context.Error, context.ErrorIsTerminal, $"{cases.Count} cases on {workers} workers",
            () => (Volatile.Read(ref done), cases.Count), " cases");
        try
        {
            // Each worker keeps one runner (its preallocated cycle buffer) for all the cases it takes.
            Parallel.For(0, cases.Count, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = context.Stop.Token },
                () => new ScenarioRunner(runner.Calibration, runner.Vehicle, runner.World),
                (i, state, worker) =>
                {
                    if (context.Stop.Requested)
                    {
                        state.Stop();
                        return worker;
                    }

                    results[i] = worker.Run(cases[i]);
                    Interlocked.Increment(ref done);
                    return worker;
                },
                _ => { });
        }
        catch (OperationCanceledException)
        {
            // Interrupted: the finished results stay; the caller reports them.
        }

        return results;
    }

    private static void Print(CliContext context, Scorecard card, double? threshold, RunFacts facts, bool interrupted = false)
    {
        var c = CultureInfo.InvariantCulture;
        var table = new TextTable("suite", "cases", "passed", "failed", "mandatory failed", "score", "max", "%");
        var rows = card.Suites.Count == 1 && card.Suites[0].Suite == card.Total.Suite ? card.Suites : card.Suites.Append(card.Total with { Suite = $"total ({card.Total.Suite})" });
        foreach (var s in rows)
        {
            table.AddRow(s.Suite, s.Cases.ToString(c), s.Passed.ToString(c), s.Failed.ToString(c), s.MandatoryFailed.ToString(c),
                s.Score.ToString("0.0", c), s.MaxScore.ToString("0.0", c), Percent(s).ToString("0.0", c));
        }

        table.Write(context.Out, context.OutIsTerminal);
        var failing = card.Cases.Where(x => !x.Passed || x.Deductions.Count > 0).OrderBy(x => x.Passed).ThenByDescending(x => x.Mandatory).ToList();
        if (failing.Count > 0)
        {
            context.Out.WriteLine();
            var detail = new TextTable("case", "mandatory", "result", "points", "why");
            foreach (var x in failing)
            {
                string why = string.Join("; ", x.Failures.Concat(x.Deductions.Select(d => $"{d.Reason} (-{d.Points.ToString("0.##", c)})")));
                detail.AddRow(x.Scenario, x.Mandatory ? "yes" : "no", x.Passed ? "pass" : "FAIL", $"{x.Points.ToString("0.##", c)}/{x.MaxPoints.ToString("0.##", c)}", why);
            }

            detail.Write(context.Out, context.OutIsTerminal);
        }

        var t = card.Total;
        string rule = threshold is double min
            ? $"verdict: {(Verdict(card, threshold) ? "pass" : "FAIL")} (score {Percent(t).ToString("0.0", c)} % against --min-score {min.ToString(c)} %, {t.MandatoryFailed} mandatory failed)"
            : $"verdict: {(Verdict(card, threshold) ? "pass" : "FAIL")} (every case must pass; --min-score P passes on points instead)";
        context.Out.WriteLine($"regulation (mandatory cases): {t.MandatoryFailed} failed; all cases: {t.Passed} passed, {t.Failed} failed; points: {t.Score.ToString("0.0", c)} of {t.MaxScore.ToString("0.0", c)} ({Percent(t).ToString("0.0", c)} %)");
        context.Out.WriteLine($"world {facts.World}, {facts.Seeds} seed(s): {facts.Runs} runs, pass rate {facts.PassRate.ToString("P2", c)}, {facts.ScenariosPerSecond.ToString("0", c)} scenarios/s");
        context.Out.WriteLine(interrupted ? "verdict: none (interrupted; the figures cover the finished cases only)" : rule);
    }

    /// <summary>What an interruption left in the report folder: nothing new, and an earlier report untouched.</summary>
    private static string NoReport(ReportFolder folder) =>
        folder.Replaces is null ? "; no report written" : $"; no report written, the earlier report in {folder.Target} is unchanged";
}
