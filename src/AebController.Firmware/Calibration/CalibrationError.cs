namespace AebController.Firmware.Calibration;

/// <summary>One problem with a calibration value: which field, what was expected, and the value found.</summary>
public readonly record struct CalibrationError(string Field, string Problem)
{
    /// <summary>The value as printed for a person (<c>-9.8</c>); a file loader replaces it with the text the user wrote.</summary>
    public string? Found { get; init; }

    public override string ToString() => $"calibration field '{Field}': {Describe(Found)}";

    /// <summary>The problem with <paramref name="found"/> appended when known.</summary>
    public string Describe(string? found) => found is null ? Problem : $"{Problem}, found {found}";
}
