using System.Globalization;
using AebController.Scenarios.Running;

namespace AebController.Cli.Output;

/// <summary>Results as a table a person reads: outcome, impact or stop gap, warning and braking times, failures.</summary>
public static class ResultTable
{
    /// <param name="verdicts">The result column per row when the run was judged beyond its expectations (a cell by its colour); null = the expectations.</param>
    public static TextTable Build(IEnumerable<ScenarioResult> results, IReadOnlyList<string>? verdicts = null)
    {
        int row = 0;
        var table = new TextTable("scenario", "result", "contact", "impact km/h", "min gap m", "stop gap m",
            "warning s", "brake s", "lead s", "max decel m/s²", "why");
        foreach (var r in results)
        {
            table.AddRow(
                r.Scenario,
                verdicts is not null ? verdicts[row] : r.Passed ? "pass" : "FAIL",
                r.Collided ? "yes" : "no",
                F(r.ImpactSpeedKph),
                F(float.IsFinite(r.MinGapM) ? r.MinGapM : null),
                F(r.StopGapM),
                F(r.FirstWarningS),
                F(r.FirstBrakeS),
                F(r.FirstWarningS is float w && r.FirstBrakeS is float b ? b - w : null),
                F(r.MaxDecelMps2),
                string.Join("; ", r.Failures));
            row++;
        }

        return table;
    }

    private static string F(float? v) => v is float x ? x.ToString("0.00", CultureInfo.InvariantCulture) : "-";
}
