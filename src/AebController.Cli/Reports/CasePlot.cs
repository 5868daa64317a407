using AebController.Firmware.Signals;
using AebController.Scenarios.Running;
using ScottPlot;

namespace AebController.Cli.Reports;

/// <summary>
/// One case over time: ego speed and gap on the left axis, deceleration, brake request and TTC on
/// the right, the warning as a band, and the functions' states shaded behind.
/// </summary>
public static class CasePlot
{
    public static void Save(ScenarioResult result, string path, int width = 1000, int height = 480)
    {
        var trace = result.Trace;
        double[] t = trace.Select(c => (double)c.TimeS).ToArray();
        var plot = new Plot();
        plot.Title($"{result.Scenario}: {(result.Collided ? $"contact at {result.ImpactSpeedKph:0.0} km/h" : "no contact")}");
        plot.XLabel("time (s)");
        plot.YLabel("speed (km/h), gap (m)");
        plot.Axes.Right.Label.Text = "deceleration, brake request (m/s²), TTC (s)";

        Shade(plot, trace, t);

        Line(plot, t, trace.Select(c => (double)MathF.Abs(c.EgoSpeedKph)).ToArray(), "ego speed km/h", Colors.Black, right: false);
        Line(plot, t, trace.Select(c => float.IsFinite(c.PathGapM) ? Math.Min(c.PathGapM, 100) : double.NaN).ToArray(), "gap m", Colors.Blue, right: false);
        Line(plot, t, trace.Select(c => (double)c.DecelMps2).ToArray(), "deceleration m/s²", Colors.Red, right: true);
        Line(plot, t, trace.Select(c => (double)c.BrakeRequestMps2).ToArray(), "brake request m/s²", Colors.Orange, right: true);
        Line(plot, t, trace.Select(c => float.IsFinite(c.TtcS) ? Math.Min(c.TtcS, 10) : double.NaN).ToArray(), "TTC s", Colors.Green, right: true);
        Line(plot, t, trace.Select(c => c.Warnings != WarningOutputs.None ? 1.0 : 0.0).ToArray(), "warning on", Colors.Magenta, right: true);

        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, width, height);
    }

    private static void Line(Plot plot, double[] x, double[] y, string label, Color color, bool right)
    {
        var line = plot.Add.ScatterLine(x, y);
        line.LegendText = label;
        line.Color = color;
        line.LineWidth = 2;
        if (right) line.Axes.YAxis = plot.Axes.Right;
    }

    /// <summary>Spans of time in each active state: warning yellow, partial braking orange, full braking red, holds blue, MAI violet.</summary>
    private static void Shade(Plot plot, CycleRecord[] trace, double[] t)
    {
        int start = 0;
        for (int i = 1; i <= trace.Length; i++)
        {
            if (i < trace.Length && Category(trace[i]) == Category(trace[start])) continue;
            var color = Category(trace[start]) switch
            {
                1 => Colors.Yellow.WithAlpha(0.25),
                2 => Colors.Orange.WithAlpha(0.25),
                3 => Colors.Red.WithAlpha(0.2),
                4 => Colors.Blue.WithAlpha(0.15),
                5 => Colors.Violet.WithAlpha(0.2),
                _ => Colors.Transparent,
            };
            if (Category(trace[start]) != 0)
            {
                double end = i < trace.Length ? t[i] : t[^1];
                var span = plot.Add.HorizontalSpan(t[start], end);
                span.FillStyle.Color = color;
                span.LineStyle.Width = 0;
            }

            start = i;
        }
    }

    private static int Category(in CycleRecord c)
    {
        if (c.ForwardState == ForwardAebState.FullBraking) return 3;
        if (c.ForwardState == ForwardAebState.PartialBraking
            || c.LowSpeedForwardState == ObstacleAebState.Braking || c.LowSpeedRearState == ObstacleAebState.Braking || c.ReverseAebState == ObstacleAebState.Braking) return 2;
        if (c.ForwardState == ForwardAebState.StandstillHold || c.LowSpeedForwardState == ObstacleAebState.StandstillHold
            || c.LowSpeedRearState == ObstacleAebState.StandstillHold || c.ReverseAebState == ObstacleAebState.StandstillHold) return 4;
        if (c.MaiState is MaiState.SuppressingObstacle or MaiState.SuppressingOpen) return 5;
        if (c.ForwardState == ForwardAebState.Warning || c.Warnings != WarningOutputs.None) return 1;
        return 0;
    }
}
