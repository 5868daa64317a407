namespace AebController.Emulation.World;

/// <summary>
/// A scripted change of an actor's motion. It fires once, at <see cref="AtS"/> or when the gap
/// from the ego falls to <see cref="WhenGapM"/>, whichever is given. A lane change moves the actor
/// to <see cref="ToLaneId"/> (on the road) or by <see cref="LaneChangeByM"/> (left positive) over
/// <see cref="LaneChangeDurationS"/>, turning it as it goes.
/// </summary>
public readonly record struct ActorEvent(
    float? AtS,
    float? WhenGapM,
    float? AccelMps2,
    float? TargetSpeedMps,
    float? LateralSpeedMps,
    float? StopAtLateralM,
    int? ToLaneId = null,
    float? LaneChangeByM = null,
    float LaneChangeDurationS = 0f,
    LaneChangeShape LaneChangeShape = LaneChangeShape.Sinusoidal);
