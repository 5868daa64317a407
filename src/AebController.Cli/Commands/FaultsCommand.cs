using System.CommandLine;
using System.Diagnostics;
using AebController.Cli.Output;
using AebController.Scenarios.Faults;

namespace AebController.Cli.Commands;

/// <summary>
/// `aeb faults [--world ideal|realistic] [--json] [--out DIR] [--jobs N] [--max-failures N]`: the single-fault
/// campaign — every input signal × fault × moment over the campaign's scenarios, each run judged against its
/// fault-free run; prints the table signal × fault × moment (or the totals as JSON), writes each
/// failing run as a scenario file under --out, exits 1 when any run failed (with --max-failures, when
/// more than N failed: a gate that holds what has been reached while the rest is worked on).
/// </summary>
public static class FaultsCommand
{
    public static Command Create(CliContext context)
    {
        var world = WorldOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the totals and the failing runs as one JSON object" };
        var output = new Option<string>("--out") { Description = "Folder for the failing runs' scenario files", DefaultValueFactory = _ => "aeb-faults" };
        var jobs = JobsOption.Create();
        var calibration = CalibrationOption.Create();
        var maxFailures = new Option<int?>("--max-failures")
        {
            Description = "Pass when at most this many runs fail (default: every run must pass); the failing runs are still listed and written",
        };
        var command = new Command("faults", "Single-fault campaign: every input signal × fault × moment, judged against the fault-free run") { world, json, output, jobs, calibration, maxFailures };
        command.SetAction(parse =>
        {
            string worldArgument = parse.GetValue(world)!;
            var profile = WorldOption.Load(worldArgument);
            int workers = JobsOption.Workers(parse, jobs);
            string outDir = OutputPath.CheckFolder("--out", parse.GetValue(output)!);
            bool asJson = parse.GetValue(json);
            int? allowed = parse.GetValue(maxFailures);
            if (allowed is < 0) throw OptionCheck.Refuse(parse, maxFailures, "a number of runs, 0 or more");

            var campaign = FaultCampaign.Default(CalibrationOption.Load(parse.GetValue(calibration)), profile);
            var cells = campaign.Plan(workers);
            var report = RunWithProgress(context, campaign, cells, workers, out int finished);
            if (report is null)
            {
                context.Error.WriteLine($"aeb: interrupted by {context.Stop.SignalName}: {finished} of {cells.Count} runs finished; no scenario files written");
                return context.Stop.ExitCode;
            }

            var failures = report.Failures.Select(f => new
            {
                signal = report.SignalOf(f.Cell).Name,
                fault = Names.Of(f.Cell.Fault),
                moment = Names.Of(f.Cell.Moment),
                scenario = report.ScenarioOf(f.Cell),
                outcome = Names.Of(f.Verdict.Outcome & FaultOutcome.Failures),
                detail = f.Verdict.Describe(campaign.DetectWithinS(f.Cell)),
                file = campaign.WriteScenario(f.Cell, outDir),
            }).ToList();
            string reproduce = $"aeb run <file> --world {worldArgument}";

            // Not failures (docs/faults.md "Collision"): listed so that the runs behind the count can be found and classified.
            // Each is written as a scenario file too, under the folder's degraded/ (not a failure: apart from the failing runs).
            var degradedCells = report.Results.Where(r => (r.Verdict.Outcome & FaultOutcome.DegradedCollision) != 0).Select(r => r.Cell).ToList();
            string degradedDir = Path.Combine(outDir, "degraded");
            var degradedCollisionRuns = report.DegradedCollisionRuns().Select((r, i) => new
            {
                scenario = r.Scenario,
                signal = r.Signal,
                fault = r.Fault,
                moment = r.Moment,
                impactSpeedKph = Rounded(r.ImpactSpeedKph, 2),
                baselineImpactSpeedKph = Rounded(r.BaselineImpactSpeedKph, 2),
                detectedAfterS = Rounded(r.DetectedAfterS, 3),
                file = campaign.WriteScenario(degradedCells[i], degradedDir),
            }).ToList();

            if (asJson)
            {
                context.Out.WriteLine(ResultJson.SerializeAny(new
                {
                    runs = report.Runs,
                    unintendedReleases = report.Count(FaultOutcome.UnintendedRelease),
                    unintendedInterventions = report.Count(FaultOutcome.UnintendedIntervention),
                    lateDetections = report.Count(FaultOutcome.LateDetection),
                    collisions = report.Count(FaultOutcome.Collision),
                    degradedCollisions = report.Count(FaultOutcome.DegradedCollision),
                    world = profile.Name,
                    reproduce,
                    elapsedS = Math.Round(report.Elapsed.TotalSeconds, 1),
                    maxFailures = allowed,
                    verdict = Passes(failures.Count, allowed) ? "pass" : "fail",
                    failures,
                    degradedCollisionRuns,
                }));
            }
            else
            {
                context.Out.Write(CampaignTable.Render(report));
                context.Out.WriteLine($"{report.Runs} runs in {report.Elapsed.TotalSeconds:0.0} s: {report.Count(FaultOutcome.UnintendedRelease)} unintended releases, "
                    + $"{report.Count(FaultOutcome.UnintendedIntervention)} unintended interventions, {report.Count(FaultOutcome.LateDetection)} late detections, "
                    + $"{report.Count(FaultOutcome.Collision)} collisions caused by a fault ({report.Count(FaultOutcome.DegradedCollision)} after a fault detected before any threat, not counted)");
                if (failures.Count > 0) context.Out.WriteLine($"world {profile.Name}; each failing run is a scenario file: {reproduce}");
                foreach (var f in failures.Take(40)) context.Out.WriteLine($"  {f.file}: {f.outcome}: {f.detail}");
                if (failures.Count > 40) context.Out.WriteLine($"  … and {failures.Count - 40} more under {Path.GetFullPath(outDir)}");
                context.Out.WriteLine(allowed is int n
                    ? $"verdict: {(Passes(failures.Count, allowed) ? "pass" : "FAIL")} ({failures.Count} failing runs against --max-failures {n})"
                    : $"verdict: {(Passes(failures.Count, allowed) ? "pass" : "FAIL")} (every run must pass; --max-failures N passes with at most N failing)");
            }

            return Passes(failures.Count, allowed) ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    private static double? Rounded(float? value, int digits) => value is float v ? Math.Round(v, digits) : null;

    /// <summary>The campaign passes when no run failed, or with a limit, when no more than that many did.</summary>
    public static bool Passes(int failingRuns, int? maxFailures) => failingRuns <= (maxFailures ?? 0);

    /// <summary>The campaign with progress on stderr; null when Ctrl-C or SIGTERM stopped it (<paramref name="finished"/> runs were done).</summary>
    private static CampaignReport? RunWithProgress(CliContext context, FaultCampaign campaign, IReadOnlyList<CampaignCell> cells, int workers, out int finished)
    {
        int done = 0;
        var token = context.Stop.Claim();
        CampaignReport? report = null;
        using (new ProgressReporter(context.Error, context.ErrorIsTerminal, $"{cells.Count} fault runs on {workers} workers", () => (Volatile.Read(ref done), cells.Count), " runs"))
        {
            try
            {
                report = campaign.Run(cells, workers, () => Interlocked.Increment(ref done), token);
            }
            catch (OperationCanceledException) when (context.Stop.Requested)
            {
                // Interrupted: the caller says how far it got and writes nothing.
            }
        }

        finished = Volatile.Read(ref done);
        return report;
    }
}
