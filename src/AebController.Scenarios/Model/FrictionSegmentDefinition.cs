namespace AebController.Scenarios.Model;

/// <summary>A stretch of road with its own friction, from <see cref="FromM"/> to <see cref="ToM"/> along the road (the ego's front bumper starts at 0).</summary>
public sealed record FrictionSegmentDefinition
{
    public required float FromM { get; init; }
    public required float ToM { get; init; }
    public required float Friction { get; init; }
}
