using AebController.Firmware.Signals;

namespace AebController.Scenarios.Model;

public sealed record GearChangeDefinition
{
    public required float T { get; init; }
    public required Gear Gear { get; init; }
}
