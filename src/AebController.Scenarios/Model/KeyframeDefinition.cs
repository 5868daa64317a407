namespace AebController.Scenarios.Model;

/// <summary>A value at a time in seconds; values between keyframes are interpolated.</summary>
public sealed record KeyframeDefinition
{
    public required float T { get; init; }
    public required float Value { get; init; }
}
