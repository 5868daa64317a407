namespace AebController.Emulation.Faults;

/// <summary>One fault, active from <see cref="StartUs"/> until <see cref="EndUs"/>.</summary>
public readonly record struct InjectedFault(FaultInput Input, FaultKind Kind, long StartUs, long EndUs, float Value)
{
    public bool ActiveAt(long nowUs) => nowUs >= StartUs && nowUs < EndUs;
}
