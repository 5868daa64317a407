using System.Xml.Linq;

namespace AebController.Scenarios.OpenScenario;

/// <summary>
/// SynchronizeAction: the entity moves along its straight path so that it reaches its target position
/// when the ego (held at its speed by the robot driver) reaches the master position, at its final speed
/// over the steady-state distance. aeb runs it as the equivalent constant-speed start: set off at the
/// final speed v at tArrive − L/v (L: the path length to the target). Whatever the acceleration phase,
/// the entity is then exactly where the standard puts it from the end of that phase on; before it, at
/// most half the acceleration distance behind. The start is triggered by the ego's gap, as a test
/// track triggers the dummy by the vehicle's position.
/// </summary>
public static class OscSynchronize
{
    public static double? Compile(XElement action, OscActorPlan plan, OscTrigger trigger, OscContext ctx)
    {
        if (plan == ctx.Ego) throw OscError.At(action, "the ego cannot be synchronised: the controller drives it");
        string master = ctx.Scope.Text(action, "masterEntityRef");
        if (ctx.Plan(master, action) != ctx.Ego) throw OscError.At(action, "only the ego can be the master entity");
        var pose = plan.Pose ?? throw OscError.At(action, "the entity has no position");
        var (start, finish) = plan.Path ?? throw OscError.At(action, "a synchronised entity needs a trajectory (FollowTrajectoryAction in Init)");
        double dirX = Math.Cos(start.Heading), dirY = Math.Sin(start.Heading);

        var targetElement = action.Element("TargetPosition")?.Elements().FirstOrDefault() ?? throw OscError.At(action, "needs a TargetPosition");
        // A TrajectoryPosition without its own TrajectoryRef counts along the entity's own path.
        (double X, double Y) target = targetElement.Name.LocalName == "TrajectoryPosition" && targetElement.Element("TrajectoryRef") is null
            ? (start.X + dirX * ctx.Scope.Number(targetElement, "s"), start.Y + dirY * ctx.Scope.Number(targetElement, "s"))
            : Point(ctx.Positions.Resolve(targetElement, ctx.Scope));
        double pathM = (target.X - pose.X) * dirX + (target.Y - pose.Y) * dirY;

        var masterElement = action.Element("TargetPositionMaster")?.Elements().FirstOrDefault() ?? throw OscError.At(action, "needs a TargetPositionMaster");
        var masterPose = ctx.Positions.Resolve(masterElement, ctx.Scope);
        var ego = ctx.EgoPose(action);
        double egoTravelM = OscGeometry.ToEgo(ego, masterPose.X, masterPose.Y).X * Math.Sign(ctx.EgoSpeedMps);
        double egoSpeed = Math.Abs(ctx.EgoSpeedMps);
        if (egoSpeed < 0.01 || egoTravelM <= 0) throw OscError.At(masterElement, "the ego must be moving towards the master position");
        double arriveS = egoTravelM / egoSpeed;

        double speed = FinalSpeed(action, ctx);
        if (speed <= 0.01 || pathM <= 0) throw OscError.At(action, "the entity must move forward along its path to the target at a positive final speed");
        double knownStart = trigger.AtS ?? 0;
        double setOffS = arriveS - pathM / speed;
        if (setOffS < knownStart)
        {
            ctx.Notes.Add($"{plan.Entity.Name}: set-off moved from {setOffS:0.##} s to the trigger at {knownStart:0.##} s; it arrives late");
            setOffS = knownStart;
        }

        double rel = OscGeometry.RelativeHeading(ego, start.Heading);
        double gapAtSetOff = ctx.StartGapM(plan, action) - egoSpeed * setOffS;
        var when = gapAtSetOff > 0.5 ? OscTrigger.Gap(gapAtSetOff) : OscTrigger.At(setOffS);
        var (_, endY) = OscGeometry.ToEgo(ego, finish.X, finish.Y);
        double lateral = speed * Math.Sin(rel), along = speed * Math.Cos(rel);
        plan.Events.Add(OscSpeedAction.Event(when,
            targetSpeedKph: Math.Abs(along) > 0.01 ? (float)(along * 3.6) : null,
            lateralSpeedMps: Math.Abs(lateral) > 0.01 ? (float)lateral : null,
            stopAtYM: Math.Abs(lateral) > 0.01 ? (float)endY : null));
        return trigger.AtS is double t ? arriveS - t : null;
    }

    private static double FinalSpeed(XElement action, OscContext ctx)
    {
        var final = action.Element("FinalSpeed")?.Elements().FirstOrDefault() ?? throw OscError.At(action, "needs a FinalSpeed");
        // The steady-state distance or time only shapes the acceleration phase, which the equivalent start absorbs.
        return final.Name.LocalName == "AbsoluteSpeed"
            ? ctx.Scope.Number(final, "value")
            : throw OscError.At(final, $"<{final.Name.LocalName}> is not supported; give an AbsoluteSpeed");
    }

    private static (double X, double Y) Point(OscPose p) => (p.X, p.Y);
}
