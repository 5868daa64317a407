using System.CommandLine;
using System.Diagnostics;
using AebController.Cli.Output;
using AebController.Cli.Reports;
using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Exploration.Analysis;
using AebController.Scenarios.Exploration.Search;
using AebController.Scenarios.Exploration.Spaces;
using AebController.Scenarios.Storage;

namespace AebController.Cli.Commands;

/// <summary>
/// `aeb explore &lt;space&gt; --budget N [--seed S] [--jobs J] [--out DIR] [--json] [--shard i/n] [--calibration F] [--store-only]`
/// and `aeb explore --list [--json]`: generates and runs scenarios from a space (Halton points, then
/// falsification near the pass/fail boundary), keeps every run in DIR/campaign.duckdb (resumable),
/// clusters the failures into modes, shrinks each to DIR/modes/mode-NN.json and writes DIR/index.html.
/// Exit 0 when nothing failed, 1 when failures were found.
/// </summary>
public static class ExploreCommand
{
    public static Command Create(CliContext context)
    {
        var space = new Argument<string?>("space") { Description = "Built-in space (see --list) or path to a space file", Arity = ArgumentArity.ZeroOrOne };
        var list = new Option<bool>("--list") { Description = "List the built-in spaces" };
        var budget = new Option<long>("--budget") { Description = "Runs in the whole campaign (all shards together)", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<ulong>("--seed") { Description = "Campaign seed", DefaultValueFactory = _ => 1 };
        var jobs = JobsOption.Create();
        var output = new Option<string?>("--out") { Description = "Campaign folder: store, minimal cases, report (default: explore-<space>)" };
        var json = new Option<bool>("--json") { Description = "Print the summary as one JSON object" };
        var shard = new Option<string?>("--shard") { Description = "Run only shard i of n (i/n, from 0): blocks b with b mod n = i" };
        var storeOnly = new Option<bool>("--store-only") { Description = "Only fill the store (shard jobs): no clustering, shrinking or report" };
        var runTimeout = new Option<double>("--run-timeout") { Description = "Wall-clock seconds one run may take before it is recorded as 'timeout' (a hang)", DefaultValueFactory = _ => CampaignRunner.DefaultRunBound.TotalSeconds };
        var calibration = CalibrationOption.Create();
        var world = WorldOption.Create();
        var command = new Command("explore", "Generate scenarios from a space, hunt failures, cluster and shrink them")
        {
            space, list, budget, seed, jobs, output, json, shard, storeOnly, runTimeout, calibration, world,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(list)) return List(context, parse.GetValue(json));
            string name = parse.GetValue(space) ?? throw new UserInputException("explore needs a space (a built-in name or a file); 'aeb explore --list' names the built-in ones");
            var definition = SpaceCatalog.Resolve(name);
            long n = parse.GetValue(budget);
            if (n < 1) throw OptionCheck.Refuse(parse, budget, "a whole number of runs of at least 1");
            int workers = JobsOption.Workers(parse, jobs);
            var parsedShard = CampaignPlan.ParseShard(parse.GetValue(shard))
                ?? throw OptionCheck.Refuse(parse, shard, "i/n with 0 ≤ i < n (for example 0/4)");
            var cal = CalibrationOption.Load(parse.GetValue(calibration));
            string dir = OutputPath.CheckFolder("--out", parse.GetValue(output) ?? $"explore-{definition.Name}");
            var plan = new CampaignPlan(n, parsedShard.Index, parsedShard.Count);
            bool quiet = parse.GetValue(json);
            double timeoutS = parse.GetValue(runTimeout);
            if (!(timeoutS > 0 && timeoutS <= 86_400)) throw OptionCheck.Refuse(parse, runTimeout, "a number of seconds above 0 and at most 86400");
            return Explore(context, definition, plan, parse.GetValue(seed), workers, cal, WorldOption.Load(parse.GetValue(world)), dir, quiet, parse.GetValue(storeOnly),
                TimeSpan.FromSeconds(timeoutS));
        });
        return command;
    }

    public static int Explore(CliContext context, ScenarioSpace space, CampaignPlan plan, ulong seed, int workers, AebCalibration calibration,
        WorldProfile world, string dir, bool json, bool storeOnly, TimeSpan? runTimeout = null)
    {
        var runBound = runTimeout ?? CampaignRunner.DefaultRunBound;
        var meta = new CampaignMeta(space.Name, space.Fingerprint, seed, plan.Budget, plan.ShardIndex, plan.ShardCount, CalibrationFile.ToJson(calibration),
            world.Name, WorldJson(world));
        CampaignStore store;
        try
        {
            store = CampaignStore.OpenOrCreate(dir, meta, space.Dimensions);
        }
        catch (StoreMismatchException ex)
        {
            throw new UserInputException(ex.Message);
        }

        using (store)
        {
            var stop = context.Stop;
            var token = stop.Claim();
            var lastReport = Stopwatch.StartNew();
            var ran = CampaignRunner.Run(space, seed, plan, workers, calibration, world, store, (done, total) =>
            {
                if (json || lastReport.ElapsedMilliseconds < 2000) return;
                lastReport.Restart();
                context.Error.WriteLine($"progress: {done}/{total} runs");
            }, token, runBound);
            (long runs, TimeSpan elapsed) = (ran.Runs, ran.Elapsed);
            if (ran.TimedOut.Count > 0)
            {
                context.Error.WriteLine($"timeout: {ran.TimedOut.Count} run(s) did not finish within {runBound.TotalSeconds:0.#} s of wall-clock time (index {string.Join(", ", ran.TimedOut.Take(10))}); stored with kind 'timeout' (a failure)");
            }
            double rate = elapsed.TotalSeconds > 0 ? runs / elapsed.TotalSeconds : 0;
            if (stop.Requested)
            {
                context.Error.WriteLine($"aeb: interrupted by {stop.SignalName}: {runs} runs stored in {store.Path}; run the same command again to resume");
                return stop.ExitCode;
            }

            if (storeOnly)
            {
                long stored = store.Scalar<long>("SELECT count(*) FROM runs WHERE valid");
                long failed = store.Scalar<long>("SELECT count(*) FROM runs WHERE valid AND failed");
                if (json)
                {
                    context.Out.WriteLine(ResultJson.SerializeAny(new { space = space.Name, seed, budget = plan.Budget, shard = $"{plan.ShardIndex}/{plan.ShardCount}", runs = stored, failures = failed, timeouts = ran.TimedOut.Count, runsPerSecond = Math.Round(rate, 1), store = store.Path }));
                }
                else
                {
                    context.Out.WriteLine($"{stored} runs stored in {store.Path} ({failed} failures), {rate:0} runs/s");
                }

                return ExitCodes.Ok;
            }

            return Report(context, space, store, calibration, world, dir, rate, json);
        }
    }

    /// <summary>Analysis, report and output shared by explore and merge.</summary>
    public static int Report(CliContext context, ScenarioSpace space, CampaignStore store, AebCalibration calibration, WorldProfile world, string dir, double rate, bool json)
    {
        var (summary, modes, cases) = CampaignAnalysis.Analyse(space, store, calibration, world, dir);
        string report = CampaignReport.Write(dir, space, store, summary, cases);
        if (json)
        {
            context.Out.WriteLine(ResultJson.SerializeAny(CampaignJson.Shape(summary, rate, store.Path, report)));
        }
        else
        {
            context.Out.WriteLine($"{summary.Runs} runs of '{space.Name}' ({rate:0} runs/s), {summary.Failures} failures, {summary.Modes.Count} failure modes");
            if (summary.Modes.Count > 0)
            {
                var table = new TextTable("mode", "kind", "runs", "minimal case", "reproduces", "file");
                foreach (var m in summary.Modes)
                {
                    string minimal = string.Join(", ", m.Minimal.Select(p => $"{p.Key}={p.Value}"));
                    table.AddRow(m.Id.ToString(), m.Kind + (m.CollidedWith.Length > 0 ? $" ({m.CollidedWith})" : ""), m.Count.ToString(),
                        minimal, m.File is null ? "-" : m.Reproduces ? "yes" : "NO", m.File ?? "(not shrunk)");
                }

                table.Write(context.Out, context.OutIsTerminal);
            }

            context.Out.WriteLine($"naturalistic failure rate (Halton runs, weighted) {summary.NaturalisticFailureRate:G3} [{summary.NaturalisticCiLow:G3}, {summary.NaturalisticCiHigh:G3}]");
            context.Out.WriteLine($"store {store.Path}; report {report}");
        }

        return summary.Failures == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    /// <summary>The profile's every value, so a store refuses to resume or merge under another world.</summary>
    /// The ideal world's vehicle limits are +∞ ("Infinity" in the JSON).
    public static string WorldJson(WorldProfile world) => System.Text.Json.JsonSerializer.Serialize(
        world with { Sources = new Dictionary<string, string>() },
        new System.Text.Json.JsonSerializerOptions { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals });

    private static int List(CliContext context, bool json)
    {
        var spaces = SpaceCatalog.Builtin;
        if (json)
        {
            context.Out.WriteLine(ResultJson.SerializeAny(spaces.Select(s => new
            {
                name = s.Name, description = s.Description, parameters = s.Parameters.Select(p => p.Name), knownProbability = s.KnownProbability,
            })));
            return ExitCodes.Ok;
        }

        var table = new TextTable("space", "parameters", "description");
        foreach (var s in spaces) table.AddRow(s.Name, string.Join(", ", s.Parameters.Select(p => p.Name)), s.Description ?? "");
        table.Write(context.Out, context.OutIsTerminal);
        return ExitCodes.Ok;
    }
}
