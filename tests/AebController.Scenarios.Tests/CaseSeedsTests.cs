using System.Text.Json;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Running;
using static AebController.Scenarios.Tests.CliHarness;

namespace AebController.Scenarios.Tests;

/// <summary>
/// A case's seeds depend only on the case and the seed index (its file's seed plus the index), never on the suite it
/// runs in, its place in it, or what its worker ran before; and a seed gets one verdict alone and inside a suite.
/// Until session 13 `aeb run --seeds 20` judged a protocol cell by its expectations only (which hold at any impact
/// speed) while `aeb suite` judged it by its colour: ncap26-cpnco-day-40-il25 read 20 of 20 alone and 14 of 20 in
/// any suite holding it, which looked like a seed that depended on the suite.
/// </summary>
public sealed class CaseSeedsTests
{
    private const string Case = "ncap26-cpnco-day-40-il25";
    private const int Seeds = 3;

    [Fact]
    public void A_case_passes_and_fails_the_same_seeds_alone_as_inside_its_suite()
    {
        ScenarioCatalog.Builtin.TryGet(Case, out var definition);
        var (_, suiteOut, _) = Aeb("suite", "ncap26-cpnco", "--seeds", $"{Seeds}", "--json");
        using var suite = JsonDocument.Parse(suiteOut);
        var failure = suite.RootElement.GetProperty("failures").EnumerateArray()
            .Where(f => f.GetProperty("scenario").GetString() == Case).Select(f => (JsonElement?)f).FirstOrDefault();
        double suiteRate = failure?.GetProperty("passRate").GetDouble() ?? 1.0;

        // Each seed alone, by its number: the suite runs seed index k at the case's own seed plus k.
        var alone = new List<(ulong Seed, bool Passed)>();
        for (int k = 0; k < Seeds; k++)
        {
            ulong seed = definition!.Seed + (ulong)k;
            var (code, output, _) = Aeb("run", Case, "--seed", $"{seed}", "--json");
            using var run = JsonDocument.Parse(output);
            Assert.Equal(seed, run.RootElement.GetProperty("seed").GetUInt64());
            bool passed = run.RootElement.GetProperty("passed").GetBoolean();
            Assert.Equal(passed ? 0 : 1, code);
            alone.Add((seed, passed));
        }

        Assert.Equal(suiteRate, alone.Count(a => a.Passed) / (double)Seeds, 4);
        var (_, allOut, _) = Aeb("run", Case, "--seeds", $"{Seeds}", "--json");
        using var all = JsonDocument.Parse(allOut);
        Assert.Equal(suiteRate, all.RootElement.GetProperty("passRate").GetDouble(), 4);
        Assert.Equal(alone.Where(a => !a.Passed).Select(a => a.Seed), all.RootElement.GetProperty("failedSeeds").EnumerateArray().Select(e => e.GetUInt64()));
        // The suite names the failing seeds and the seed it shows; alone, the same.
        var suiteFailed = failure is JsonElement f ? f.GetProperty("failedSeeds").EnumerateArray().Select(e => e.GetUInt64()).ToList() : [];
        Assert.Equal(alone.Where(a => !a.Passed).Select(a => a.Seed), suiteFailed);
        if (failure is JsonElement g) Assert.Equal(g.GetProperty("seed").GetUInt64(), all.RootElement.GetProperty("seed").GetUInt64());
    }

    [Fact]
    public void A_case_traces_the_same_on_a_fresh_runner_as_after_other_cases_on_a_reused_one()
    {
        var catalog = ScenarioCatalog.Builtin;
        catalog.TryGet(Case, out var definition);
        var seeded = definition! with { Seed = definition.Seed + 1 };
        var fresh = new ScenarioRunner().Run(seeded);

        // A suite's worker keeps its runner (and its cycle buffer) from case to case: run longer and other cases first.
        var worker = new ScenarioRunner();
        foreach (string other in new[] { "ncap26-cpnco-night-60-il25", "ccrb-12m-6", Case })
        {
            catalog.TryGet(other, out var s);
            worker.Run(s!);
        }

        var reused = worker.Run(seeded);
        Assert.Equal(fresh.Trace.Length, reused.Trace.Length);
        for (int i = 0; i < fresh.Trace.Length; i++) Assert.Equal(fresh.Trace[i], reused.Trace[i]);
        Assert.Equal(fresh.ImpactSpeedKph, reused.ImpactSpeedKph);
    }
}
