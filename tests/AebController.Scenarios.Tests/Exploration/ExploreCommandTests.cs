using System.Diagnostics;
using System.Text.Json;
using AebController.Cli.Commands;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Exploration.Analysis;
using AebController.Scenarios.Exploration.Search;
using AebController.Scenarios.Exploration.Spaces;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Running;
using AebController.Scenarios.Storage;

namespace AebController.Scenarios.Tests.Exploration;

/// <summary>`aeb explore`, `aeb merge`: a seeded failure is found, clustered, shrunk and reproduced; shards merge to one run.</summary>
public class ExploreCommandTests
{
    /// <summary>Closing on a stopped car from 4 s out, 20–100 km/h: avoidable with full braking at every speed.</summary>
    private const string SeededSpace = """
        {
          "space": "seeded",
          "description": "test space: a stopped car 4 s ahead",
          "parameters": {
            "egoKph": { "min": 20, "max": 100, "round": 5 },
            "offsetM": { "min": -0.4, "max": 0.4, "neutral": 0, "round": 0.1 }
          },
          "template": {
            "durationS": 7,
            "ego": { "speedKph": "{=egoKph}", "gear": "drive", "holdSpeed": true },
            "actors": [ { "id": "target", "class": "passengerCar", "gapM": "{=egoKph / 3.6 * 4}", "yM": "{=offsetM}", "speedKph": 0 } ],
            "end": { "whenStoppedForS": 0.3 },
            "expect": { "collision": false }
          }
        }
        """;

    /// <summary>The seeded fault: forward AEB calibrated to stand down above 60 km/h, so every run above 60 km/h must hit the car.</summary>
    private const string SeededCalibration = """{ "forwardAeb": { "maxSpeedMps": 16.6667 } }""";

    private static (int Code, string Out, string Err) Aeb(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void A_seeded_failure_is_found_clustered_shrunk_and_reproduced_by_aeb_run()
    {
        using var tmp = new TempFolder();
        string space = tmp.File("seeded.space.json", SeededSpace);
        string cal = tmp.File("seeded.cal.json", SeededCalibration);
        string dir = tmp.Sub("campaign");
        var (code, output, err) = Aeb("explore", space, "--budget", "128", "--jobs", "2", "--out", dir, "--json", "--calibration", cal);
        Assert.True(code == 1, err);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(128, root.GetProperty("runs").GetInt64());
        Assert.True(root.GetProperty("failures").GetInt64() > 0);
        var modes = root.GetProperty("modes");
        Assert.Equal(1, modes.GetArrayLength());
        var mode = modes[0];
        Assert.Equal("collision", mode.GetProperty("kind").GetString());
        Assert.True(mode.GetProperty("reproduces").GetBoolean());

        // Every failure lies where the seeded calibration switched AEB off, and the minimal case is there, round and centred.
        var parsedSpace = SpaceLoader.Load(space);
        using (var store = CampaignStore.OpenExisting(dir))
        {
            foreach (var f in store.Read("valid AND failed")) Assert.True(f.Values[0] > 60, $"failure at {f.Values[0]} km/h");
            Assert.True(store.Read("valid AND NOT failed").Any(r => r.Values[0] > 60) == false, "a run above 60 km/h passed");
        }

        double minimalKph = double.Parse(mode.GetProperty("minimal").GetProperty("egoKph").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(minimalKph > 60 && minimalKph % 5 == 0, $"minimal speed {minimalKph}");
        Assert.Equal("0", mode.GetProperty("minimal").GetProperty("offsetM").GetString());

        // The shrunk file is an ordinary scenario: `aeb run` fails it with the seeded calibration, bit for bit like
        // the same point generated from the space, and passes it with the default calibration.
        string file = root.GetProperty("files")[0].GetString()!;
        string traceFile = tmp.Sub("trace.csv");
        var (runCode, _, runErr) = Aeb("run", file, "--calibration", cal, "--trace", traceFile);
        Assert.True(runCode == 1, runErr);
        var fromSpace = parsedSpace.Instantiate([minimalKph, 0], "x", ScenarioLoader.Load(file).Seed);
        var direct = new ScenarioRunner(CalibrationFile.Load(cal)).Run(fromSpace);
        var fromFile = new ScenarioRunner(CalibrationFile.Load(cal)).Run(ScenarioLoader.Load(file));
        Assert.True(CampaignAnalysis.SameOutcome(direct, fromFile));
        Assert.True(direct.Collided);
        Assert.Equal(0, Aeb("run", file).Code);
    }

    [Fact]
    public void Without_the_seeded_fault_the_same_space_has_no_failure()
    {
        using var tmp = new TempFolder();
        string space = tmp.File("seeded.space.json", SeededSpace);
        var (code, output, err) = Aeb("explore", space, "--budget", "64", "--out", tmp.Sub("c"), "--json");
        Assert.True(code == 0, err + output);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(0, doc.RootElement.GetProperty("failures").GetInt64());
    }

    [Fact]
    public void Two_shards_in_separate_processes_merge_to_exactly_one_unsharded_run()
    {
        using var tmp = new TempFolder();
        string space = tmp.File("seeded.space.json", SeededSpace);
        string cal = tmp.File("seeded.cal.json", SeededCalibration);
        string aeb = Path.Combine(AppContext.BaseDirectory, "aeb.dll");
        var shards = new[] { "0/2", "1/2" }.Select((s, i) => Process.Start(new ProcessStartInfo("dotnet", [aeb, "explore", space, "--budget", "200", "--seed", "7",
            "--shard", s, "--out", tmp.Sub($"shard{i}"), "--calibration", cal, "--store-only", "--json", "--jobs", "1"])
        { RedirectStandardOutput = true, RedirectStandardError = true })!).ToArray();
        foreach (var p in shards)
        {
            string err = p.StandardError.ReadToEnd();
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            Assert.True(p.ExitCode == 0, err);
        }

        var (mergeCode, mergeOut, mergeErr) = Aeb("merge", tmp.Sub("shard0"), tmp.Sub("shard1"), "--out", tmp.Sub("merged"), "--json", "--space", space);
        var (oneCode, oneOut, oneErr) = Aeb("explore", space, "--budget", "200", "--seed", "7", "--out", tmp.Sub("one"), "--calibration", cal, "--json");
        Assert.True(mergeCode == oneCode, mergeErr + oneErr);

        // Every stored run, field by field.
        using (var merged = CampaignStore.OpenExisting(tmp.Sub("merged")))
        using (var one = CampaignStore.OpenExisting(tmp.Sub("one")))
        {
            var a = merged.Read().ToList();
            var b = one.Read().ToList();
            Assert.Equal(200, b.Count);
            Assert.Equal(b.Count, a.Count);
            for (int i = 0; i < a.Count; i++) Assert.Equal(Describe(b[i]), Describe(a[i]));
        }

        // The analysis: identical JSON apart from paths and speed, identical minimal-case files.
        Assert.Equal(Normalise(oneOut), Normalise(mergeOut));
        var files = Directory.GetFiles(Path.Combine(tmp.Sub("one"), "modes")).Select(Path.GetFileName).Order().ToArray();
        Assert.NotEmpty(files);
        foreach (var f in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(tmp.Sub("one"), "modes", f!)), File.ReadAllBytes(Path.Combine(tmp.Sub("merged"), "modes", f!)));
        }
    }

