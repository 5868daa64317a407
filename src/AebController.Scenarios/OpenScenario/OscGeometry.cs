namespace AebController.Scenarios.OpenScenario;

/// <summary>Plane geometry between the ego and another entity, in the ego's frame (x ahead from its reference point, y to the left).</summary>
public static class OscGeometry
{
    /// <summary>The entity's box centre relative to the ego's reference point, in the ego's frame.</summary>
    public static (double X, double Y) RelativeCentre(OscPose ego, OscEntity egoEntity, OscPose pose, OscEntity entity)
    {
        double cx = pose.X + entity.CentreAheadM * Math.Cos(pose.Heading);
        double cy = pose.Y + entity.CentreAheadM * Math.Sin(pose.Heading);
        return ToEgo(ego, cx, cy);
    }

    public static (double X, double Y) ToEgo(OscPose ego, double x, double y)
    {
        double dx = x - ego.X, dy = y - ego.Y;
        double cos = Math.Cos(ego.Heading), sin = Math.Sin(ego.Heading);
        return (dx * cos + dy * sin, -dx * sin + dy * cos);
    }

    /// <summary>Heading of a pose relative to the ego's, wrapped to (-π, π].</summary>
    public static double RelativeHeading(OscPose ego, double heading) => Math.IEEERemainder(heading - ego.Heading, 2 * Math.PI);

    /// <summary>The length of the entity's footprint along the ego's heading (a crossing pedestrian shows its width).</summary>
    public static double FootprintAlongM(OscActorPlan plan, OscPose ego)
    {
        double rel = RelativeHeading(ego, plan.Pose!.Heading);
        return Math.Abs(plan.Entity.LengthM * Math.Cos(rel)) + Math.Abs(plan.Entity.WidthM * Math.Sin(rel));
    }

    public static double FootprintAcrossM(OscActorPlan plan, OscPose ego)
    {
        double rel = RelativeHeading(ego, plan.Pose!.Heading);
        return Math.Abs(plan.Entity.LengthM * Math.Sin(rel)) + Math.Abs(plan.Entity.WidthM * Math.Cos(rel));
    }
}
