namespace AebController.Scenarios.Model;

/// <summary>A scripted change of an actor's motion, fired at a time or when the gap to the ego falls to a distance.</summary>
public sealed record ActorEventDefinition
{
    public float? AtS { get; init; }
    public float? WhenGapM { get; init; }
    public float? AccelMps2 { get; init; }
    public float? TargetSpeedKph { get; init; }
    public float? LateralSpeedMps { get; init; }
    public float? StopAtYM { get; init; }

    /// <summary>A lane change (actors on a lane or path).</summary>
    public LaneChangeDefinition? ChangeLane { get; init; }
}
