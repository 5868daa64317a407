using System.Text.Json;
using AebController.Cli.Commands;

namespace AebController.Scenarios.Tests;

/// <summary>The `aeb` command as a user runs it: output and exit codes.</summary>
public class CliTests
{
    /// <summary>Runs <paramref name="body"/> with a temporary file holding <paramref name="content"/>, then deletes it.</summary>
    private static void WithTempFile(string extension, string content, Action<string> body)
    {
        string path = Path.Combine(Path.GetTempPath(), $"aeb-test-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        try
        {
            body(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static (int Code, string Out, string Err) Aeb(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Run_json_reports_the_required_fields_and_exit_0_when_expectations_hold()
    {
        var (code, output, _) = Aeb("run", "ccrs-50", "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("ccrs-50", root.GetProperty("scenario").GetString());
        Assert.False(root.GetProperty("collided").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("impactSpeedKph").ValueKind);
        Assert.True(root.GetProperty("minGapM").GetDouble() > 0);
        double warning = root.GetProperty("firstWarningS").GetDouble();
        double brake = root.GetProperty("firstBrakeS").GetDouble();
        Assert.True(warning < brake);
        Assert.True(root.GetProperty("maxDecelMps2").GetDouble() > 3);
    }

    [Fact]
    public void Run_exits_1_when_an_expectation_fails()
    {
        WithTempFile(".json", """
            { "name": "wrong-expectation", "durationS": 8, "ego": { "speedKph": 40, "holdSpeed": true },
              "actors": [ { "id": "car", "class": "passengerCar", "gapM": 60 } ],
              "expect": { "collision": true } }
            """, path =>
        {
            var (code, output, _) = Aeb("run", path, "--json");
            Assert.Equal(1, code);
            Assert.Contains("no contact, but the case expects one", output);
        });
    }

    [Fact]
    public void A_misspelt_field_exits_2_with_one_line_naming_it()
    {
        WithTempFile(".json", """{ "name": "bad", "durationS": 8, "ego": { "sped": 40 } }""", path =>
        {
            var (code, output, error) = Aeb("run", path);
            Assert.Equal(2, code);
            Assert.Equal(string.Empty, output);
            Assert.Contains("ego.sped", error);
            Assert.Single(error.TrimEnd().Split('\n'));
            Assert.DoesNotContain("   at ", error);
        });
    }

    [Fact]
    public void An_unknown_scenario_name_exits_2()
    {
        var (code, _, error) = Aeb("run", "no-such-case");
        Assert.Equal(2, code);
        Assert.Contains("aeb list", error);
    }

    [Fact]
    public void A_bad_calibration_exits_2_naming_the_field()
    {
        WithTempFile(".json", """{ "forwardAeb": { "fullBrakeDecelMps2": 40 } }""", path =>
        {
            var (code, _, error) = Aeb("run", "ccrs-50", "--calibration", path);
            Assert.Equal(2, code);
            Assert.Contains("forwardAeb.fullBrakeDecelMps2", error);
        });
    }

    [Fact]
    public void Trace_writes_one_csv_row_per_cycle()
    {
        string path = Path.Combine(Path.GetTempPath(), $"aeb-trace-{Guid.NewGuid():N}.csv");
        try
        {
            var (code, _, _) = Aeb("run", "ccrs-30", "--trace", path);
            Assert.Equal(0, code);
            string[] lines = File.ReadAllLines(path);
            Assert.StartsWith("timeS,egoSpeedKph", lines[0]);
            Assert.True(lines.Length > 300);
            Assert.Contains(lines, l => l.Contains("FullBraking") || l.Contains("PartialBraking"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void List_shows_the_built_in_scenarios()
    {
        var (code, output, _) = Aeb("list");
        Assert.Equal(0, code);
        Assert.Contains("ccrs-50", output);
        Assert.Contains("ccrb-12m-6", output);
    }

    [Fact]
    public void Hw_dry_run_prints_the_wiring_and_a_broken_pin_map_exits_2_naming_the_problem()
    {
        string root = RepositoryRoot.Path;
        var (code, output, _) = Aeb("hw", "--pinmap", Path.Combine(root, "hw", "pinmap.json"), "--dry-run");
        Assert.Equal(0, code);
        Assert.Contains("GPIO23", output);
        Assert.Contains("dry run: pin map valid", output);

        WithTempFile(".json", File.ReadAllText(Path.Combine(root, "hw", "pinmap.json")).Replace("\"buzzer\": 23", "\"buzzer\": 17"), bad =>
        {
            var (badCode, _, error) = Aeb("hw", "--pinmap", bad, "--dry-run");
            Assert.Equal(2, badCode);
            Assert.Contains("outputs.buzzer", error);
            Assert.Contains("already used by 'inputs.brakeSwitch'", error);
        });
    }
}
