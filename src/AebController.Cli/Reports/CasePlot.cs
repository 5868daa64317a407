using AebController.Firmware.Signals;
using AebController.Scenarios.Running;
using ScottPlot;
using SkiaSharp;

namespace AebController.Cli.Reports;

/// <summary>
/// One case over time in two panels sharing the time axis. Upper: ego speed and gap on the left axis;
/// deceleration, brake request and TTC on the right. Lower, on its own axis: one lane each for the
/// warning output, forward AEB, low-speed/reverse AEB and MAI, coloured by state (the report's legend
/// names every colour), so states never hide the signals.
/// </summary>
public static class CasePlot
{
    private const float LeftPadding = 175, RightPadding = 75;

    private static readonly Color WarningOn = Color.FromHex("#e040fb");
    private static readonly Color WarningState = Color.FromHex("#fdd835");
    private static readonly Color Partial = Color.FromHex("#fb8c00");
    private static readonly Color Full = Color.FromHex("#e53935");
    private static readonly Color Hold = Color.FromHex("#1e88e5");
    private static readonly Color Mai = Color.FromHex("#8e24aa");
    private static readonly Color Inactive = Color.FromHex("#757575");

    private static readonly string[] Lanes = ["warning output", "forward AEB", "low-speed / reverse AEB", "MAI"];

    public static void Save(ScenarioResult result, string path, int width = 1000, int height = 560)
    {
        var trace = result.Trace;
        double[] t = trace.Select(c => (double)c.TimeS).ToArray();
        double end = t.Length > 0 ? Math.Max(t[^1], 0.1) : 1;
        int statesHeight = 170;
        var signals = Signals(result, t);
        var states = States(trace, t);
        signals.Axes.SetLimitsX(0, end);
        states.Axes.SetLimitsX(0, end);
        // Same left and right padding in both panels: their time axes line up pixel for pixel.
        signals.Layout.Fixed(new PixelPadding(LeftPadding, RightPadding, 40, 40));
        states.Layout.Fixed(new PixelPadding(LeftPadding, RightPadding, 45, 10));

        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(SKColors.White);
        // Each panel is rendered on its own and then drawn into place (a plot paints its whole canvas).
        using (var top = SKBitmap.Decode(signals.GetImageBytes(width, height - statesHeight, ImageFormat.Png)))
        using (var bottom = SKBitmap.Decode(states.GetImageBytes(width, statesHeight, ImageFormat.Png)))
        {
            surface.Canvas.DrawBitmap(top, 0, 0);
            surface.Canvas.DrawBitmap(bottom, 0, height - statesHeight);
        }
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        png.SaveTo(file);
    }

    private static Plot Signals(ScenarioResult result, double[] t)
    {
        var trace = result.Trace;
        var plot = new Plot();
        plot.Title($"{result.Scenario}: {(result.Collided ? $"contact at {result.ImpactSpeedKph:0.0} km/h" : "no contact")}");
        plot.YLabel("speed (km/h), gap (m)");
        plot.Axes.Right.Label.Text = "deceleration, brake request (m/s²), TTC (s)";
        Line(plot, t, trace.Select(c => (double)MathF.Abs(c.EgoSpeedKph)).ToArray(), "ego speed km/h", Colors.Black, right: false);
        Line(plot, t, trace.Select(c => float.IsFinite(c.PathGapM) ? Math.Min(c.PathGapM, 100) : double.NaN).ToArray(), "gap m", Colors.Blue, right: false);
        Line(plot, t, trace.Select(c => (double)c.DecelMps2).ToArray(), "deceleration m/s²", Colors.Red, right: true);
        Line(plot, t, trace.Select(c => (double)c.BrakeRequestMps2).ToArray(), "brake request m/s²", Colors.Orange, right: true);
        Line(plot, t, trace.Select(c => float.IsFinite(c.TtcS) ? Math.Min(c.TtcS, 10) : double.NaN).ToArray(), "TTC s (capped at 10)", Colors.Green, right: true);
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    private static Plot States(CycleRecord[] trace, double[] t)
    {
        var plot = new Plot();
        plot.XLabel("time (s)");
        var ticks = Lanes.Select((name, i) => new Tick(Lanes.Length - 1 - i, name)).ToArray();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.SetLimitsY(-0.6, Lanes.Length - 0.4);
        Lane(plot, trace, t, 3, c => c.Warnings != WarningOutputs.None ? WarningOn : null);
        Lane(plot, trace, t, 2, c => Forward(c.ForwardState));
        Lane(plot, trace, t, 1, c => Obstacle(c.LowSpeedForwardState) ?? Obstacle(c.LowSpeedRearState) ?? Obstacle(c.ReverseAebState));
        Lane(plot, trace, t, 0, c => c.MaiState is MaiState.SuppressingObstacle or MaiState.SuppressingOpen ? Mai : null);
        return plot;
    }

    private static Color? Forward(ForwardAebState s) => s switch
    {
        ForwardAebState.Warning => WarningState,
        ForwardAebState.PartialBraking => Partial,
        ForwardAebState.FullBraking => Full,
        ForwardAebState.StandstillHold => Hold,
        ForwardAebState.Overridden or ForwardAebState.Degraded => Inactive,
        _ => null,
    };

    private static Color? Obstacle(ObstacleAebState s) => s switch
    {
        ObstacleAebState.Warning => WarningState,
        ObstacleAebState.Braking => Partial,
        ObstacleAebState.StandstillHold => Hold,
        ObstacleAebState.Overridden or ObstacleAebState.Degraded => Inactive,
        _ => null,
    };

    /// <summary>Draws the spans of time a lane spends in each coloured state as rectangles on its row.</summary>
    private static void Lane(Plot plot, CycleRecord[] trace, double[] t, int row, Func<CycleRecord, Color?> colour)
    {
        int start = 0;
        for (int i = 1; i <= trace.Length; i++)
        {
            if (i < trace.Length && colour(trace[i]) == colour(trace[start])) continue;
            if (colour(trace[start]) is Color c)
            {
                double end = i < trace.Length ? t[i] : t[^1];
                var box = plot.Add.Rectangle(t[start], Math.Max(end, t[start] + 0.01), row - 0.35, row + 0.35);
                box.FillStyle.Color = c;
                box.LineStyle.Width = 0;
            }

            start = i;
        }
    }

    private static void Line(Plot plot, double[] x, double[] y, string label, Color color, bool right)
    {
        var line = plot.Add.ScatterLine(x, y);
        line.LegendText = label;
        line.Color = color;
        line.LineWidth = 2;
        if (right) line.Axes.YAxis = plot.Axes.Right;
    }
}
