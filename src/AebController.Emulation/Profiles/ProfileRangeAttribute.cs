namespace AebController.Emulation.Profiles;

/// <summary>The allowed range of one profile parameter; the loader rejects values outside it.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ProfileRangeAttribute : Attribute
{
    public ProfileRangeAttribute(double min, double max)
    {
        Min = min;
        Max = max;
    }

    public double Min { get; }
    public double Max { get; }

    /// <summary>The value may also be the string "unlimited" (+∞: no limit at all, as the ideal world has).</summary>
    public bool AllowsUnlimited { get; init; }
}
