using AebController.Firmware.Files;

namespace AebController.Firmware.Calibration;

/// <summary>Raised at start-up (never inside the loop) when a calibration is refused.</summary>
public sealed class CalibrationException : InputFileException
{
    public CalibrationException(IReadOnlyList<CalibrationError> errors)
        : base(errors.Count == 0 ? "calibration refused" : string.Join("; ", errors), "calibration")
    {
        Errors = errors;
    }

    /// <summary>Problems of a calibration file: one line, each naming the file, the field and the value as written.</summary>
    public CalibrationException(IReadOnlyList<CalibrationError> errors, string file, Func<string, string?> writtenText)
        : base(string.Join("; ", errors.Select(e => Format(file, e.Field, e.Describe(writtenText(e.Field) ?? e.Found)))), file)
    {
        Errors = errors;
    }

    public IReadOnlyList<CalibrationError> Errors { get; }
}
