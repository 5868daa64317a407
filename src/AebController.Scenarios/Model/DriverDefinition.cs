namespace AebController.Scenarios.Model;

/// <summary>Driver inputs over time. Pedals are travel 0–1; steering is the steering-wheel angle in degrees, positive left.</summary>
public sealed record DriverDefinition
{
    public KeyframeDefinition[] Accelerator { get; init; } = [];
    public KeyframeDefinition[] Brake { get; init; } = [];
    public KeyframeDefinition[] SteeringDeg { get; init; } = [];
    public GearChangeDefinition[] Gear { get; init; } = [];
    public ReactionDefinition? Reaction { get; init; }

    /// <summary>Keep the ego in a lane by pure pursuit; absent: only the scripted steering.</summary>
    public LaneKeepingDefinition? LaneKeeping { get; init; }
}
