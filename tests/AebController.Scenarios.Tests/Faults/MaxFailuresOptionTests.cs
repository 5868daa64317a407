using AebController.Cli.Commands;
using static AebController.Scenarios.Tests.CliHarness;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>`aeb faults --max-failures N`: a gate that passes with at most N failing runs, and refuses a nonsense N at once.</summary>
public class MaxFailuresOptionTests
{
    [Theory]
    [InlineData(0, null, true)]     // no limit: every run must pass
    [InlineData(1, null, false)]
    [InlineData(0, 0, true)]
    [InlineData(1, 0, false)]
    [InlineData(50, 50, true)]      // at the limit passes
    [InlineData(51, 50, false)]     // one more fails
    public void The_campaign_passes_with_no_more_failing_runs_than_allowed(int failing, int? allowed, bool passes) =>
        Assert.Equal(passes, FaultsCommand.Passes(failing, allowed));

    [Theory]
    [InlineData("-1")]
    [InlineData("many")]
    public void A_limit_that_is_no_count_of_runs_is_refused_before_any_run(string value)
    {
        var (code, stdout, error) = Aeb("faults", "--max-failures", value);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--max-failures", error);
        Assert.Contains(value, error);
        Assert.DoesNotContain("   at ", error);
    }
}
