using System.Globalization;
using System.Net;
using System.Text;
using AebController.Scenarios.Model;
using AebController.Scenarios.Scoring.Protocols;

namespace AebController.Cli.Reports;

/// <summary>
/// One scenario's grid as a picture, the way Euro NCAP draws it: a row per test speed, a column per
/// impact location (or named column), each cell filled with its colour and labelled with the relative
/// impact speed; extended-range cells framed with a dashed line. Regulation grids show pass (green) or
/// fail (red) per cell.
/// </summary>
public static class ProtocolGridSvg
{
    private const int CellW = 64, CellH = 28, Left = 86, Top = 46;

    public static string Fill(Colour? colour, bool passed) => colour switch
    {
        Colour.Green => "#1e9e3a",
        Colour.Yellow => "#f2d024",
        Colour.Orange => "#f08a24",
        Colour.Brown => "#8b5a2b",
        Colour.Red => "#d02a2a",
        _ => passed ? "#1e9e3a" : "#d02a2a",
    };

    public static string Svg(GridScore grid)
    {
        var cells = grid.Grid.Where(c => c.Criterion != CellCriterion.BaselineRun).ToList();
        var columns = cells.Select(c => (c.ImpactLocationPct ?? float.NaN, c.Column)).Distinct()
            .OrderBy(c => float.IsNaN(c.Item1) ? 0f : c.Item1).ThenBy(c => c.Column, StringComparer.Ordinal).ToList();
        var rows = cells.Select(c => (c.TestSpeedKph, c.Row)).Distinct().OrderBy(r => r.TestSpeedKph).ThenBy(r => r.Row, StringComparer.Ordinal).ToList();
        int width = Left + columns.Count * CellW + 10, height = Top + rows.Count * CellH + 30;
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"11\">")
          .Append(inv, $"<rect width=\"{width}\" height=\"{height}\" fill=\"white\"/>")
          .Append(inv, $"<text x=\"4\" y=\"16\" font-size=\"13\" font-weight=\"bold\">{E(grid.Scenario)}: {grid.Points:0.###} / {grid.MaxPoints:0.###}</text>")
          .Append(inv, $"<text x=\"4\" y=\"{Top - 6}\">row \\ column</text>");
        for (int j = 0; j < columns.Count; j++)
        {
            sb.Append(inv, $"<text x=\"{Left + j * CellW + CellW / 2}\" y=\"{Top - 6}\" text-anchor=\"middle\">{E(columns[j].Column)}</text>");
        }

        for (int i = 0; i < rows.Count; i++)
        {
            int y = Top + i * CellH;
            sb.Append(inv, $"<text x=\"{Left - 8}\" y=\"{y + CellH / 2 + 4}\" text-anchor=\"end\">{E(rows[i].Row)}</text>");
            for (int j = 0; j < columns.Count; j++)
            {
                // A cell run more than once (CCCscp from both sides) shows its worst run, as it is scored.
                var cell = cells.Where(c => c.Row == rows[i].Row && c.Column == columns[j].Column)
                    .OrderByDescending(c => c.Colour ?? Colour.Red).ThenBy(c => c.Passed).FirstOrDefault();
                int x = Left + j * CellW;
                if (cell is null)
                {
                    sb.Append(inv, $"<rect x=\"{x}\" y=\"{y}\" width=\"{CellW}\" height=\"{CellH}\" fill=\"#eeeeee\" stroke=\"#999\"/>");
                    continue;
                }

                string fill = Fill(cell.Colour, cell.Passed);
                string dash = cell.Range == CellRange.Extended ? " stroke-dasharray=\"4 3\" stroke-width=\"2\"" : "";
                string label = (cell.RelativeImpactSpeedKph ?? 0f) > 0f ? (cell.RelativeImpactSpeedKph ?? 0f).ToString("0.0", inv) : "0";
                string ink = cell.Colour is Colour.Yellow ? "#000" : "#fff";
                sb.Append(inv, $"<rect x=\"{x}\" y=\"{y}\" width=\"{CellW}\" height=\"{CellH}\" fill=\"{fill}\" stroke=\"#222\"{dash}><title>{E(cell.Case)}: {E(cell.Why)}</title></rect>")
                  .Append(inv, $"<text x=\"{x + CellW / 2}\" y=\"{y + CellH / 2 + 4}\" text-anchor=\"middle\" fill=\"{ink}\">{label}</text>");
            }
        }

        sb.Append(inv, $"<text x=\"4\" y=\"{height - 10}\" fill=\"#555\">cell text: relative impact speed, km/h; dashed: extended range</text></svg>");
        return sb.ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