    [Fact]
    public void A_campaign_killed_mid_way_resumes_without_losing_or_repeating_a_run()
    {
        using var tmp = new TempFolder();
        string space = tmp.File("seeded.space.json", SeededSpace);
        string dir = tmp.Sub("c");
        string aeb = Path.Combine(AppContext.BaseDirectory, "aeb.dll");
        const int budget = 1600;
        var process = Process.Start(new ProcessStartInfo("dotnet", [aeb, "explore", space, "--budget", $"{budget}", "--out", dir, "--jobs", "1", "--store-only"])
        { RedirectStandardOutput = true, RedirectStandardError = true })!;
        // The first progress line comes after the first blocks were flushed to the store.
        string? line = process.StandardError.ReadLine();
        bool killedMidway = !process.HasExited;
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        Assert.True(killedMidway && line is not null && line.StartsWith("progress:", StringComparison.Ordinal), $"not killed mid-way: {line}");

        var (code, output, err) = Aeb("explore", space, "--budget", $"{budget}", "--out", dir, "--jobs", "2", "--store-only", "--json");
        Assert.True(code == 0, err);
        // A finished campaign run again has nothing left to do, and says so without failing.
        var (again, _, againErr) = Aeb("explore", space, "--budget", $"{budget}", "--out", dir, "--store-only", "--json");
        Assert.True(again == 0, againErr);
        var parsed = SpaceLoader.Load(space);
        using var store = CampaignStore.OpenExisting(dir);
        var runs = store.Read().ToList();
        Assert.Equal(budget, runs.Count);
        Assert.Equal(Enumerable.Range(0, budget).Select(i => (long)i), runs.Select(r => r.Index));

        // Runs are pure functions of their index: recomputing three blocks gives the stored records exactly.
        // The campaign ran in aeb's default world (no --world given): recompute in the same one.
        var runner = new BlockRunner(parsed, 1, new ScenarioRunner(world: WorldOption.Load(null)));
        foreach (long block in new long[] { 0, 17, 49 })
        {
            var recomputed = runner.Run(block, CampaignPlan.BlockSize);
            for (int s = 0; s < recomputed.Length; s++) Assert.Equal(Describe(recomputed[s]), Describe(runs[(int)block * CampaignPlan.BlockSize + s]));
        }
    }

    [Fact]
    public void Explore_list_names_the_builtin_spaces_and_bad_input_is_one_line_exit_2()
    {
        var (code, output, _) = Aeb("explore", "--list", "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var names = doc.RootElement.EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        foreach (var n in new[] { "forward-aeb", "reverse-aeb", "low-speed-obstacles", "mai", "false-activation", "faults", "validation-1e-6" }) Assert.Contains(n, names);

        var (badCode, _, badErr) = Aeb("explore", "no-such-space", "--budget", "10");
        Assert.Equal(2, badCode);
        Assert.Contains("no-such-space", badErr);
        Assert.Single(badErr.Trim().Split('\n'));
        Assert.Equal(2, Aeb("explore", "forward-aeb", "--shard", "2/2").Code);
    }

    private static string Describe(RunRecord r) =>
        $"{r.Index} {r.Block} {r.Valid} {r.Failed} {r.Kind} {r.Collided} {r.CollidedWith} {Bits(r.ImpactKph)} {Bits(r.MinGapM)} {Bits(r.MinTtcS)} " +
        $"{Bits(r.FirstWarningS)} {Bits(r.FirstBrakeS)} {Bits(r.MaxBrakeMps2)} {BitConverter.DoubleToInt64Bits(r.Robustness)} {Bits(r.Score)} {r.Failure} " +
        string.Join(",", r.Search.Concat(r.Values).Select(BitConverter.DoubleToInt64Bits));

    private static int Bits(float f) => BitConverter.SingleToInt32Bits(f);

    private static string Normalise(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node.Remove("runsPerSecond");
        node.Remove("store");
        node.Remove("report");
        node.Remove("files");
        foreach (var m in node["modes"]!.AsArray()) m!.AsObject().Remove("file");
        return node.ToJsonString();
    }
}
