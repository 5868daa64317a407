using AebController.Firmware.Files;

namespace AebController.Scenarios.Loading;

/// <summary>A scenario or matrix file that cannot be used: one line naming the file, the field and the problem.</summary>
public sealed class ScenarioFormatException : InputFileException
{
    public ScenarioFormatException(string source, string field, string problem)
        : base(source, field, problem)
    {
    }

    /// <summary>The file (for a matrix case: the file and the case's axis values).</summary>
    public new string Source => File;

    public string Field => FieldPath;

    public static ScenarioFormatException From(InputFileException ex) =>
        ex as ScenarioFormatException ?? new ScenarioFormatException(ex.File, ex.FieldPath, ex.Problem);
}
