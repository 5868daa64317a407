using AebController.Emulation.World;

namespace AebController.Scenarios.Model;

/// <summary>A lane change: to a lane of the road, or sideways by a distance (left positive), over a duration, with a shape.</summary>
public sealed record LaneChangeDefinition
{
    public int? ToLaneId { get; init; }
    public float? ByM { get; init; }
    public required float DurationS { get; init; }
    public LaneChangeShape Shape { get; init; } = LaneChangeShape.Sinusoidal;
}
