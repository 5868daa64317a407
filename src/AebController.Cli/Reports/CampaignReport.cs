using System.Globalization;
using System.Net;
using System.Text;
using AebController.Scenarios.Exploration.Analysis;
using AebController.Scenarios.Exploration.Spaces;
using AebController.Scenarios.Storage;
using ScottPlot;

namespace AebController.Cli.Reports;

/// <summary>
/// The campaign report (DIR/index.html, images embedded): coverage of the space (how many runs fell in
/// each tenth of every parameter's range), where failures cluster over the parameters that separate
/// them most (scatter plots, failures in red), each failure mode with its region, minimal case file and
/// plot, and the naturalistic failure rate. Like the suite report, the title becomes "images ok N/N"
/// once every image decoded.
/// </summary>
public static class CampaignReport
{
    private const int ScatterCap = 4000;

    public static string Write(string directory, ScenarioSpace space, CampaignStore store, CampaignSummary summary, IReadOnlyList<ShrunkCase> cases)
    {
        Directory.CreateDirectory(directory);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>aeb campaign: loading</title><style>")
          .Append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
          .Append("td,th{border:1px solid #ccc;padding:4px 8px;font-size:14px;text-align:left}th{background:#f0f0f0}")
          .Append(".bar{display:inline-block;background:#4a78b0;height:10px;margin-right:1px}img.chart{max-width:100%}.muted{color:#777}")
          .Append("</style></head><body>")
          .Append(CultureInfo.InvariantCulture, $"<h1>Campaign: {E(space.Name)}</h1><p>{E(space.Description ?? "")}</p>")
          .Append(CultureInfo.InvariantCulture, $"<p><b>{summary.Runs} runs</b> (seed {summary.Seed}, budget {summary.Budget}, {summary.Invalid} points outside the constraints, {summary.MissingBlocks} blocks missing), ")
          .Append(CultureInfo.InvariantCulture, $"<b>{summary.Failures} failures</b> in <b>{summary.Modes.Count} modes</b>.</p>")
          .Append(CultureInfo.InvariantCulture, $"<h2>Risk</h2><p>Failure rate under the naturalistic weights, from the Halton runs (self-normalised importance weights): <b>{summary.NaturalisticFailureRate:G3}</b>, 95 % interval [{summary.NaturalisticCiLow:G3}, {summary.NaturalisticCiHigh:G3}]. ")
          .Append("For rare failures use <code>aeb estimate</code> (cross-entropy importance sampling).</p>")
          .Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Naturalistic weights: {E(space.Sources ?? "uniform (no source given)")}</p>");

        sb.Append("<h2>Coverage</h2><p>Runs per tenth of each parameter's range (sets: per value).</p><table><tr><th>parameter</th><th>range</th><th>runs per bin</th><th>failures per bin</th></tr>");
        for (int i = 0; i < space.Dimensions; i++)
        {
            var p = space.Parameters[i];
            int bins = p.IsSet ? p.Set!.Length : 10;
            var all = Histogram(store, i, bins, "valid");
            var failed = Histogram(store, i, bins, "valid AND failed");
            string range = p.IsSet ? string.Join(", ", p.Set!) : $"{space.Text(i, p.Min)} .. {space.Text(i, p.Max)}";
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(p.Name)}</td><td>{E(range)}</td><td>{Bars(all)}</td><td>{Bars(failed)}</td></tr>");
        }

