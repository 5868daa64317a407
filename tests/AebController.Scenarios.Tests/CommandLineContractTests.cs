using System.Text.Json;
using AebController.Cli.Commands;
using static AebController.Scenarios.Tests.CliHarness;

namespace AebController.Scenarios.Tests;

/// <summary>
/// What scripts rely on (issue 13): JSON on demand, plain text into a pipe, exit codes, paths checked
/// before work, interruptions that leave a complete report or none.
/// </summary>
public class CommandLineContractTests
{
    /// <summary>Two short cases: one meets its expectation, one expects a contact it does not get (hand physics: 40 km/h, 60 m gap, AEB stops it).</summary>
    private static string UserSuite(bool mandatory)
    {
        string dir = TempFolder();
        string m = mandatory ? "true" : "false";
        File.WriteAllText(Path.Combine(dir, "a.json"), $$"""
            { "name": "user-stops", "durationS": 8, "ego": { "speedKph": 40, "holdSpeed": true },
              "actors": [ { "id": "car", "class": "passengerCar", "gapM": 60 } ], "expect": { "collision": false },
              "score": { "points": 3, "mandatory": {{m}} } }
            """);
        File.WriteAllText(Path.Combine(dir, "b.json"), $$"""
            { "name": "user-wrong", "durationS": 8, "ego": { "speedKph": 40, "holdSpeed": true },
              "actors": [ { "id": "car", "class": "passengerCar", "gapM": 60 } ], "expect": { "collision": true },
              "score": { "points": 1, "mandatory": {{m}} } }
            """);
        return dir;
    }

