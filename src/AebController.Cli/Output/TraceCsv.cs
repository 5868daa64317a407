using System.Globalization;
using AebController.Scenarios.Running;

namespace AebController.Cli.Output;

/// <summary>Writes every control cycle of a run as CSV, one row per cycle.</summary>
public static class TraceCsv
{
    public const string Header =
        "timeS,egoSpeedKph,gear,accelPedal,brakePedal,pathGapM,targetRangeM,ttcS,requiredDecelMps2,forwardState,forwardStage," +
        "reverseAebState,lowSpeedForwardState,lowSpeedRearState,maiState,brakeRequestMps2,decelMps2,torqueLimit,warnings,brakeReasons,torqueReasons,warningReasons,diagnostics";

    public static void Write(TextWriter writer, IReadOnlyList<CycleRecord> trace)
    {
        writer.WriteLine(Header);
        foreach (var c in trace)
        {
            writer.Write(F(c.TimeS)); writer.Write(',');
            writer.Write(F(c.EgoSpeedKph)); writer.Write(',');
            writer.Write(c.Gear); writer.Write(',');
            writer.Write(F(c.AcceleratorPedal)); writer.Write(',');
            writer.Write(F(c.BrakePedal)); writer.Write(',');
            writer.Write(F(c.PathGapM)); writer.Write(',');
            writer.Write(F(c.TargetRangeM)); writer.Write(',');
            writer.Write(F(c.TtcS)); writer.Write(',');
            writer.Write(F(c.RequiredDecelMps2)); writer.Write(',');
            writer.Write(c.ForwardState); writer.Write(',');
            writer.Write(c.ForwardStage); writer.Write(',');
            writer.Write(c.ReverseAebState); writer.Write(',');
            writer.Write(c.LowSpeedForwardState); writer.Write(',');
            writer.Write(c.LowSpeedRearState); writer.Write(',');
            writer.Write(c.MaiState); writer.Write(',');
            writer.Write(F(c.BrakeRequestMps2)); writer.Write(',');
            writer.Write(F(c.DecelMps2)); writer.Write(',');
            writer.Write(F(c.TorqueLimit)); writer.Write(',');
            writer.Write(Flags(c.Warnings.ToString())); writer.Write(',');
            writer.Write(Flags(c.BrakeReasons.ToString())); writer.Write(',');
            writer.Write(Flags(c.TorqueReasons.ToString())); writer.Write(',');
            writer.Write(Flags(c.WarningReasons.ToString())); writer.Write(',');
            writer.WriteLine(Flags(c.Diagnostics.ToString()));
        }
    }

    public static void Write(string path, IReadOnlyList<CycleRecord> trace)
    {
        // No folder is created: the command checked the path before the run (OutputPath).
        using var writer = new StreamWriter(path);
        Write(writer, trace);
    }

    private static string F(float v) => float.IsFinite(v) ? v.ToString("0.####", CultureInfo.InvariantCulture) : "";

    // Flag sets print as "A, B"; a CSV cell takes them as "A|B".
    private static string Flags(string text) => text == "None" ? "" : text.Replace(", ", "|", StringComparison.Ordinal);
}
