namespace AebController.Emulation.World;

/// <summary>
/// A scripted change of an actor's motion. It fires once, at <see cref="AtS"/> or when the gap
/// from the ego falls to <see cref="WhenGapM"/>, whichever is given.
/// </summary>
public readonly record struct ActorEvent(
    float? AtS,
    float? WhenGapM,
    float? AccelMps2,
    float? TargetSpeedMps,
    float? LateralSpeedMps,
    float? StopAtLateralM);
