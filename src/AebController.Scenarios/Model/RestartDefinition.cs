namespace AebController.Scenarios.Model;

/// <summary>A controller restart (as after a power glitch): the firmware is re-initialised at <see cref="AtS"/> and forgets every state and latched code.</summary>
public sealed record RestartDefinition
{
    public required float AtS { get; init; }
}
