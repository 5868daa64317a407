using AebController.Emulation.Faults;

namespace AebController.Scenarios.Model;

public sealed record FaultDefinition
{
    public required FaultInput Input { get; init; }
    public required FaultKind Kind { get; init; }
    public required float StartS { get; init; }

    /// <summary>End of the fault; to the end of the run when absent.</summary>
    public float? EndS { get; init; }
    public float Value { get; init; }
}
