using System.Globalization;
using System.Net;
using System.Text;
using AebController.Cli.Output;
using AebController.Scenarios.Running;
using AebController.Scenarios.Scoring;
using AebController.Scenarios.Scoring.Protocols;

namespace AebController.Cli.Reports;

/// <summary>
/// Writes a suite run to a folder: results as JSON and CSV, a trace and a plot per case, and one
/// self-contained HTML page (styles inline, the summary chart embedded) with the scorecard and a link
/// to each case's plot and trace. The page sets its title to "images ok N/N" once every image has
/// decoded, so a headless browser can check it rendered.
/// </summary>
public static class ReportWriter
{
    public static void Write(string directory, Scorecard card, IReadOnlyList<ScenarioResult> results, int jobs,
        IReadOnlyList<ProtocolScorecard>? protocols = null)
    {
        protocols ??= [];
        Directory.CreateDirectory(directory);
        Directory.CreateDirectory(Path.Combine(directory, "traces"));
        Directory.CreateDirectory(Path.Combine(directory, "plots"));

        File.WriteAllText(Path.Combine(directory, "results.json"), ResultJson.SerializeAny(new
        {
            suite = card.Suite,
            total = card.Total,
            suites = card.Suites,
            cases = card.Cases.Select((c, i) => new { score = c, result = ResultJson.Shape(results[i]) }),
        }));
        WriteCsv(Path.Combine(directory, "results.csv"), card, results, protocols);

        var indices = Enumerable.Range(0, results.Count);
        indices.AsParallel().WithDegreeOfParallelism(Math.Max(1, jobs)).ForAll(i =>
        {
            var r = results[i];
            TraceCsv.Write(Path.Combine(directory, "traces", r.Scenario + ".csv"), r.Trace);
            CasePlot.Save(r, Path.Combine(directory, "plots", r.Scenario + ".png"));
        });

        File.WriteAllText(Path.Combine(directory, "index.html"), Html(card, SummaryChart.Png(card), ProtocolReport.Html(protocols)));
    }

    private static void WriteCsv(string path, Scorecard card, IReadOnlyList<ScenarioResult> results, IReadOnlyList<ProtocolScorecard> protocols)
    {
        var sb = new StringBuilder("scenario,suites,mandatory,passed,points,maxPoints,collided,impactSpeedKph,minGapM,stopGapM,firstWarningS,firstBrakeS,maxDecelMps2,deductions,failures,")
            .Append(ProtocolReport.CsvHeader).Append('\n');
        for (int i = 0; i < results.Count; i++)
        {
            var c = card.Cases[i];
            var r = results[i];
            sb.Append(CultureInfo.InvariantCulture, $"{r.Scenario},{string.Join('|', c.Suites)},{c.Mandatory},{c.Passed},{c.Points:0.###},{c.MaxPoints:0.###},{r.Collided},")
              .Append(CultureInfo.InvariantCulture, $"{F(r.ImpactSpeedKph)},{F(float.IsFinite(r.MinGapM) ? r.MinGapM : null)},{F(r.StopGapM)},{F(r.FirstWarningS)},{F(r.FirstBrakeS)},{r.MaxDecelMps2:0.###},")
              .Append(Quote(string.Join("; ", c.Deductions.Select(d => $"{d.Reason} (-{d.Points:0.##})")))).Append(',')
              .Append(Quote(string.Join("; ", c.Failures))).Append(',')
              .Append(ProtocolReport.CsvColumns(protocols, r.Scenario)).Append('\n');
        }

        File.WriteAllText(path, sb.ToString());
    }

    private static string F(float? v) => v is float x ? x.ToString("0.###", CultureInfo.InvariantCulture) : "";

    private static string Quote(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private static string Html(Scorecard card, byte[] chartPng, string protocolHtml)
    {
        var t = card.Total;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>aeb report: loading</title><style>")
          .Append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
          .Append("td,th{border:1px solid #ccc;padding:4px 8px;font-size:14px;text-align:left}th{background:#f0f0f0}")
          .Append(".pass{color:#1a7f37;font-weight:600}.fail{color:#c62828;font-weight:600}.muted{color:#777}img.chart{max-width:100%}")
          .Append("</style></head><body>")
          .Append(CultureInfo.InvariantCulture, $"<h1>AebController scorecard: {E(card.Suite)}</h1>")
          .Append(CultureInfo.InvariantCulture, $"<p><b>{t.Score:0.0} / {t.MaxScore:0.0} points</b> ({(t.MaxScore > 0 ? 100 * t.Score / t.MaxScore : 0):0.0} %), ")
          .Append(CultureInfo.InvariantCulture, $"{t.Passed} of {t.Cases} cases passed, {t.Failed} failed, of them {t.MandatoryFailed} mandatory.</p>")
          .Append("<img class=\"chart\" alt=\"per-suite summary chart\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(chartPng)).Append("\">")
          .Append(protocolHtml)
          .Append("<h2>Suites</h2><table><tr><th>suite</th><th>cases</th><th>passed</th><th>failed</th><th>mandatory failed</th><th>score</th><th>max</th></tr>");
        foreach (var s in card.Suites)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(s.Suite)}</td><td>{s.Cases}</td><td>{s.Passed}</td><td>{s.Failed}</td><td>{s.MandatoryFailed}</td><td>{s.Score:0.0}</td><td>{s.MaxScore:0.0}</td></tr>");
        }

        sb.Append("</table><h2>Cases</h2><table><tr><th>case</th><th>suites</th><th>result</th><th>points</th><th>deductions and failures</th><th>plot</th><th>trace</th></tr>");
        foreach (var c in card.Cases)
        {
            string why = string.Join("; ", c.Deductions.Select(d => $"{d.Reason} (−{d.Points:0.##})").Concat(c.Failures));
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(c.Scenario)}</td><td>{E(string.Join(", ", c.Suites))}</td>")
              .Append(c.Passed ? "<td class=\"pass\">pass</td>" : $"<td class=\"fail\">FAIL{(c.Mandatory ? " (mandatory)" : "")}</td>")
              .Append(CultureInfo.InvariantCulture, $"<td>{c.Points:0.##} / {c.MaxPoints:0.##}</td><td>{(why.Length == 0 ? "<span class=\"muted\">–</span>" : E(why))}</td>")
              .Append(CultureInfo.InvariantCulture, $"<td><a href=\"plots/{Uri.EscapeDataString(c.Scenario)}.png\">plot</a></td><td><a href=\"traces/{Uri.EscapeDataString(c.Scenario)}.csv\">csv</a></td></tr>");
        }

        sb.Append("</table><h2>First plots</h2>");
        foreach (var c in card.Cases.Take(6))
        {
            sb.Append(CultureInfo.InvariantCulture, $"<p><img class=\"chart\" alt=\"{E(c.Scenario)}\" src=\"plots/{Uri.EscapeDataString(c.Scenario)}.png\"></p>");
        }

        sb.Append("<script>window.addEventListener('load',function(){var imgs=document.images,ok=0;")
          .Append("for(var i=0;i<imgs.length;i++){if(imgs[i].complete&&imgs[i].naturalWidth>0)ok++;}")
          .Append("document.title='images ok '+ok+'/'+imgs.length;});</script></body></html>");
        return sb.ToString();
    }
}
