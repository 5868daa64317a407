using System.Xml.Linq;
using AebController.Scenarios.OpenDrive;

namespace AebController.Scenarios.OpenScenario;

/// <summary>
/// Resolves OpenSCENARIO positions to poses: WorldPosition, LanePosition, RoadPosition,
/// RelativeLanePosition, RelativeRoadPosition, RelativeObjectPosition and RelativeWorldPosition
/// (ASAM OpenSCENARIO 1.x, 6.3 "Positions"), with an optional Orientation (absolute or relative).
/// </summary>
public sealed class OscPositions
{
    private readonly OdrNetwork? _network;
    private readonly IReadOnlyDictionary<string, OscPose> _poses;

    public OscPositions(OdrNetwork? network, IReadOnlyDictionary<string, OscPose> poses)
    {
        _network = network;
        _poses = poses;
    }

    /// <summary>Reads the straight path a TrajectoryPosition refers to (set by the compiler, which knows the catalogs).</summary>
    public Func<XElement, (OscPose From, OscPose To)>? Trajectories { get; set; }

    public OscPose Resolve(XElement position, OscParameters scope)
    {
        var p = position.Name.LocalName == "Position" ? position.Elements().FirstOrDefault() ?? throw OscError.At(position, "is empty") : position;
        OscPose pose = p.Name.LocalName switch
        {
            "WorldPosition" => new OscPose(scope.Number(p, "x"), scope.Number(p, "y"), scope.Number(p, "h", 0)),
            "LanePosition" => Lane(p, scope, scope.Text(p, "roadId"), LaneId(p, scope, "laneId"), scope.Number(p, "s"), scope.Number(p, "offset", 0)),
            "RoadPosition" => Road(p, scope.Text(p, "roadId"), scope.Number(p, "s"), scope.Number(p, "t")),
            "RelativeLanePosition" => RelativeLane(p, scope),
            "RelativeRoadPosition" => RelativeRoad(p, scope),
            "RelativeObjectPosition" => RelativeObject(p, scope),
            "RelativeWorldPosition" => RelativeWorld(p, scope),
            "TrajectoryPosition" when Trajectories is not null =>
                OscTrajectory.PointOn(Trajectories(p), scope.Number(p, "s"), scope.Number(p, "t", 0)),
            _ => throw OscError.Unsupported(p),
        };
        return Orient(pose, p, scope);
    }

    public OscPose Of(string entity, XObject where) =>
        _poses.TryGetValue(entity, out var pose) ? pose : throw OscError.At(where, $"entity '{entity}' has no position yet (place it in Init first)");

    private OscPose Lane(XElement p, OscParameters scope, string roadId, int laneId, double s, double offset)
    {
        var road = Network(p).Road(roadId, p);
        double t;
        try
        {
            t = road.LaneCentreT(laneId, s) + offset;
        }
        catch (KeyNotFoundException ex)
        {
            throw OscError.At(p, ex.Message);
        }

        var (x, y, h) = road.At(s, t);
        // A vehicle in a right-hand lane (negative id) drives along the reference line, one in a left lane against it.
        return new OscPose(x, y, laneId > 0 ? h + Math.PI : h, roadId, s, t, laneId);
    }

    private OscPose Road(XElement p, string roadId, double s, double t)
    {
        var (x, y, h) = Network(p).Road(roadId, p).At(s, t);
        return new OscPose(x, y, h, roadId, s, t);
    }

    private OscPose RelativeLane(XElement p, OscParameters scope)
    {
        var from = Of(scope.Text(p, "entityRef"), p);
        if (from.RoadId is null || from.LaneId is not int lane) throw OscError.At(p, "the referenced entity stands on no lane");
        int dLane = (int)scope.Number(p, "dLane");
        int target = lane;
        for (int i = 0; i < Math.Abs(dLane); i++)
        {
            target += Math.Sign(dLane);
            if (target == 0) target += Math.Sign(dLane);
        }

        // ds runs along the reference line; dsLane along the lane, in its driving direction (left lanes run against s).
        double s = p.Attribute("ds") is not null
            ? from.S + scope.Number(p, "ds")
            : from.S + (lane < 0 ? 1 : -1) * scope.Number(p, "dsLane", 0);
        return Lane(p, scope, from.RoadId, target, s, scope.Number(p, "offset", 0));
    }

    private OscPose RelativeRoad(XElement p, OscParameters scope)
    {
        var from = Of(scope.Text(p, "entityRef"), p);
        if (from.RoadId is null) throw OscError.At(p, "the referenced entity stands on no road");
        return Road(p, from.RoadId, from.S + scope.Number(p, "ds"), from.T + scope.Number(p, "dt"));
    }

    private OscPose RelativeObject(XElement p, OscParameters scope)
    {
        var from = Of(scope.Text(p, "entityRef"), p);
        double dx = scope.Number(p, "dx"), dy = scope.Number(p, "dy");
        double cos = Math.Cos(from.Heading), sin = Math.Sin(from.Heading);
        return Placed(from, from.X + dx * cos - dy * sin, from.Y + dx * sin + dy * cos, from.Heading);
    }

    private OscPose RelativeWorld(XElement p, OscParameters scope)
    {
        var from = Of(scope.Text(p, "entityRef"), p);
        return Placed(from, from.X + scope.Number(p, "dx"), from.Y + scope.Number(p, "dy"), from.Heading);
    }

    /// <summary>A point near a road pose keeps road coordinates when the road is straight there (the common case of relative placements).</summary>
    private OscPose Placed(OscPose from, double x, double y, double heading)
    {
        if (from.RoadId is null || _network is null) return new OscPose(x, y, heading);
        var road = _network.Road(from.RoadId, new XElement("RoadNetwork"));
        var (rx, ry, rh) = road.At(from.S, 0);
        double ds = (x - rx) * Math.Cos(rh) + (y - ry) * Math.Sin(rh);
        double dt = -(x - rx) * Math.Sin(rh) + (y - ry) * Math.Cos(rh);
        return new OscPose(x, y, heading, from.RoadId, from.S + ds, dt);
    }

    private static OscPose Orient(OscPose pose, XElement p, OscParameters scope)
    {
        if (p.Element("Orientation") is not { } o || o.Attribute("h") is null) return pose;
        double h = scope.Number(o, "h");
        string type = scope.Attr(o, "type") ?? "absolute";
        return pose with { Heading = type == "relative" ? pose.Heading + h : h };
    }

    private static int LaneId(XElement p, OscParameters scope, string name)
    {
        double id = scope.Number(p, name);
        return id == Math.Round(id) && id != 0 ? (int)id : throw OscError.At(p.Attribute(name)!, $"expected a non-zero lane id, found {id}");
    }

    private OdrNetwork Network(XElement p) => _network ?? throw OscError.At(p, "a road position needs a RoadNetwork LogicFile");
}
