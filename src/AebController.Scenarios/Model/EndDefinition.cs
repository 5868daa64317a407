namespace AebController.Scenarios.Model;

/// <summary>When a run ends before its duration. Contact always ends it.</summary>
public sealed record EndDefinition
{
    /// <summary>End once the ego has stood still this long after moving; 0 never ends on standstill.</summary>
    public float WhenStoppedForS { get; init; } = 3.0f;

    /// <summary>End once the ego is slower than this actor (Euro NCAP CCRm), after braking began.</summary>
    public string? WhenSlowerThan { get; init; }
}
