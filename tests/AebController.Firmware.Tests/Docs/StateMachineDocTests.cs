using AebController.Firmware.Functions;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Docs;

/// <summary>docs/state-machines.md is generated from the transition tables; it must match them.</summary>
public sealed class StateMachineDocTests
{
    /// <summary>docs/state-machines.md of this checkout; deterministic CI builds map source paths to /_/, so look from the binaries too.</summary>
    private static string DocPath([System.Runtime.CompilerServices.CallerFilePath] string here = "")
    {
        foreach (string? start in new[] { Path.GetDirectoryName(here), AppContext.BaseDirectory })
        {
            for (string? dir = start; dir is not null; dir = Path.GetDirectoryName(dir))
            {
                if (File.Exists(Path.Combine(dir, "AebController.sln"))) return Path.Combine(dir, "docs", "state-machines.md");
            }
        }

        throw new InvalidOperationException("cannot find the repository root");
    }

    [Fact]
    public void The_state_machine_document_matches_the_tables()
    {
        string expected = StateDiagram.Document();
        string path = DocPath();
        if (Environment.GetEnvironmentVariable("AEB_WRITE_STATE_DOC") == "1") File.WriteAllText(path, expected);
        Assert.True(File.Exists(path), $"{path} is missing; run the tests with AEB_WRITE_STATE_DOC=1");
        Assert.True(expected == File.ReadAllText(path).ReplaceLineEndings("\n"),
            $"{path} is stale: the transition tables changed. Run the tests with AEB_WRITE_STATE_DOC=1 and commit the file.");
    }

    [Fact]
    public void Every_forward_state_is_reachable_and_every_state_but_none_has_a_way_out()
    {
        var rows = ForwardAebTable.Transitions.ToArray();
        foreach (var state in Enum.GetValues<ForwardAebState>())
        {
            Assert.Contains(rows, r => r.From == state);
            if (state != ForwardAebState.Off) Assert.Contains(rows, r => r.To == state);
        }
    }

    [Fact]
    public void No_state_has_two_rows_with_the_same_guard()
    {
        var rows = ForwardAebTable.Transitions.ToArray();
        Assert.Equal(rows.Length, rows.Select(r => (r.From, r.Guard)).Distinct().Count());
    }

    [Fact]
    public void Every_obstacle_state_is_reachable_and_has_a_way_out_and_no_state_has_two_rows_with_the_same_guard()
    {
        var rows = ObstacleAebTable.Transitions.ToArray();
        foreach (var state in Enum.GetValues<ObstacleAebState>())
        {
            Assert.Contains(rows, r => r.From == state);
            if (state != ObstacleAebState.Off) Assert.Contains(rows, r => r.To == state);
        }

        Assert.Equal(rows.Length, rows.Select(r => (r.From, r.Guard)).Distinct().Count());
    }
}
