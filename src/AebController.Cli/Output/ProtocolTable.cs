using AebController.Cli.Commands;
using AebController.Scenarios.Scoring.Protocols;

namespace AebController.Cli.Output;

/// <summary>The protocol scorecard on the console: points per chapter, then the gates.</summary>
public static class ProtocolTable
{
    public static void Print(CliContext context, IReadOnlyList<ProtocolScorecard> protocols)
    {
        if (protocols.Count == 0) return;
        var table = new TextTable("protocol", "chapter / scenario", "points", "max", "cells", "not full / failed");
        foreach (var p in protocols)
        {
            foreach (var c in p.Chapters)
            {
                table.AddRow(p.Protocol, c.Chapter, c.Points.ToString("0.###"), c.MaxPoints.ToString("0.###"), c.Cells.ToString(), c.Failed.ToString());
                foreach (var g in p.Grids.Where(g => g.Chapter == c.Chapter))
                {
                    table.AddRow("", "  " + g.Scenario, g.Points.ToString("0.###"), g.MaxPoints.ToString("0.###"), g.Cells.ToString(), g.Failed.ToString());
                    if (g.RobustnessMax > 0f)
                    {
                        table.AddRow("", "  " + g.Scenario + " robustness (beside)", g.RobustnessPoints.ToString("0.###"), g.RobustnessMax.ToString("0.###"), "", "");
                    }
                }
            }

            table.AddRow(p.Protocol, "total", p.Score.ToString("0.###"), p.MaxScore.ToString("0.###"), p.Cells.ToString(), p.Failed.ToString());
            foreach (var g in p.Gates)
            {
                string held = g.Held switch { true => "held", false => "FAILED", _ => "not assessed" };
                table.AddRow(p.Protocol, "gate: " + g.Name, held, "", "", g.Detail);
            }
        }

        table.Write(context.Out, context.OutIsTerminal);
    }
}
