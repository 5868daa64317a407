namespace AebController.Scenarios.Model;

/// <summary>The driver's reaction once the warning has been on for <see cref="AfterWarningS"/>.</summary>
public sealed record ReactionDefinition
{
    public required float AfterWarningS { get; init; }
    public float? Brake { get; init; }
    public float? Accelerator { get; init; }
    public float? SteeringDeg { get; init; }
    public float SteeringRampS { get; init; } = 0.3f;

    /// <summary>Time over which the accelerator moves from its scripted travel to <see cref="Accelerator"/>; 0 is a step.</summary>
    public float AcceleratorRampS { get; init; }
}
