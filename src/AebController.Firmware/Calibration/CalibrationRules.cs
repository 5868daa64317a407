using AebController.Firmware.Files;

namespace AebController.Firmware.Calibration;

/// <summary>Collects range checks of calibration fields, naming each field that fails.</summary>
public sealed class CalibrationRules
{
    private readonly List<CalibrationError> _errors = new();

    public IReadOnlyList<CalibrationError> Errors => _errors;

    /// <summary>
    /// Both ends accepted; the problem names the range and the unit (none for a ratio). Every field is a float, an
    /// int or a long, which all bind here. A single-precision field is compared with its ends in single precision:
    /// the documented end 0.02 is 0.0199999996 as a float, and a file that writes 0.02 must be accepted.
    /// </summary>
    public void InRange(string field, float value, double min, double max, string unit) =>
        Check(field, value, float.IsFinite(value), value >= (float)min && value <= (float)max, min, max, unit);

    public void Require(bool condition, string field, string problem)
    {
        if (!condition)
        {
            _errors.Add(new CalibrationError(field, problem));
        }
    }

    private void Check(string field, double value, bool finite, bool inside, double min, double max, string unit)
    {
        if (finite && inside) return;
        string range = $"between {JsonText.Number(min)} and {JsonText.Number(max)}{(unit.Length > 0 ? $" ({unit})" : "")}";
        _errors.Add(new CalibrationError(field, finite ? $"expected a number {range}" : $"expected a finite number {range}") { Found = JsonText.Number(value) });
    }
}
