using System.Runtime.InteropServices;
using AebController.Cli.Commands;
using static AebController.Scenarios.Tests.CliHarness;

namespace AebController.Scenarios.Tests;

/// <summary>
/// The issue 13 contract for inputs found bad while walking the "Done when" list as a user: output
/// folders of every command checked before work, signals never swallowed, no unbounded matrix, an
/// OpenSCENARIO case held to the scenario format's limits, plain text into a pipe. Judged against the
/// README's documented exit codes (0, 1, 2, 3, 130/143) and the one-line message shape.
/// </summary>
public class BadInputAndInterruptionTests
{
    private static void AssertOneLine(string error, params string[] parts)
    {
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("aeb: ", error);
        Assert.DoesNotContain("   at ", error);
        Assert.DoesNotContain("Exception", error);
        foreach (string part in parts) Assert.Contains(part, error);
    }

    [Fact]
    public void A_signal_before_any_command_claims_it_keeps_its_default_effect()
    {
        using var stop = Interruption.Manual();
        var term = new PosixSignalContext(PosixSignal.SIGTERM);
        stop.Deliver(term);
        Assert.False(term.Cancel);
        Assert.False(stop.Requested);
    }

    [Fact]
    public void A_claimed_signal_becomes_a_request_and_a_second_ctrl_c_ends_the_process()
    {
        using var stop = Interruption.Manual();
        var token = stop.Claim();
        var term = new PosixSignalContext(PosixSignal.SIGTERM);
        stop.Deliver(term);
        Assert.True(term.Cancel);
        Assert.True(token.IsCancellationRequested);
        Assert.Equal(143, stop.ExitCode);
        var again = new PosixSignalContext(PosixSignal.SIGINT);
        stop.Deliver(again);
        Assert.False(again.Cancel);
    }

