namespace AebController.Scenarios.Model;

/// <summary>The driver keeps the ego in a lane (pure pursuit); the scripted steering adds to it.</summary>
public sealed record LaneKeepingDefinition
{
    public int LaneId { get; init; } = -1;

    /// <summary>Look-ahead as travel time, and its least distance.</summary>
    public float LookaheadS { get; init; } = 1.0f;
    public float MinLookaheadM { get; init; } = 6f;
}
