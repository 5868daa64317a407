namespace AebController.Firmware.Signals;

/// <summary>Conventions for input ages.</summary>
public static class SignalAge
{
    /// <summary>Age of an input that has never been received.</summary>
    public const long Never = long.MaxValue / 4;
}
