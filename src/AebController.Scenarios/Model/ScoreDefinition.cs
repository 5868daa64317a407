namespace AebController.Scenarios.Model;

/// <summary>How a case is scored. Consumer tests score by speed reduction; regulations pass or fail.</summary>
public sealed record ScoreDefinition
{
    /// <summary>Points the case is worth.</summary>
    public float Points { get; init; } = 1f;

    public ScoreMethod Method { get; init; } = ScoreMethod.PassFail;

    /// <summary>A mandatory case that fails makes `aeb suite` exit 1 (regulations, our own safety cases); others only lose points.</summary>
    public bool Mandatory { get; init; } = true;
}
