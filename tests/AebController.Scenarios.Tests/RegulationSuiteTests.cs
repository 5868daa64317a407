using AebController.Scenarios.Catalog;
using AebController.Scenarios.Running;
using AebController.Scenarios.Scoring;

namespace AebController.Scenarios.Tests;

/// <summary>Conformance: the mandatory suites pass their criteria; matrix expansion gives each source's case count.</summary>
public class RegulationSuiteTests
{
    // A runner reuses its cycle buffer, so each test thread gets its own.
    [ThreadStatic]
    private static ScenarioRunner? t_runner;

    private static ScenarioRunner Runner => t_runner ??= new ScenarioRunner();

    public static TheoryData<string> Mandatory()
    {
        var data = new TheoryData<string>();
        var seen = new HashSet<string>();
        foreach (var tag in new[] { "un-r152", "fmvss-127", "false-activation" })
        {
            foreach (var s in ScenarioCatalog.Builtin.WithTag(tag))
            {
                if (seen.Add(s.Name)) data.Add(s.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Mandatory))]
    public void Every_regulation_case_meets_its_pass_criterion(string name)
    {
        ScenarioCatalog.Builtin.TryGet(name, out var s);
        var r = Runner.Run(s!);
        Assert.True(r.Passed, $"{name}: {string.Join("; ", r.Failures)}");
        Assert.True(CaseScorer.Score(s!, r).Passed);
    }

    [Fact]
    public void False_activation_cases_never_brake_or_warn()
    {
        foreach (var s in ScenarioCatalog.Builtin.WithTag("false-activation"))
        {
            var r = Runner.Run(s);
            Assert.Null(r.FirstBrakeS);
            Assert.Null(r.FirstWarningS);
        }
    }

    [Theory]
    [InlineData("ccrs", 75)]   // 10–80 km/h in 5 km/h steps × 100, ±75, ±50 % overlap
    [InlineData("ccrm", 55)]   // 30–80 km/h × 5 overlaps
    [InlineData("ccrb", 4)]    // 12/40 m × 2/6 m/s²
    [InlineData("euro-ncap-ccr", 134)]
    [InlineData("un-r152", 21)] // 8 stationary + 4 moving + 8 pedestrian + the false-reaction test
    [InlineData("low-speed", 36)] // 6 classes × 3 speeds × 2 directions
    [InlineData("mai-pedal-error", 13)] // 3 obstacles × 2 distances × 2 gears + the shift-and-slam case
    public void Matrices_expand_to_the_case_counts_of_their_sources(string suite, int count)
    {
        Assert.Equal(count, ScenarioCatalog.Builtin.WithTag(suite).Count);
    }

    [Fact]
    public void Every_suite_the_issue_names_exists()
    {
        var tags = ScenarioCatalog.Builtin.Tags;
        foreach (var suite in new[] { "euro-ncap-ccr", "euro-ncap-vru", "reverse", "low-speed", "mai", "un-r152", "fmvss-127", "false-activation" })
        {
            Assert.Contains(suite, tags);
        }

        Assert.True(ScenarioCatalog.Builtin.WithTag("all").Count > 250);
    }
}
