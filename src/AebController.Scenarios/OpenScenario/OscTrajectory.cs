using System.Xml.Linq;

namespace AebController.Scenarios.OpenScenario;

/// <summary>
/// A FollowTrajectoryAction's trajectory (inline, or a catalog reference in TrajectoryRef or directly):
/// aeb moves actors in straight lines, so a polyline whose vertices lie on one line becomes the path
/// from its first to its last vertex; curved shapes are refused by name.
/// </summary>
public static class OscTrajectory
{
    public static (OscPose From, OscPose To) Read(XElement follow, OscContext ctx) => Shape(Find(follow, ctx), ctx);

    /// <summary>The path of a TrajectoryRef (1.1+) or of its 1.0 form (a Trajectory or CatalogReference in the element itself).</summary>
    public static (OscPose From, OscPose To) OfReference(XElement holder, OscContext ctx) => Shape(Find(holder, ctx), ctx);

    /// <summary>The point s metres along a path and t to its left.</summary>
    public static OscPose PointOn((OscPose From, OscPose To) path, double s, double t)
    {
        double c = Math.Cos(path.From.Heading), n = Math.Sin(path.From.Heading);
        return new OscPose(path.From.X + s * c - t * n, path.From.Y + s * n + t * c, path.From.Heading);
    }

    private static (OscPose From, OscPose To) Shape((XElement Trajectory, OscParameters Scope) found, OscContext ctx)
    {
        var (trajectory, scope) = found;
        var shape = trajectory.Element("Shape")?.Elements().FirstOrDefault() ?? throw OscError.At(trajectory, "needs a Shape");
        if (shape.Name.LocalName != "Polyline") throw OscError.At(shape, $"<{shape.Name.LocalName}> trajectories are not supported; aeb moves actors along straight polylines");
        var vertices = shape.Elements("Vertex").Select(v => ctx.Positions.Resolve(v.Element("Position") ?? throw OscError.At(v, "needs a Position"), scope)).ToList();
        if (vertices.Count < 2) throw OscError.At(shape, "a polyline needs at least two vertices");
        var (start, finish) = (vertices[0], vertices[^1]);
        double length = Math.Sqrt((finish.X - start.X) * (finish.X - start.X) + (finish.Y - start.Y) * (finish.Y - start.Y));
        if (length < 1e-6) throw OscError.At(shape, "the polyline's ends coincide");
        foreach (var v in vertices)
        {
            // Distance of each vertex from the straight line between the ends.
            double off = Math.Abs((finish.X - start.X) * (v.Y - start.Y) - (finish.Y - start.Y) * (v.X - start.X)) / length;
            if (off > 0.05) throw OscError.At(shape, $"the polyline bends ({off:0.##} m off the straight line); aeb moves actors along straight lines");
        }

        double heading = Math.Atan2(finish.Y - start.Y, finish.X - start.X);
        return (start with { Heading = heading }, finish with { Heading = heading });
    }

    private static (XElement Trajectory, OscParameters Scope) Find(XElement follow, OscContext ctx)
    {
        // OpenSCENARIO 1.0 puts the Trajectory or its CatalogReference directly in the action, 1.1+ inside TrajectoryRef.
        var holder = follow.Element("TrajectoryRef") ?? follow;
        if (holder.Element("Trajectory") is { } inline) return (inline, ctx.Scope);
        var reference = holder.Element("CatalogReference") ?? throw OscError.At(follow, "needs a Trajectory or a CatalogReference to one");
        return ctx.Catalogs.Resolve(reference, ctx.Scope);
    }
}
