namespace AebController.Firmware.Files;

/// <summary>
/// The physically sensible range of a numeric field of a user file, with its unit. The strict reader
/// (<see cref="StrictJson"/>) checks it before any value is used and reports a value outside as
/// <c>file: path: expected a number between Min and Max (Unit), found &lt;the text the user wrote&gt;</c>.
/// Put it on every numeric property of a file model; use <see cref="double.NegativeInfinity"/> or
/// <see cref="double.PositiveInfinity"/> for an open end.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class JsonLimitsAttribute(double min, double max, string unit) : Attribute
{
    public double Min { get; } = min;
    public double Max { get; } = max;
    public string Unit { get; } = unit;

    /// <summary>When set, <see cref="Min"/> itself is refused (a value must be above it).</summary>
    public bool ExclusiveMin { get; init; }

    public bool Admits(double value) =>
        (ExclusiveMin ? value > Min : value >= Min) && value <= Max;

    public string Describe()
    {
        string unit = Unit.Length == 0 ? "" : $" ({Unit})";
        string lower = ExclusiveMin ? ">" : ">=";
        if (double.IsPositiveInfinity(Max)) return $"a number {lower} {JsonText.Number(Min)}{unit}";
        if (double.IsNegativeInfinity(Min)) return $"a number <= {JsonText.Number(Max)}{unit}";
        return ExclusiveMin
            ? $"a number above {JsonText.Number(Min)} and at most {JsonText.Number(Max)}{unit}"
            : $"a number between {JsonText.Number(Min)} and {JsonText.Number(Max)}{unit}";
    }
}
