using System.Globalization;
using System.Net;
using System.Text;
using AebController.Scenarios.Scoring.Protocols;

namespace AebController.Cli.Reports;

/// <summary>
/// The protocol part of a suite report: per protocol the points per chapter out of the maximum, the
/// gate conditions and whether each held, and each scenario's colour grid as a picture; and the
/// per-cell columns of results.csv (test speed, relative impact speed, colour, points, maximum).
/// </summary>
public static class ProtocolReport
{
    public const string CsvHeader = "protocol,cellScenario,clause,testSpeedKph,targetSpeedKph,impactLocationPct,column,range,relativeImpactSpeedKph,colour,cellPassed";

    /// <summary>The protocol columns of one case's results.csv row (empty fields when the case is not a grid cell).</summary>
    public static string CsvColumns(IReadOnlyList<ProtocolScorecard> protocols, string caseName)
    {
        var c = protocols.SelectMany(p => p.CellOutcomes).FirstOrDefault(x => x.Case == caseName);
        if (c is null) return ",,,,,,,,,,";
        var inv = CultureInfo.InvariantCulture;
        return string.Join(',',
            c.Protocol, Quote(c.Scenario), Quote(c.Clause ?? ""), c.TestSpeedKph.ToString("0.###", inv), c.TargetSpeedKph.ToString("0.###", inv),
            c.ImpactLocationPct?.ToString("0.###", inv) ?? "", Quote(c.Column), c.Range.ToString().ToLowerInvariant(),
            (c.RelativeImpactSpeedKph ?? 0f).ToString("0.###", inv), c.Colour?.ToString().ToLowerInvariant() ?? "", c.Passed ? "True" : "False");
    }

    /// <summary>The HTML section: one block per protocol; empty when the run has no grid cells.</summary>
    public static string Html(IReadOnlyList<ProtocolScorecard> protocols)
    {
        if (protocols.Count == 0) return "";
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        foreach (var p in protocols)
        {
            sb.Append(inv, $"<h2>Scorecard: {E(p.Protocol)}</h2>");
            sb.Append(p.IsPointScored
                ? string.Create(inv, $"<p><b>{p.Score:0.###} / {p.MaxScore:0.###} protocol points</b> for the cells included ({p.Cells} cells).</p>")
                : string.Create(inv, $"<p><b>{p.Cells - p.Failed} of {p.Cells} cells pass</b>; {p.Failed} fail.</p>"));
            sb.Append("<table><tr><th>chapter</th><th>points</th><th>max</th><th>cells</th><th>not full marks / failed</th></tr>");
            foreach (var c in p.Chapters)
            {
                sb.Append(inv, $"<tr><td>{E(c.Chapter)}</td><td>{c.Points:0.###}</td><td>{c.MaxPoints:0.###}</td><td>{c.Cells}</td><td>{c.Failed}</td></tr>");
            }

            sb.Append("</table>");
            if (p.Gates.Count > 0)
            {
                sb.Append("<h3>Gate conditions</h3><table><tr><th>gate</th><th>clause</th><th>held</th><th>detail</th><th>if not: loses</th></tr>");
                foreach (var g in p.Gates)
                {
                    string held = g.Held switch { true => "<td class=\"pass\">held</td>", false => "<td class=\"fail\">FAILED</td>", _ => "<td class=\"muted\">not assessed</td>" };
                    sb.Append(inv, $"<tr><td>{E(g.Name)}</td><td>{E(g.Clause)}</td>{held}<td>{E(g.Detail)}</td><td>{E(g.Zeroes)}</td></tr>");
                }

                sb.Append("</table>");
            }

            if (p.RobustnessMax > 0f) RobustnessSection(sb, p);

            sb.Append("<h3>Grids</h3>");
            foreach (var g in p.Grids)
            {
                string svg = ProtocolGridSvg.Svg(g);
                sb.Append(inv, $"<p><img class=\"grid\" alt=\"{E(p.Protocol)} {E(g.Scenario)} grid\" src=\"data:image/svg+xml;base64,{Convert.ToBase64String(Encoding.UTF8.GetBytes(svg))}\"></p>");
            }
        }

        return sb.ToString();
    }

    /// <summary>Euro NCAP 2026 robustness layers: per scenario the declaration, the runs and the points, then every failing run.</summary>
    private static void RobustnessSection(StringBuilder sb, ProtocolScorecard p)
    {
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"<h3>Robustness layers (FC v1.1 §4.2.2)</h3><p>{p.RobustnessScore:0.###} / {p.RobustnessMax:0.###} points, beside the score above (not in it).</p>");
        sb.Append("<table><tr><th>scenario</th><th>applicable</th><th>claimed</th><th>runs</th><th>failing</th><th>points</th><th>max</th><th>why</th></tr>");
        foreach (var g in p.Grids.Where(g => g.RobustnessMax > 0f))
        {
            var runs = p.CellOutcomes.Where(c => c.Robustness is not null && c.Scenario == g.Scenario).ToList();
            var d = runs[0].Robustness!;
            sb.Append(inv, $"<tr><td>{E(g.Scenario)}</td><td>{E(string.Join(", ", d.Applicable))}</td><td>{E(string.Join(", ", d.Claimed))}</td><td>{runs.Count}</td>");
            sb.Append(inv, $"<td>{runs.Count(r => !r.Passed)}</td><td>{g.RobustnessPoints:0.####}</td><td>{g.RobustnessMax:0.####}</td><td>{E(g.RobustnessWhy ?? "")}</td></tr>");
        }

        sb.Append("</table>");
        var failing = p.CellOutcomes.Where(c => c.Robustness is not null && !c.Passed).ToList();
        if (failing.Count == 0) return;
        sb.Append("<table><tr><th>failing run</th><th>nominal cell</th><th>why</th></tr>");
        foreach (var f in failing) sb.Append(inv, $"<tr><td>{E(f.Case)}</td><td>{E(f.Robustness!.Nominal)}</td><td>{E(f.Why)}</td></tr>");
        sb.Append("</table>");
    }

    private static string Quote(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
