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
            _errors.Add(new CalibrationError(field, $"expected a finite number between {Files.JsonText.Number(min)} and {Files.JsonText.Number(max)} {unit}") { Found = Files.JsonText.Number(value) });
        }
        else if (value < min || value > max)
        {
            _errors.Add(new CalibrationError(field, $"expected a number between {Files.JsonText.Number(min)} and {Files.JsonText.Number(max)} {unit}") { Found = Files.JsonText.Number(value) });
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
