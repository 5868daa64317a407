namespace AebController.Firmware.Calibration;

/// <summary>Collects range checks of calibration fields, naming each field that fails.</summary>
public sealed class CalibrationRules
{
    private readonly List<CalibrationError> _errors = new();

    public IReadOnlyList<CalibrationError> Errors => _errors;

    public void InRange(string field, double value, double min, double max, string unit)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            _errors.Add(new CalibrationError(field, $"must be a finite number, got {value}"));
        }
        else if (value < min || value > max)
        {
            _errors.Add(new CalibrationError(field, $"must be between {min} and {max} {unit}, got {value}"));
        }
    }

    public void Require(bool condition, string field, string problem)
    {
        if (!condition)
        {
            _errors.Add(new CalibrationError(field, problem));
        }
    }
}
