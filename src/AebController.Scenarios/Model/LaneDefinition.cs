using AebController.Emulation.World.Road;

namespace AebController.Scenarios.Model;

/// <summary>One lane of a lane section: id (1, 2, … left of the centre lane; −1, −2, … right), type and width records.</summary>
public sealed record LaneDefinition
{
    public required int Id { get; init; }
    public LaneType Type { get; init; } = LaneType.Driving;
    public required CubicDefinition[] Width { get; init; }
}
