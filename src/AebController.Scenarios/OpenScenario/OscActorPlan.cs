using AebController.Scenarios.Model;

namespace AebController.Scenarios.OpenScenario;

/// <summary>What the compiler learns about one entity before it becomes an aeb actor: pose, speed, path and events.</summary>
public sealed class OscActorPlan
{
    public OscActorPlan(OscEntity entity) => Entity = entity;

    public OscEntity Entity { get; }
    public OscPose? Pose { get; set; }
    public double SpeedMps { get; set; }

    /// <summary>The speed the latest compiled speed change aims at (its own heading), null before any.</summary>
    public double? LastTargetMps { get; set; }

    /// <summary>Freespace gap ahead of the ego set by a LongitudinalDistanceAction at the start, replacing the pose.</summary>
    public double? StartGapM { get; set; }

    /// <summary>The straight path the entity follows (FollowTrajectoryAction with a polyline), start and end in the plane.</summary>
    public (OscPose From, OscPose To)? Path { get; set; }

    public List<ActorEventDefinition> Events { get; } = [];

    /// <summary>Taken out of the scenario by a DeleteEntityAction at the start.</summary>
    public bool Deleted { get; set; }
}
