using AebController.Firmware.Signals;

namespace AebController.Scenarios.Model;

public sealed record EgoDefinition
{
    public float SpeedKph { get; init; }
    public Gear Gear { get; init; } = Gear.Drive;

    /// <summary>A robot driver holds the start speed (test-track practice) until any brake acts.</summary>
    public bool HoldSpeed { get; init; }
}
