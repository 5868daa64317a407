namespace AebController.Firmware.Calibration;

/// <summary>Raised at start-up (never inside the loop) when a calibration is refused.</summary>
public sealed class CalibrationException : Exception
{
    public CalibrationException(IReadOnlyList<CalibrationError> errors)
        : base(errors.Count == 0 ? "calibration refused" : string.Join("; ", errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<CalibrationError> Errors { get; }
}
