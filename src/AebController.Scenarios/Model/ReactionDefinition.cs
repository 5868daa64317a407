namespace AebController.Scenarios.Model;

/// <summary>The driver's reaction once the warning has been on for <see cref="AfterWarningS"/>.</summary>
public sealed record ReactionDefinition
{
    public required float AfterWarningS { get; init; }
    public float? Brake { get; init; }
    public float? Accelerator { get; init; }
    public float? SteeringDeg { get; init; }
    public float SteeringRampS { get; init; } = 0.3f;
}