    [Fact]
    public void List_json_is_an_array_naming_each_case_and_whether_it_is_mandatory()
    {
        var (code, output, _) = Aeb("list", "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var cases = doc.RootElement.EnumerateArray().ToList();
        Assert.Contains(cases, c => c.GetProperty("name").GetString() == "ccrs-50");
        Assert.All(cases, c => Assert.Equal(JsonValueKind.Array, c.GetProperty("suites").ValueKind));
        Assert.All(cases, c => Assert.True(c.GetProperty("mandatory").ValueKind is JsonValueKind.True or JsonValueKind.False));
    }

    [Fact]
    public void List_into_a_pipe_is_plain_text_with_whole_names()
    {
        var (_, output, _) = Aeb("list");
        Assert.DoesNotContain('│', output);
        Assert.DoesNotContain('┌', output);
        string longest = JsonDocument.Parse(Aeb("list", "--json").Out).RootElement.EnumerateArray().Select(c => c.GetProperty("name").GetString()!).MaxBy(n => n.Length)!;
        Assert.Contains(output.Split('\n'), line => line.StartsWith(longest + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_suite_with_a_failing_case_exits_1_and_min_score_passes_on_points_when_nothing_mandatory_fails()
    {
        string dir = UserSuite(mandatory: false);
        try
        {
            var (code, output, _) = Aeb("suite", dir);
            Assert.Equal(1, code);
            Assert.Contains("user-wrong", output);
            Assert.Contains("points: 3.0 of 4.0", output);
            Assert.Equal(0, Aeb("suite", dir, "--min-score", "75").Code);
            Assert.Equal(1, Aeb("suite", dir, "--min-score", "76").Code);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Min_score_never_hides_a_mandatory_failure()
    {
        string dir = UserSuite(mandatory: true);
        try
        {
            Assert.Equal(1, Aeb("suite", dir, "--min-score", "0").Code);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_report_into_a_missing_folder_or_a_trace_into_a_missing_folder_is_refused_before_work_and_creates_nothing()
    {
        string missing = Path.Combine(Path.GetTempPath(), $"aeb-missing-{Guid.NewGuid():N}");
        var (code, output, error) = Aeb("suite", "demo", "--report", Path.Combine(missing, "r"));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("--report", error);
        var trace = Aeb("run", "ccrs-50", "--trace", Path.Combine(missing, "t.csv"));
        Assert.Equal(2, trace.Code);
        Assert.Contains("--trace", trace.Err);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void A_folder_holding_other_files_is_not_overwritten_by_a_report()
    {
        string dir = TempFolder();
        File.WriteAllText(Path.Combine(dir, "thesis.txt"), "mine");
        try
        {
            var (code, _, error) = Aeb("suite", "demo", "--report", dir);
            Assert.Equal(2, code);
            Assert.Contains("not an aeb report", error);
            Assert.Equal("mine", File.ReadAllText(Path.Combine(dir, "thesis.txt")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void An_interrupted_suite_prints_what_finished_and_leaves_no_report()
    {
        string parent = TempFolder();
        string report = Path.Combine(parent, "r");
        var stop = Interruption.Manual();
        stop.Request();
        try
        {
            var (code, _, error) = Aeb(stop, "suite", "demo", "--report", report);
            Assert.Equal(130, code);
            Assert.Contains("interrupted", error);
            Assert.Contains("no report written", error);
            Assert.False(Directory.Exists(report));
            Assert.Empty(Directory.EnumerateFileSystemEntries(parent));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public void A_report_is_complete_links_each_case_and_replaces_an_earlier_report_whole()
    {
        string parent = TempFolder();
        string report = Path.Combine(parent, "r");
        try
        {
            string dir = UserSuite(mandatory: false);
            Assert.Equal(1, Aeb("suite", dir, "--report", report).Code);
            string html = File.ReadAllText(Path.Combine(report, "index.html"));
            Assert.Contains("<title>aeb report: ", html);
            foreach (string name in new[] { "user-stops", "user-wrong" })
            {
                Assert.Contains($"plots/{name}.png", html);
                Assert.Contains($"traces/{name}.csv", html);
                Assert.Contains($"scenarios/{name}.json", html);
                Assert.True(File.Exists(Path.Combine(report, "scenarios", name + ".json")));
            }

            Assert.True(html.IndexOf("user-wrong", StringComparison.Ordinal) < html.IndexOf("user-stops", StringComparison.Ordinal), "failures first");
            var (code, _, error) = Aeb("suite", "demo", "--report", report);
            Assert.Contains("replaced the earlier report", error);
            Assert.False(File.Exists(Path.Combine(report, "traces", "user-wrong.csv")), "a stale trace stayed");
            Assert.Single(Directory.EnumerateDirectories(parent));
            Assert.Equal(0, code);
            Directory.Delete(dir, recursive: true);
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public void Run_takes_a_users_matrix_file_and_runs_every_case()
    {
        string dir = TempFolder();
        string path = Path.Combine(dir, "mine.matrix.json");
        File.WriteAllText(path, """
            { "axes": { "speed": [20, 30] },
              "template": { "name": "mine-{speed}", "durationS": 8, "ego": { "speedKph": "{=speed}", "holdSpeed": true },
                "actors": [ { "id": "car", "class": "passengerCar", "gapM": 60 } ], "expect": { "collision": false } } }
            """);
        try
        {
            var (code, output, _) = Aeb("run", path, "--json");
            Assert.Equal(0, code);
            Assert.Equal(2, JsonDocument.Parse(output).RootElement.GetArrayLength());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("--duration", "0", "expected a run time above 0 and at most 3600 s, found 0")]
    [InlineData("--cpu", "99", "found 99")]
    [InlineData("--priority", "999", "from 1 to 99, found 999")]
    [InlineData("--spin-us", "20000", "shorter than the 10000 µs period")]
    public void Timing_options_are_checked_before_the_loop_starts(string option, string value, string text)
    {
        var (code, _, error) = Aeb("timing", option, value);
        Assert.Equal(2, code);
        Assert.Contains($"aeb: {option}: ", error);
        Assert.Contains(text, error);
    }

    // Each refused before any work: exit 2, one line "aeb: --option: expected ..., found <as typed>", no .NET type name.
    [Theory]
    [InlineData("--seeds: expected a whole number, found abc", "run", "ccrs-50", "--seeds", "abc")]
    [InlineData("--seeds: expected a whole number of seeds from 1 to 10000, found 0", "run", "ccrs-50", "--seeds", "0")]
    [InlineData("--jobs: expected a whole number, found many", "suite", "demo", "--jobs", "many")]
    [InlineData("--budget: expected a whole number of runs of at least 1, found -5", "explore", "forward-aeb", "--budget", "-5")]
    [InlineData("--shard: expected i/n with 0 ≤ i < n (for example 0/4), found 4/4", "explore", "forward-aeb", "--shard", "4/4")]
    [InlineData("--run-timeout: expected a number of seconds above 0 and at most 86400, found 0", "explore", "forward-aeb", "--run-timeout", "0")]
    [InlineData("--samples: expected a whole number of samples per level of at least 50, found 10", "estimate", "forward-aeb", "--samples", "10")]
    [InlineData("--population: expected a whole number of at least 2, found 1", "tune", "forward-aeb", "--population", "1")]
    [InlineData("--period: expected a number, found fast", "timing", "--period", "fast")]
    public void A_bad_option_value_is_one_line_naming_option_expectation_and_value(string expected, params string[] args)
    {
        var (code, output, error) = Aeb(args);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"aeb: {expected}", error.TrimEnd('\n', '\r'));
        Assert.DoesNotContain("System.", error);
    }

    [Fact]
    public void The_demo_and_the_demo_suite_run_the_same_cases()
    {
        var demo = JsonDocument.Parse(Aeb("--json").Out).RootElement.EnumerateArray().Select(r => r.GetProperty("scenario").GetString()).ToList();
        var suite = JsonDocument.Parse(Aeb("suite", "demo", "--json").Out).RootElement;
        Assert.Equal(demo.Count, suite.GetProperty("cases").GetInt32());
    }
}
