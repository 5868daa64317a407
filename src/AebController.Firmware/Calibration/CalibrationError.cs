namespace AebController.Firmware.Calibration;

/// <summary>One problem with a calibration value: which field, and what is wrong with it.</summary>
public readonly record struct CalibrationError(string Field, string Problem)
{
    public override string ToString() => $"calibration field '{Field}': {Problem}";
}
