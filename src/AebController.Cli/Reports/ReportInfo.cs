namespace AebController.Cli.Reports;

/// <summary>What a report was made from, shown at its top so a page can be traced back to a run.</summary>
public sealed record ReportInfo(string Suite, string? CalibrationFile, int Jobs, DateTime CreatedUtc, string Version, string Seeds)
{
    /// <summary>The sensor/world settings; "default" until the run names them.</summary>
    public string World { get; init; } = "default world (the emulator's sensor models as configured by each scenario)";
}
