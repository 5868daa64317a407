using System.Text;
using AebController.Scenarios.Faults;

namespace AebController.Cli.Output;

/// <summary>
/// The campaign as plain text: one row per signal × fault, one column per moment; a cell reads
/// "ok n" when all n runs passed, or "f/n" and the letters of what went wrong (R release,
/// I intervention, L late detection, C collision); "-" where no scenario reaches the moment.
/// </summary>
public static class CampaignTable
{
    private static readonly CampaignMoment[] Columns = Enum.GetValues<CampaignMoment>();

    public static string Render(CampaignReport report)
    {
        var cells = new Dictionary<(string Signal, FaultClass Fault, CampaignMoment Moment), (int Runs, int Failed, FaultOutcome Seen)>();
        var rows = new List<(string Signal, FaultClass Fault)>();
        foreach (var r in report.Results)
        {
            string signal = report.SignalOf(r.Cell).Name;
            var key = (signal, r.Cell.Fault, r.Cell.Moment);
            if (!rows.Contains((signal, r.Cell.Fault))) rows.Add((signal, r.Cell.Fault));
            cells.TryGetValue(key, out var c);
            var failures = r.Verdict.Outcome & FaultOutcome.Failures;
            cells[key] = (c.Runs + 1, c.Failed + (failures != 0 ? 1 : 0), c.Seen | failures);
        }

        var sb = new StringBuilder();
        sb.Append($"{"signal",-20} {"fault",-8}");
        foreach (var m in Columns) sb.Append($" {Short(m),-9}");
        sb.AppendLine();
        foreach (var (signal, fault) in rows)
        {
            sb.Append($"{signal,-20} {Names.Of(fault),-8}");
            foreach (var m in Columns)
            {
                string text = cells.TryGetValue((signal, fault, m), out var c)
                    ? c.Failed == 0 ? $"ok {c.Runs}" : $"{c.Failed}/{c.Runs} {Letters(c.Seen)}"
                    : "-";
                sb.Append($" {text,-9}");
            }

            sb.AppendLine();
        }

        return sb.ToString();
    }

    private static string Short(CampaignMoment m) => m switch
    {
        CampaignMoment.Cruising => "cruise",
        CampaignMoment.Warning => "warning",
        CampaignMoment.BrakingStage1 => "stage1",
        CampaignMoment.BrakingStage2 => "stage2",
        CampaignMoment.FullBraking => "full",
        CampaignMoment.StandstillHold => "hold",
        CampaignMoment.Reversing => "reverse",
        CampaignMoment.MaiActive => "mai",
        _ => "issue@3.5s",
    };

    private static string Letters(FaultOutcome o) =>
        ((o & FaultOutcome.UnintendedRelease) != 0 ? "R" : "") + ((o & FaultOutcome.UnintendedIntervention) != 0 ? "I" : "")
        + ((o & FaultOutcome.LateDetection) != 0 ? "L" : "") + ((o & FaultOutcome.Collision) != 0 ? "C" : "");
}
