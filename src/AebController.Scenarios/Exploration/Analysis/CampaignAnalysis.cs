using System.Globalization;
using System.Text.Json;
using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Exploration.Search;
using AebController.Scenarios.Exploration.Spaces;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Running;
using AebController.Scenarios.Storage;

namespace AebController.Scenarios.Exploration.Analysis;

/// <summary>
/// Reads a campaign store and finds what it means: failure modes (clusters), each shrunk to a minimal
/// scenario file (DIR/modes/mode-NN.json) that is then re-read and re-run to prove it reproduces, the
/// parameters that separate failures from passes, and a naturalistic failure rate from the Halton runs
/// (self-normalised importance weights; for rare events `aeb estimate` is the tool). A pure function of
/// the store's runs (read in index order), so merged shards and one process give the same analysis.
/// </summary>
public static class CampaignAnalysis
{
    public const int MaxShrunkModes = 12;

    public static (CampaignSummary Summary, List<FailureMode> Modes, List<ShrunkCase> Cases) Analyse(
        ScenarioSpace space, CampaignStore store, AebCalibration calibration, WorldProfile world, string outDirectory)
    {
        var meta = store.ReadMeta()!;
        var plan = new CampaignPlan(meta.Budget, meta.ShardIndex, meta.ShardCount);
        long runs = store.Scalar<long>("SELECT count(*) FROM runs WHERE valid");
        long invalid = store.Scalar<long>("SELECT count(*) FROM runs WHERE NOT valid");
        long storedBlocks = store.Scalar<long>("SELECT count(DISTINCT block) FROM runs");
        long missing = plan.OwnBlocks().LongCount() - storedBlocks;
        var failures = store.Read("valid AND failed").ToList();
        var modes = FailureClustering.Cluster(space, failures, runs);
        var runner = new ScenarioRunner(calibration, null, world);
        string modesDir = Path.Combine(outDirectory, "modes");
        if (Directory.Exists(modesDir))
        {
            foreach (var old in Directory.GetFiles(modesDir, "mode-*.json")) File.Delete(old);
        }

        var summaries = new List<ModeSummary>();
        var cases = new List<ShrunkCase>();
        var files = new List<string>();
        foreach (var mode in modes)
        {
            string? file = null;
            bool reproduces = false;
            int shrinkRuns = 0;
            var minimal = new Dictionary<string, string>(StringComparer.Ordinal);
            float? impact = null;
            if (mode.Id <= MaxShrunkModes && mode.Kind == FailureKind.Timeout)
            {
                // A hang is written as found, never re-run here: shrinking it would hang the analysis.
                var scenario = space.Instantiate(mode.Representative.Values, $"{space.Name}-mode-{mode.Id:00}", ScenarioSpace.InstanceSeed(meta.Seed, mode.Representative.Index))
                    with { Description = $"Run {mode.Representative.Index} of space '{space.Name}' (seed {meta.Seed}) did not finish within the campaign's wall-clock bound (a hang); not shrunk." };
                Directory.CreateDirectory(modesDir);
                file = Path.Combine(modesDir, $"mode-{mode.Id:00}.json");
                File.WriteAllText(file, JsonSerializer.Serialize(scenario, ScenarioJson.Options) + "\n");
                for (int i = 0; i < space.Dimensions; i++) minimal[space.Parameters[i].Name] = space.Text(i, mode.Representative.Values[i]);
                files.Add(file);
            }
            else if (mode.Id <= MaxShrunkModes)
            {
                string name = $"{space.Name}-mode-{mode.Id:00}";
                string description = $"Minimal case of failure mode {mode.Id} of space '{space.Name}' (seed {meta.Seed}): {mode.Kind}"
                    + (mode.CollidedWith.Length > 0 ? $" with '{mode.CollidedWith}'" : "") + $", {mode.Count} failing runs; shrunk from run {mode.Representative.Index}.";
                var shrunk = FailureShrinker.Shrink(space, runner, mode.Representative, meta.Seed, name, description);
                Directory.CreateDirectory(modesDir);
                file = Path.Combine(modesDir, $"mode-{mode.Id:00}.json");
                File.WriteAllText(file, JsonSerializer.Serialize(shrunk.Scenario, ScenarioJson.Options) + "\n");
                var again = runner.Run(ScenarioLoader.Load(file));
                reproduces = SameOutcome(again, shrunk.Result) && !again.Passed;
                shrinkRuns = shrunk.Steps;
                for (int i = 0; i < space.Dimensions; i++) minimal[space.Parameters[i].Name] = space.Text(i, shrunk.Values[i]);
                impact = shrunk.Result.ImpactSpeedKph;
                cases.Add(shrunk);
                files.Add(file);
            }

            var region = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < space.Dimensions; i++)
            {
                region[space.Parameters[i].Name] = space.Parameters[i].IsSet
                    ? space.Text(i, mode.Low[i])
                    : $"{space.Text(i, mode.Low[i])} .. {space.Text(i, mode.High[i])}";
            }

            summaries.Add(new ModeSummary(mode.Id, mode.Kind, mode.CollidedWith, mode.Count, mode.FirstIndex, mode.Representative.Index,
                region, minimal, file, reproduces, shrinkRuns, impact, mode.Representative.Failure));
        }

