using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using AebController.Cli.Output;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Model;
using AebController.Scenarios.Running;
using AebController.Scenarios.Scoring;
using AebController.Scenarios.Scoring.Protocols;

namespace AebController.Cli.Reports;

/// <summary>
/// Writes a suite run to a folder: results as JSON and CSV, a trace, a plot and the scenario per case,
/// and one self-contained HTML page: what the run was made from, the verdict and points, a sortable and
/// filterable table of measured values with failures first, a legend for every colour. Once every image
/// has decoded the page sets <c>data-images="ok N/N"</c> on its body, so a headless browser can check it.
/// </summary>
public static class ReportWriter
{
    /// <summary>Cases written so far, for the progress display.</summary>
    public sealed class Progress
    {
        public long Done;
    }

    /// <summary>Writes everything; false when <paramref name="stop"/> fired before the end (the caller discards the folder).</summary>
    public static bool Write(string directory, Scorecard card, IReadOnlyList<ScenarioResult> results, IReadOnlyList<ScenarioDefinition> cases,
        int jobs, ReportInfo info, Progress progress, CancellationToken stop, IReadOnlyList<ProtocolScorecard>? protocols = null)
    {
        protocols ??= [];
        Directory.CreateDirectory(Path.Combine(directory, "traces"));
        Directory.CreateDirectory(Path.Combine(directory, "plots"));
        Directory.CreateDirectory(Path.Combine(directory, "scenarios"));

        File.WriteAllText(Path.Combine(directory, "results.json"), ResultJson.SerializeAny(new
        {
            suite = card.Suite,
            createdUtc = info.CreatedUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            version = info.Version,
            calibration = info.CalibrationFile ?? "built-in default",
            world = info.World,
            seeds = info.Seeds,
            total = card.Total,
            suites = card.Suites,
            cases = card.Cases.Select((c, i) => new { score = c, result = ResultJson.Shape(results[i]) }),
        }));
        WriteCsv(Path.Combine(directory, "results.csv"), card, results, protocols);

        try
        {
            Parallel.For(0, results.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs), CancellationToken = stop }, i =>
            {
                var r = results[i];
                TraceCsv.Write(Path.Combine(directory, "traces", r.Scenario + ".csv"), r.Trace);
                CasePlot.Save(r, Path.Combine(directory, "plots", r.Scenario + ".png"));
                File.WriteAllText(Path.Combine(directory, "scenarios", r.Scenario + ".json"), JsonSerializer.Serialize(cases[i], ScenarioJson.Options));
                Interlocked.Increment(ref progress.Done);
            });
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        File.WriteAllText(Path.Combine(directory, "index.html"), Html(card, results, info, SummaryChart.Png(card), ProtocolReport.Html(protocols)));
        return !stop.IsCancellationRequested;
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

    private static string F(float? v) => v is float x && float.IsFinite(x) ? x.ToString("0.###", CultureInfo.InvariantCulture) : "";