        sb.Append("</table><h2>Where failures cluster</h2><table><tr><th>parameter</th><th>influence</th><th>mean among failures</th><th>mean overall</th></tr>");
        foreach (var inf in summary.Influence)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(inf.Parameter)}</td><td>{inf.Influence:0.###}</td><td>{inf.FailureMean:0.###}</td><td>{inf.OverallMean:0.###}</td></tr>");
        }

        sb.Append("</table><p class=\"muted\">Influence = |mean search coordinate of failures − overall mean| / overall spread.</p>");
        var top = summary.Influence.Take(3).Select(x => space.Parameters.ToList().FindIndex(p => p.Name == x.Parameter)).ToArray();
        for (int a = 0; a < top.Length; a++)
        {
            for (int b = a + 1; b < top.Length; b++)
            {
                sb.Append("<p><img class=\"chart\" alt=\"failures over ").Append(E(space.Parameters[top[a]].Name)).Append(" and ").Append(E(space.Parameters[top[b]].Name))
                  .Append("\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(Scatter(space, store, top[a], top[b]))).Append("\"></p>");
            }
        }

        sb.Append("<h2>Failure modes</h2>");
        if (summary.Modes.Count == 0) sb.Append("<p>No failure was found.</p>");
        else
        {
            sb.Append("<table><tr><th>mode</th><th>kind</th><th>runs</th><th>region</th><th>minimal case</th><th>file</th><th>reproduces</th></tr>");
            foreach (var m in summary.Modes)
            {
                string region = string.Join("; ", m.Region.Select(r => $"{r.Key} {r.Value}"));
                string minimal = string.Join("; ", m.Minimal.Select(r => $"{r.Key}={r.Value}"));
                string file = m.File is null ? "<span class=\"muted\">not shrunk</span>" : $"<a href=\"modes/{Path.GetFileName(m.File)}\">{E(Path.GetFileName(m.File))}</a>";
                sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{m.Id}</td><td>{E(m.Kind)}{(m.CollidedWith.Length > 0 ? " (" + E(m.CollidedWith) + ")" : "")}</td><td>{m.Count}</td>")
                  .Append(CultureInfo.InvariantCulture, $"<td>{E(region)}</td><td>{E(minimal)}</td><td>{file}</td><td>{(m.File is null ? "" : m.Reproduces ? "yes" : "NO")}</td></tr>");
            }

            sb.Append("</table>");
            foreach (var c in cases)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<h3>{E(c.Scenario.Name)}</h3><p>{E(c.Scenario.Description ?? "")} ")
                  .Append(E(c.Result.Failures.Count > 0 ? c.Result.Failures[0] : "")).Append("</p>");
                string png = Path.Combine(Path.GetTempPath(), $"aeb-mode-{Environment.ProcessId}-{c.Scenario.Name}.png");
                CasePlot.Save(c.Result, png);
                sb.Append("<p><img class=\"chart\" alt=\"").Append(E(c.Scenario.Name)).Append("\" src=\"data:image/png;base64,")
                  .Append(Convert.ToBase64String(File.ReadAllBytes(png))).Append("\"></p>");
                File.Delete(png);
            }
        }

        sb.Append("<script>window.addEventListener('load',function(){var imgs=document.images,ok=0;")
          .Append("for(var i=0;i<imgs.length;i++){if(imgs[i].complete&&imgs[i].naturalWidth>0)ok++;}")
          .Append("document.title='images ok '+ok+'/'+imgs.length;});</script></body></html>");
        string path = Path.Combine(directory, "index.html");
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    private static long[] Histogram(CampaignStore store, int dim, int bins, string where)
    {
        var counts = new long[bins];
        for (int b = 0; b < bins; b++)
        {
            counts[b] = store.Scalar<long>($"SELECT count(*) FROM runs WHERE {where} AND least(floor(v{dim} * {bins}), {bins - 1}) = {b}");
        }

        return counts;
    }

    private static string Bars(long[] counts)
    {
        long max = Math.Max(1, counts.Max());
        var sb = new StringBuilder();
        foreach (long c in counts)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<span class=\"bar\" title=\"{c}\" style=\"width:{Math.Max(1, 40 * c / max)}px\"></span>");
        }

        return sb.Append(CultureInfo.InvariantCulture, $" <span class=\"muted\">{string.Join(" ", counts)}</span>").ToString();
    }

    private static byte[] Scatter(ScenarioSpace space, CampaignStore store, int a, int b)
    {
        long total = store.Scalar<long>("SELECT count(*) FROM runs WHERE valid AND NOT failed");
        long every = Math.Max(1, total / ScatterCap);
        var pass = store.Read($"valid AND NOT failed AND idx % {every} = 0").Take(ScatterCap).ToList();
        var fail = store.Read("valid AND failed").Take(ScatterCap).ToList();
        var plot = new Plot();
        plot.Title($"{space.Name}: failures (red) over {space.Parameters[a].Name} and {space.Parameters[b].Name}");
        var ps = plot.Add.ScatterPoints(pass.Select(r => r.Values[a]).ToArray(), pass.Select(r => r.Values[b]).ToArray());
        ps.Color = Colors.Gray.WithAlpha(0.35);
        ps.MarkerSize = 3;
        ps.LegendText = "passed";
        if (fail.Count > 0)
        {
            var fs = plot.Add.ScatterPoints(fail.Select(r => r.Values[a]).ToArray(), fail.Select(r => r.Values[b]).ToArray());
            fs.Color = Colors.Red;
            fs.MarkerSize = 4;
            fs.LegendText = "failed";
        }

        plot.XLabel(space.Parameters[a].Name + (space.Parameters[a].IsSet ? " (index of " + string.Join(", ", space.Parameters[a].Set!) + ")" : ""));
        plot.YLabel(space.Parameters[b].Name + (space.Parameters[b].IsSet ? " (index)" : ""));
        plot.ShowLegend();
        return plot.GetImageBytes(900, 500, ImageFormat.Png);
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
