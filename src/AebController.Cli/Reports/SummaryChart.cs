using AebController.Scenarios.Scoring;
using ScottPlot;

namespace AebController.Cli.Reports;

/// <summary>Per-suite bar chart: share of the maximum score earned, and cases failed.</summary>
public static class SummaryChart
{
    public static byte[] Png(Scorecard card, int width = 900, int height = 420)
    {
        var plot = new Plot();
        plot.Title($"Scorecard: {card.Suite}");
        var suites = card.Suites;
        var bars = new List<Bar>();
        for (int i = 0; i < suites.Count; i++)
        {
            double share = suites[i].MaxScore > 0 ? 100.0 * suites[i].Score / suites[i].MaxScore : 0;
            bars.Add(new Bar { Position = i, Value = share, FillColor = suites[i].MandatoryFailed > 0 ? Colors.Red : suites[i].Failed > 0 ? Colors.Orange : Colors.SeaGreen });
        }

        plot.Add.Bars(bars);
        var ticks = suites.Select((s, i) => new Tick(i, $"{s.Suite}\n{s.Passed}/{s.Cases}")).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 0;
        plot.Axes.SetLimitsY(0, 105);
        plot.YLabel("score, % of maximum");
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }
}
