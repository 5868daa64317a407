using System.Xml.Linq;
using AebController.Scenarios.OpenDrive;

namespace AebController.Scenarios.OpenScenario;

/// <summary>Everything the compiler of one scenario instance shares: parameters, catalogs, road, entities and what it learned of them.</summary>
public sealed class OscContext
{
    public OscContext(OscParameters scope, OscCatalogs catalogs, OdrNetwork? network, List<OscEntity> entities)
    {
        Scope = scope;
        Catalogs = catalogs;
        Network = network;
        foreach (var e in entities) Plans[e.Name] = new OscActorPlan(e);
        Ego = Plans[entities.Single(e => e.IsEgo).Name];
        Positions = new OscPositions(network, Poses) { Trajectories = holder => OscTrajectory.OfReference(holder.Element("TrajectoryRef") ?? holder, this) };
    }

    public OscParameters Scope { get; private set; }

    /// <summary>Enters a nested parameter scope (a catalog maneuver's); returns the one to restore.</summary>
    public OscParameters SwapScope(OscParameters scope)
    {
        var old = Scope;
        Scope = scope;
        return old;
    }
    public OscCatalogs Catalogs { get; }
    public OdrNetwork? Network { get; }
    public Dictionary<string, OscActorPlan> Plans { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, OscPose> Poses { get; } = new(StringComparer.Ordinal);
    public OscPositions Positions { get; }
    public OscTimeline Timeline { get; } = new();
    public OscActorPlan Ego { get; }

    /// <summary>Sun illuminance of the environment, lux (null: not given).</summary>
    public double? IlluminanceLux { get; set; }

    /// <summary>RoadCondition frictionScaleFactor (1 = dry asphalt), null when not given.</summary>
    public double? FrictionScale { get; set; }

    /// <summary>Elements read and deliberately given no effect, with the reason; shown in the scenario's description.</summary>
    public List<string> Notes { get; } = [];

    public OscActorPlan Plan(string name, XObject where) =>
        Plans.TryGetValue(name, out var plan) ? plan : throw OscError.At(where, $"no entity is named '{name}'");

    /// <summary>The ego's signed speed along its heading (negative: reversing).</summary>
    public double EgoSpeedMps => Ego.SpeedMps;

    public OscPose EgoPose(XObject where) => Ego.Pose ?? throw OscError.At(where, "the ego has no start position (TeleportAction in Init)");

    /// <summary>Longitudinal freespace gap between the ego and an entity at the start (box to box along the ego's heading).</summary>
    public double StartGapM(OscActorPlan plan, XObject where)
    {
        var (x, _) = OscGeometry.RelativeCentre(EgoPose(where), Ego.Entity, plan.Pose ?? throw OscError.At(where, $"entity '{plan.Entity.Name}' has no position"), plan.Entity);
        double egoCentre = Ego.Entity.CentreAheadM;
        double halfLength = OscGeometry.FootprintAlongM(plan, EgoPose(where)) / 2;
        return Math.Abs(x - egoCentre) - Ego.Entity.LengthM / 2 - halfLength;
    }
}
