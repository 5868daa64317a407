using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Exploration.Analysis;
using AebController.Scenarios.Exploration.Sampling;
using AebController.Scenarios.Exploration.Search;
using AebController.Scenarios.Exploration.Spaces;
using AebController.Scenarios.Model;
using AebController.Scenarios.Running;
using AebController.Scenarios.Storage;
using Xunit.Abstractions;

namespace AebController.Scenarios.Tests.Exploration;

/// <summary>
/// The 10^5-run forward-aeb campaign (seed 1) stalled at 99.7 %: run 82119 never ended (the obstacle
/// AEB's state machine went Braking → Release → Braking … inside one control cycle). Every test here
/// waits for its runs with a wall-clock bound, so a regression fails instead of hanging the suite.
/// </summary>
public class CampaignHangTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public void The_run_that_stalled_the_10e5_campaign_finishes()
    {
        var space = SpaceCatalog.Resolve("forward-aeb");
        const long index = 82119; // block 2566, slot 7: a Halton point
        var search = new double[space.Dimensions];
        Halton.Point(1, index / CampaignPlan.BlockSize * CampaignPlan.HaltonPerBlock + index % CampaignPlan.BlockSize, search);
        var values = new double[space.Dimensions];
        space.FromSearch(search, values);
        output.WriteLine(space.Describe(values));
        var scenario = space.Instantiate(values, 1, index);
        ScenarioResult? result = null;
        // Realistic world: the default the campaign ran in.
        var thread = new Thread(() => result = new ScenarioRunner(AebCalibration.Default, null, WorldProfile.Realistic).Run(scenario)) { IsBackground = true };
        thread.Start();
        Assert.True(thread.Join(Bound), $"run {index} ({space.Describe(values)}) did not finish within {Bound.TotalSeconds} s");
        Assert.True(result!.EndTimeS <= scenario.DurationS + 0.011f);
    }

    [Fact]
    public void A_hanging_run_is_recorded_as_timeout_and_the_campaign_completes()
    {
        var space = SpaceCatalog.Resolve("forward-aeb");
        var plan = new CampaignPlan(64);
        long hangs = FirstValidHaltonRun(space, block: 1);
        using var release = new ManualResetEventSlim(false);
        using var tmp = new TempFolder();
        var meta = new CampaignMeta(space.Name, space.Fingerprint, 1, plan.Budget, 0, 1, "{}", "realistic", "{}");
        CampaignRunResult ran;
        List<RunRecord> runs;
        CampaignSummary summary;
        try
        {
            using var store = CampaignStore.OpenOrCreate(tmp.Sub("hang"), meta, space.Dimensions);
            Func<ScenarioDefinition, ScenarioResult> Hang(ScenarioRunner runner) => s =>
            {
                if (s.Name.EndsWith($"-{hangs}", StringComparison.Ordinal)) release.Wait(); // a hang until the test ends
                return runner.Run(s);
            };
            ran = CampaignRunner.Run(space, 1, plan, 2, AebCalibration.Default, WorldProfile.Realistic, store, runBound: TimeSpan.FromSeconds(5), runOverride: Hang);
            runs = store.Read().ToList();
            // The campaign's JSON (`timeouts`) counts it: the 10^5 stall would have shown as a timeout, not a hang.
            summary = CampaignAnalysis.Analyse(space, store, AebCalibration.Default, WorldProfile.Realistic, tmp.Sub("out")).Summary;
        }
        finally
        {
            release.Set();
        }

        Assert.Equal([hangs], ran.TimedOut);
        Assert.Equal(1, summary.Timeouts);
        Assert.Equal(64, runs.Count);
        Assert.Equal(Enumerable.Range(0, 64).Select(i => (long)i), runs.Select(r => r.Index));
        var timedOut = runs.Single(r => r.Index == hangs);
        Assert.Equal(FailureKind.Timeout, timedOut.Kind);
        Assert.True(timedOut.Failed);
        Assert.StartsWith("timeout:", timedOut.Failure, StringComparison.Ordinal);

        // The block without the hang is exactly what a clean worker computes.
        var clean = new BlockRunner(space, 1, new ScenarioRunner(AebCalibration.Default, null, WorldProfile.Realistic)).Run(0, CampaignPlan.BlockSize);
        for (int s = 0; s < clean.Length; s++)
        {
            Assert.Equal((clean[s].Kind, clean[s].Robustness, clean[s].ImpactKph), (runs[s].Kind, runs[s].Robustness, runs[s].ImpactKph));
        }
    }

    /// <summary>The first Halton run of a block whose point meets the space's constraints (so it is really run).</summary>
    private static long FirstValidHaltonRun(ScenarioSpace space, long block)
    {
        var search = new double[space.Dimensions];
        var values = new double[space.Dimensions];
        for (int slot = 0; slot < CampaignPlan.HaltonPerBlock; slot++)
        {
            Halton.Point(1, block * CampaignPlan.HaltonPerBlock + slot, search);
            space.FromSearch(search, values);
            if (space.IsValid(values)) return block * CampaignPlan.BlockSize + slot;
        }

        throw new InvalidOperationException("no valid Halton point in the block");
    }
}