    private static string Quote(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string E(string s) => WebUtility.HtmlEncode(s);

    /// <summary>Sort key of a case's outcome: mandatory failures first, then failures, then deductions, then passes.</summary>
    private static int Rank(CaseScore c) => !c.Passed ? (c.Mandatory ? 0 : 1) : c.Deductions.Count > 0 ? 2 : 3;

    private static string Html(Scorecard card, IReadOnlyList<ScenarioResult> results, ReportInfo info, byte[] chartPng, string protocolHtml)
    {
        var t = card.Total;
        var ci = CultureInfo.InvariantCulture;
        double percent = t.MaxScore > 0 ? 100 * t.Score / t.MaxScore : 100;
        string title = $"aeb report: {card.Suite}: {t.Passed}/{t.Cases} passed, {t.MandatoryFailed} mandatory failed, {t.Score.ToString("0.0", ci)}/{t.MaxScore.ToString("0.0", ci)} points";
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
          .Append("<title>").Append(E(title)).Append("</title><style>")
          .Append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
          .Append("td,th{border:1px solid #ccc;padding:3px 7px;font-size:13px;text-align:left;white-space:nowrap}td.why{white-space:normal;min-width:20em}")
          .Append("th{background:#f0f0f0}th.sort{cursor:pointer}th.sort:after{content:' \\2195';color:#999}td.num{text-align:right;font-variant-numeric:tabular-nums}")
          .Append(".pass{color:#1a7f37;font-weight:600}.fail{color:#c62828;font-weight:600}.mfail{color:#fff;background:#c62828;font-weight:700}.ded{color:#9a6700;font-weight:600}")
          .Append(".muted{color:#777}img.chart{max-width:100%}dl.meta{display:grid;grid-template-columns:max-content auto;gap:2px 12px}dl.meta dt{font-weight:600}")
          .Append(".swatch{display:inline-block;width:1.2em;height:0.9em;border:1px solid #999;vertical-align:middle;margin-right:4px}.legend span.item{margin-right:1.5em}")
          .Append("</style></head><body data-images=\"loading\">")
          .Append(CultureInfo.InvariantCulture, $"<h1>AebController report: {E(card.Suite)}</h1>")
          .Append("<dl class=\"meta\">")
          .Append(CultureInfo.InvariantCulture, $"<dt>created</dt><dd>{info.CreatedUtc:yyyy-MM-dd HH:mm} UTC</dd>")
          .Append(CultureInfo.InvariantCulture, $"<dt>aeb version</dt><dd>{E(info.Version)}</dd>")
          .Append(CultureInfo.InvariantCulture, $"<dt>calibration</dt><dd>{E(info.CalibrationFile ?? "built-in default (docs/calibration.md)")}</dd>")
          .Append(CultureInfo.InvariantCulture, $"<dt>world</dt><dd>{E(info.World)}</dd>")
          .Append(CultureInfo.InvariantCulture, $"<dt>seeds</dt><dd>{E(info.Seeds)}</dd>")
          .Append(CultureInfo.InvariantCulture, $"<dt>workers</dt><dd>{info.Jobs}</dd></dl>")
          .Append(CultureInfo.InvariantCulture, $"<p><b>Regulation (mandatory cases): {(t.MandatoryFailed == 0 ? "<span class=\"pass\">pass</span>" : $"<span class=\"fail\">FAIL</span>, {t.MandatoryFailed} mandatory case(s) failed")}</b>. ")
          .Append(CultureInfo.InvariantCulture, $"<b>Points: {t.Score:0.0} of {t.MaxScore:0.0}</b> ({percent:0.0} %). All cases: {t.Passed} of {t.Cases} passed, {t.Failed} failed.</p>")
          .Append("<img class=\"chart\" alt=\"per-suite summary chart: share of the maximum score per suite\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(chartPng)).Append("\">")
          .Append("<p class=\"legend\">Chart bars: <span class=\"item\"><span class=\"swatch\" style=\"background:seagreen\"></span>every case passed</span>")
          .Append("<span class=\"item\"><span class=\"swatch\" style=\"background:orange\"></span>some case failed, none mandatory</span>")
          .Append("<span class=\"item\"><span class=\"swatch\" style=\"background:red\"></span>a mandatory case failed</span></p>")
          .Append(protocolHtml)
          .Append("<h2>Suites</h2><table><tr><th>suite</th><th>cases</th><th>passed</th><th>failed</th><th>mandatory failed</th><th>score</th><th>max</th><th>%</th></tr>");
        foreach (var s in card.Suites)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(s.Suite)}</td><td class=\"num\">{s.Cases}</td><td class=\"num\">{s.Passed}</td><td class=\"num\">{s.Failed}</td><td class=\"num\">{s.MandatoryFailed}</td><td class=\"num\">{s.Score:0.0}</td><td class=\"num\">{s.MaxScore:0.0}</td><td class=\"num\">{(s.MaxScore > 0 ? 100 * s.Score / s.MaxScore : 100):0.0}</td></tr>");
        }

        sb.Append("</table><h2>Cases</h2>")
          .Append("<p class=\"legend\">Result: <span class=\"item\"><span class=\"mfail\">FAIL</span> a mandatory case failed (regulation or safety)</span>")
          .Append("<span class=\"item\"><span class=\"fail\">FAIL</span> a scored case failed its expectations</span>")
          .Append("<span class=\"item\"><span class=\"ded\">pass</span> passed with point deductions</span>")
          .Append("<span class=\"item\"><span class=\"pass\">pass</span> passed</span>. Times are from the start of the case; blank means never.</p>")
          .Append("<p><label>filter <input id=\"filter\" type=\"search\" placeholder=\"case, suite or reason\"></label> ")
          .Append("<label><input id=\"failonly\" type=\"checkbox\"> failures only</label> <span id=\"shown\" class=\"muted\"></span></p>")
          .Append("<table id=\"cases\"><thead><tr>");
        string[] headers = ["case", "suites", "mandatory", "result", "points", "impact km/h", "min gap m", "stop gap m", "warning s", "brake s", "warning lead s", "max decel m/s²", "deductions and failures", "files"];
        for (int h = 0; h < headers.Length; h++)
        {
            sb.Append(h < headers.Length - 1 ? $"<th class=\"sort\" data-col=\"{h}\">" : "<th>").Append(E(headers[h])).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        var order = Enumerable.Range(0, card.Cases.Count).OrderBy(i => Rank(card.Cases[i])).ThenBy(i => card.Cases[i].Scenario, StringComparer.Ordinal);
        foreach (int i in order)
        {
            var c = card.Cases[i];
            var r = results[i];
            string why = string.Join("; ", c.Failures.Concat(c.Deductions.Select(d => $"{d.Reason} (−{d.Points:0.##})")));
            string result = Rank(c) switch
            {
                0 => "<td class=\"mfail\" data-v=\"0\">FAIL</td>",
                1 => "<td class=\"fail\" data-v=\"1\">FAIL</td>",
                2 => "<td class=\"ded\" data-v=\"2\">pass</td>",
                _ => "<td class=\"pass\" data-v=\"3\">pass</td>",
            };
            string file = Uri.EscapeDataString(c.Scenario);
            float? lead = r.FirstWarningS is float w && r.FirstBrakeS is float b ? b - w : null;
            sb.Append(CultureInfo.InvariantCulture, $"<tr data-fail=\"{(c.Passed ? 0 : 1)}\"><td id=\"case-{E(c.Scenario)}\">{E(c.Scenario)}</td><td>{E(string.Join(", ", c.Suites))}</td><td>{(c.Mandatory ? "yes" : "no")}</td>")
              .Append(result)
              .Append(CultureInfo.InvariantCulture, $"<td class=\"num\" data-v=\"{c.Points:0.###}\">{c.Points:0.##} / {c.MaxPoints:0.##}</td>")
              .Append(Num(r.Collided ? r.ImpactSpeedKph : null)).Append(Num(float.IsFinite(r.MinGapM) ? r.MinGapM : null)).Append(Num(r.StopGapM))
              .Append(Num(r.FirstWarningS)).Append(Num(r.FirstBrakeS)).Append(Num(lead)).Append(Num(r.MaxDecelMps2))
              .Append(CultureInfo.InvariantCulture, $"<td class=\"why\">{(why.Length == 0 ? "<span class=\"muted\">–</span>" : E(why))}</td>")
              .Append(CultureInfo.InvariantCulture, $"<td><a href=\"plots/{file}.png\">plot</a> <a href=\"traces/{file}.csv\">trace</a> <a href=\"scenarios/{file}.json\">scenario</a></td></tr>");
        }

        sb.Append("</tbody></table>");
        sb.Append("<h2>Plots</h2><p class=\"legend\">Upper panel: <span class=\"item\">ego speed km/h (black)</span><span class=\"item\">gap m (blue)</span>")
          .Append("<span class=\"item\">deceleration m/s² (red)</span><span class=\"item\">brake request m/s² (orange)</span><span class=\"item\">TTC s, capped at 10 (green)</span>. ")
          .Append("Lower panel, one lane each: ")
          .Append("<span class=\"item\"><span class=\"swatch\" style=\"background:#e040fb\"></span>warning output on</span>")
          .Append("<span class=\"item\"><span class=\"swatch\" style=\"background:#fdd835\"></span>forward AEB warning</span>")
          .Append("<span class=\"item\"><span class=\"swatch\" style=\"background:#fb8c00\"></span>partial braking</span>")
          .Append("<span class=\"item\"><span class=\"swatch\" style=\"background:#e53935\"></span>full braking</span>")
          .Append("<span class=\"item\"><span class=\"swatch\" style=\"background:#1e88e5\"></span>standstill hold</span>")
          .Append("<span class=\"item\"><span class=\"swatch\" style=\"background:#8e24aa\"></span>MAI suppressing torque</span>")
          .Append("<span class=\"item\"><span class=\"swatch\" style=\"background:#757575\"></span>overridden or off</span></p>");
        foreach (int i in Enumerable.Range(0, card.Cases.Count).OrderBy(i => Rank(card.Cases[i])).Take(6))
        {
            var c = card.Cases[i];
            sb.Append(CultureInfo.InvariantCulture, $"<p><a href=\"#case-{E(c.Scenario)}\">{E(c.Scenario)}</a><br><img class=\"chart\" alt=\"{E(c.Scenario)}\" src=\"plots/{Uri.EscapeDataString(c.Scenario)}.png\"></p>");
        }

        sb.Append("<script>")
          .Append("window.addEventListener('load',function(){var imgs=document.images,ok=0;")
          .Append("for(var i=0;i<imgs.length;i++){if(imgs[i].complete&&imgs[i].naturalWidth>0)ok++;}")
          .Append("document.body.setAttribute('data-images','ok '+ok+'/'+imgs.length);});")
          .Append("var tb=document.querySelector('#cases tbody'),f=document.getElementById('filter'),fo=document.getElementById('failonly'),sh=document.getElementById('shown');")
          .Append("function apply(){var q=f.value.toLowerCase(),n=0,rows=tb.rows;for(var i=0;i<rows.length;i++){var r=rows[i];")
          .Append("var v=(!fo.checked||r.dataset.fail==='1')&&(q===''||r.textContent.toLowerCase().indexOf(q)>=0);r.style.display=v?'':'none';if(v)n++;}")
          .Append("sh.textContent=n+' of '+rows.length+' cases shown';}")
          .Append("f.addEventListener('input',apply);fo.addEventListener('change',apply);apply();")
          .Append("function key(td){var v=td.dataset.v;if(v!==undefined)return parseFloat(v);var t=td.textContent.trim();var x=parseFloat(t);return isNaN(x)?(t===''?Infinity:t.toLowerCase()):x;}")
          .Append("document.querySelectorAll('th.sort').forEach(function(th){th.addEventListener('click',function(){var c=+th.dataset.col,asc=th.dataset.dir!=='asc';")
          .Append("th.dataset.dir=asc?'asc':'desc';var rows=Array.prototype.slice.call(tb.rows);rows.sort(function(a,b){var x=key(a.cells[c]),y=key(b.cells[c]);")
          .Append("if(typeof x!==typeof y){x=String(x);y=String(y);}return (x<y?-1:x>y?1:0)*(asc?1:-1);});rows.forEach(function(r){tb.appendChild(r);});});});")
          .Append("</script></body></html>");
        return sb.ToString();
    }

    private static string Num(float? v) =>
        v is float x && float.IsFinite(x)
            ? string.Create(CultureInfo.InvariantCulture, $"<td class=\"num\" data-v=\"{x:0.###}\">{x:0.00}</td>")
            : "<td class=\"num\"></td>";
}