    [Fact]
    public void An_interrupted_fault_campaign_exits_with_the_signal_code_and_writes_nothing()
    {
        string parent = TempFolder();
        string output = Path.Combine(parent, "faults");
        using var stop = Interruption.Manual();
        stop.Request(PosixSignal.SIGTERM);
        try
        {
            var (code, stdout, error) = Aeb(stop, "faults", "--out", output, "--jobs", "1");
            Assert.Equal(143, code);
            Assert.Equal("", stdout);
            Assert.Contains("interrupted by SIGTERM", error);
            Assert.Contains("no scenario files written", error);
            Assert.False(Directory.Exists(output));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Theory]
    [InlineData("faults", "--out")]
    [InlineData("explore", "forward-aeb", "--budget", "1", "--out")]
    [InlineData("tune", "forward-aeb", "--out")]
    [InlineData("export", "ccrs-50", "--to", "json", "--out")]
    [InlineData("merge", "nowhere", "--out")]
    public void An_output_path_inside_a_file_is_refused_before_any_work(params string[] command)
    {
        string parent = TempFolder();
        string file = Path.Combine(parent, "a-file");
        File.WriteAllText(file, "x");
        try
        {
            var (code, stdout, error) = Aeb([.. command, Path.Combine(file, "out")]);
            Assert.Equal(2, code);
            Assert.Equal("", stdout);
            AssertOneLine(error, "--out", file);
            Assert.Equal([file], Directory.EnumerateFileSystemEntries(parent));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public void An_output_folder_that_is_a_file_is_refused()
    {
        string parent = TempFolder();
        string file = Path.Combine(parent, "a-file");
        File.WriteAllText(file, "x");
        try
        {
            var (code, _, error) = Aeb("faults", "--out", file);
            Assert.Equal(2, code);
            AssertOneLine(error, "--out: expected a folder, found a file");
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public void A_matrix_that_would_expand_beyond_the_limit_is_refused_at_once_naming_its_axes()
    {
        string dir = TempFolder();
        string file = Path.Combine(dir, "big.matrix.json");
        string values = string.Join(",", Enumerable.Range(1, 400));
        File.WriteAllText(file, $$"""
            { "axes": { "a": [{{values}}], "b": [{{values}}] },
              "template": { "name": "c-{a}-{b}", "durationS": 5, "ego": { "speedKph": "{=a / 10}" } } }
            """);
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var (code, stdout, error) = Aeb("suite", file);
            Assert.Equal(2, code);
            Assert.Equal("", stdout);
            AssertOneLine(error, "big.matrix.json", "axes", "160000", "400 a", "400 b");
            // Refused from the axis lengths, not after building 160,000 cases (which takes minutes).
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void An_openscenario_case_outside_the_scenario_formats_limits_is_refused_naming_the_xosc()
    {
        string data = Path.Combine(AppContext.BaseDirectory, "OpenScenario", "data");
        if (!Directory.Exists(data)) data = Path.Combine(RepositoryRoot.Path, "tests", "AebController.Scenarios.Tests", "OpenScenario", "data");
        string dir = TempFolder();
        try
        {
            CopyFolder(data, dir);
            string xosc = Path.Combine(dir, "fast.xosc");
            // 900 km/h: above the scenario format's documented ego speed range (0 to 250 km/h).
            File.WriteAllText(xosc, File.ReadAllText(Path.Combine(dir, "crossing.xosc")).Replace("name=\"EgoKph\" parameterType=\"double\" value=\"36\"", "name=\"EgoKph\" parameterType=\"double\" value=\"900\""));
            Assert.Contains("value=\"900\"", File.ReadAllText(xosc));
            var (code, stdout, error) = Aeb("run", xosc);
            Assert.Equal(2, code);
            Assert.Equal("", stdout);
            AssertOneLine(error, "fast.xosc", "ego.speedKph", "250", "found 900");
            // The converted value is the file's, not a default.
            Assert.DoesNotContain("(the default)", error);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void An_openscenario_pedestrian_of_negative_mass_is_refused_with_exit_2()
    {
        string data = Path.Combine(AppContext.BaseDirectory, "OpenScenario", "data");
        if (!Directory.Exists(data)) data = Path.Combine(RepositoryRoot.Path, "tests", "AebController.Scenarios.Tests", "OpenScenario", "data");
        string dir = TempFolder();
        try
        {
            CopyFolder(data, dir);
            string xosc = Path.Combine(dir, "heavy.xosc");
            File.WriteAllText(xosc, File.ReadAllText(Path.Combine(dir, "crossing.xosc")).Replace("mass=\"75\"", "mass=\"-3\""));
            Assert.Contains("mass=\"-3\"", File.ReadAllText(xosc));
            var (code, stdout, error) = Aeb("run", xosc);
            Assert.Equal(2, code);
            Assert.Equal("", stdout);
            AssertOneLine(error, "heavy.xosc", "Pedestrian[Adult]/@mass", "expected a number > 0 (kg)", "found '-3'");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_calibration_error_names_the_file_as_the_user_typed_it()
    {
        string dir = TempFolder();
        string file = Path.Combine(dir, "cal.json");
        File.WriteAllText(file, "{\"forwardAeb\":{\"stopMarginM\":1.5,\"stopMarginM\":2}}");
        try
        {
            string typed = Path.GetRelativePath(Environment.CurrentDirectory, file);
            var (code, stdout, error) = Aeb("run", "ccrs-50", "--calibration", typed);
            Assert.Equal(2, code);
            Assert.Equal("", stdout);
            AssertOneLine(error, "forwardAeb.stopMarginM", "twice");
            Assert.StartsWith($"aeb: {typed}: ", error);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_protocol_table_of_a_suite_is_plain_text_into_a_pipe()
    {
        var (_, output, _) = Aeb("suite", "ccrb");
        Assert.Contains("euro-ncap", output);
        Assert.DoesNotContain('│', output);
        Assert.DoesNotContain('─', output);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (string d in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories)) Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, d)));
        foreach (string f in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories)) File.Copy(f, Path.Combine(to, Path.GetRelativePath(from, f)));
    }
}