        var influence = Influence(space, store);
        var (rate, low, high) = NaturalisticRate(space, store);
        var summary = new CampaignSummary(space.Name, meta.Seed, meta.Budget, runs, invalid, failures.Count, summaries, files, influence, rate, low, high, missing)
        {
            Timeouts = failures.Count(f => f.Kind == FailureKind.Timeout),
        };
        return (summary, modes, cases);
    }

    /// <summary>Bit-for-bit: same contact, impact, gaps, timings and every cycle of the trace.</summary>
    public static bool SameOutcome(ScenarioResult a, ScenarioResult b) =>
        a.Collided == b.Collided && Nullable.Equals(a.ImpactSpeedKph, b.ImpactSpeedKph) && a.MinGapM.Equals(b.MinGapM)
        && Nullable.Equals(a.FirstBrakeS, b.FirstBrakeS) && Nullable.Equals(a.FirstWarningS, b.FirstWarningS)
        && a.Trace.AsSpan().SequenceEqual(b.Trace);

    private static List<ParameterInfluence> Influence(ScenarioSpace space, CampaignStore store)
    {
        var result = new List<ParameterInfluence>();
        long failures = store.Scalar<long>("SELECT count(*) FROM runs WHERE valid AND failed");
        for (int i = 0; i < space.Dimensions; i++)
        {
            double mean = store.Scalar<double>($"SELECT coalesce(avg(v{i}), 0) FROM runs WHERE valid");
            double sd = store.Scalar<double>($"SELECT coalesce(stddev_pop(v{i}), 0) FROM runs WHERE valid");
            double failMean = failures == 0 ? mean : store.Scalar<double>($"SELECT avg(v{i}) FROM runs WHERE valid AND failed");
            double influence = sd > 0 ? Math.Abs(failMean - mean) / sd : 0;
            result.Add(new ParameterInfluence(space.Parameters[i].Name, Math.Round(influence, 4), Math.Round(failMean, 4), Math.Round(mean, 4)));
        }

        return result.OrderByDescending(p => p.Influence).ThenBy(p => p.Parameter, StringComparer.Ordinal).ToList();
    }

    /// <summary>Failure rate under the naturalistic weights from the Halton (uniform) runs, self-normalised, with a 95 % interval.</summary>
    private static (double Rate, double Low, double High) NaturalisticRate(ScenarioSpace space, CampaignStore store)
    {
        double sw = 0, swf = 0;
        var weights = new List<(double W, bool F)>();
        foreach (var r in store.Read($"valid AND (idx % {CampaignPlan.BlockSize}) < {CampaignPlan.HaltonPerBlock}"))
        {
            double w = space.NaturalisticWeight(r.Values);
            sw += w;
            if (r.Failed) swf += w;
            weights.Add((w, r.Failed));
        }

        if (sw <= 0) return (0, 0, 0);
        double p = swf / sw;
        double v = 0;
        foreach (var (w, f) in weights) v += w * w * ((f ? 1 : 0) - p) * ((f ? 1 : 0) - p);
        double half = 1.96 * Math.Sqrt(v) / sw;
        return (p, Math.Max(0, p - half), Math.Min(1, p + half));
    }

    public static string Format(double d) => d.ToString("0.####", CultureInfo.InvariantCulture);
}
