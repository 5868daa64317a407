using AebController.Scenarios.Catalog;
using AebController.Scenarios.Model;
using AebController.Scenarios.Running;
using AebController.Scenarios.Scoring;
using AebController.Scenarios.Scoring.Protocols;

namespace AebController.Scenarios.Tests;

/// <summary>
/// The suites named after documents: their grids have the documents' cell counts, every cell names
/// its clause and its comparison run, the maximum is the protocol's for the cells included, and the
/// regulation suites pass closed loop.
/// </summary>
public class ProtocolSuiteTests
{
    [ThreadStatic]
    private static ScenarioRunner? t_runner;

    private static ScenarioRunner Runner => t_runner ??= new ScenarioRunner();

    [Theory]
    [InlineData("ncap26-ccrs", 56)]  // 10–80 km/h in 10 km/h steps × 7 impact locations (−25…125 %)
    [InlineData("ncap26-ccrm", 77)]  // 11 rows (30–80 behind 20; 90–130 behind 30–70) × 7
    [InlineData("ncap26-ccrb", 77)]  // 30–130 km/h × 7
    [InlineData("ncap26-cpmrcs", 6)] // 4 and 8 km/h × 25/50/75 %
    [InlineData("ncap26-cpmfc", 12)] // 1.0/1.5 m × 25/50/75 %, each with its no-pedal run
    [InlineData("un-r175", 12)]      // 3 obstacles × 1.0/1.5 m, each with its run without the system
    [InlineData("un-r152-01", 25)]   // 12 stationary + 4 moving (two loads) + 9 pedestrian
    [InlineData("gb-39901-2025", 34)] // 3 table cells × 10 repetitions + 4 false-response tests
    [InlineData("euro-ncap-2023-c2c", 134)] // CCRs AEB 9×5 + FCW 6×5 + CCRm 11×5 + CCRb 4
    public void Suites_have_the_documents_cell_counts(string tag, int count) => Assert.Equal(count, ScenarioCatalog.Builtin.WithTag(tag).Count);

    [Fact]
    public void Every_cell_names_its_clause_and_its_comparison_run()
    {
        var all = ScenarioCatalog.Builtin.Entries.Select(e => e.Scenario).Where(s => s.Cell is not null).ToList();
        Assert.NotEmpty(all);
        foreach (var s in all)
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Clause), $"{s.Name} has no clause");
            if (s.Cell!.Baseline is string baseline)
            {
                Assert.True(ScenarioCatalog.Builtin.TryGet(baseline, out var b), $"{s.Name}: no comparison run {baseline}");
                Assert.Equal(CellCriterion.BaselineRun, b.Cell!.Criterion);
                Assert.True(b.Tags.Intersect(s.Tags).Any(), $"{s.Name}: comparison run {baseline} is in another suite");
            }
        }
    }

    [Fact]
    public void Frontal_maximum_is_the_protocols_points_for_the_longitudinal_grids()
    {
        // CCRs 1.2 + 0.15, CCRm 2.4 + 0.3, CCRb 1.6 + 0.2, CCFhos 2.0 + 0.25 (standard + extended; robustness layers not assessed).
        var cases = ScenarioCatalog.Builtin.WithTag("euro-ncap-2026-frontal");
        var results = cases.Select(c => Stub(c.Name)).ToList();
        var card = Assert.Single(ProtocolScorer.Score(cases, results));
        Assert.Equal(1.35f + 2.7f + 1.8f + 2.25f, card.MaxScore, 4);
        // The stub runs all avoid: full points in the rear grids. A head-on run without contact means the VUT shed
        // its whole test speed (≥ 30 km/h in every cell), above the 20 km/h Green threshold: full points there too.
        Assert.Equal(card.MaxScore, card.Score, 4);
        Assert.True(card.Gates.Single(g => g.Name.StartsWith("CCRs", StringComparison.Ordinal)).Held);
    }

    public static TheoryData<string> RegulationSuites() => new() { "un-r175", "un-r152-01", "gb-39901-2025" };

    [Theory]
    [MemberData(nameof(RegulationSuites))]
    public void Regulation_suites_pass_closed_loop(string suite)
    {
        var cases = ScenarioCatalog.Builtin.WithTag(suite);
        var results = cases.Select(c => Runner.Run(c)).ToList();
        var (card, protocols) = SuiteScoring.Score(suite, cases, results);
        var failed = protocols.SelectMany(p => p.CellOutcomes).Where(c => !c.Passed).Select(c => $"{c.Case}: {c.Why}").ToList();
        Assert.True(failed.Count == 0, string.Join("\n", failed));
        Assert.Equal(0, card.Total.Failed);
    }

    private static ScenarioResult Stub(string name) => new()
    {
        Scenario = name, Collided = false, MinGapM = 1f, MaxDecelMps2 = 0f, MaxBrakeRequestMps2 = 0f, MaxSpeedKph = 0f, TorqueLimitedS = 0f,
        EndTimeS = 1f, Diagnostics = 0, FaultDetectionCycles = [], Failures = [], Trace = [],
    };
}
