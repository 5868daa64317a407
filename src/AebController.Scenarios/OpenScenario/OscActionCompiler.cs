using System.Xml.Linq;

namespace AebController.Scenarios.OpenScenario;

/// <summary>
/// One storyboard action on one entity: SpeedAction, LongitudinalDistanceAction (at the start),
/// SynchronizeAction (a crossing road user timed to meet the ego), LaneChangeAction and TeleportAction
/// (at the start). Returns how long it runs, seconds, or null when that is not known in advance.
/// </summary>
public static class OscActionCompiler
{
    public static double? Compile(XElement action, OscActorPlan plan, OscTrigger trigger, OscContext ctx)
    {
        var privateAction = action.Element("PrivateAction") ?? throw OscError.Unsupported(action.Elements().First());
        var body = privateAction.Elements().FirstOrDefault() ?? throw OscError.At(privateAction, "is empty");
        var kind = body.Elements().FirstOrDefault();
        switch (body.Name.LocalName, kind?.Name.LocalName)
        {
            case ("LongitudinalAction", "SpeedAction"):
                return OscSpeedAction.AddEvent(kind!, ctx, plan, trigger);
            case ("LongitudinalAction", "LongitudinalDistanceAction"):
                return LongitudinalDistance(kind!, plan, trigger, ctx);
            case ("SynchronizeAction", _):
                return OscSynchronize.Compile(body, plan, trigger, ctx);
            case ("LateralAction", "LaneChangeAction"):
                return LaneChange(kind!, plan, trigger, ctx);
            case ("TeleportAction", _) when trigger.AtS == 0:
                OscInitCompiler.Place(ctx, plan, ctx.Positions.Resolve(body.Element("Position") ?? throw OscError.At(body, "needs a Position"), ctx.Scope));
                return 0;
            case ("TeleportAction", _):
                throw OscError.At(body, "a TeleportAction after the start is not supported (aeb's actors move continuously)");
            case ("AppearanceAction", _):
                ctx.Notes.Add($"{plan.Entity.Name}: AppearanceAction (lights) has no effect on aeb's sensors");
                return 0;
            default:
                throw OscError.Unsupported(kind ?? body);
        }
    }

    /// <summary>
    /// A one-off LongitudinalDistanceAction at the start places the entity at that gap from the reference
    /// entity (how test sets put a braking target at its headway right after Init); later or continuous
    /// ones would need a distance controller and are refused.
    /// </summary>
    private static double? LongitudinalDistance(XElement a, OscActorPlan plan, OscTrigger trigger, OscContext ctx)
    {
        if (ctx.Scope.Bool(a, "continuous", false)) throw OscError.At(a, "continuous LongitudinalDistanceAction is not supported");
        if (trigger.AtS != 0) throw OscError.At(a, "a LongitudinalDistanceAction is supported only at the start (time 0)");
        if (ctx.Scope.Text(a, "entityRef") is var reference && ctx.Plan(reference, a) != ctx.Ego) throw OscError.At(a, "the distance must be kept to the ego");
        string displacement = ctx.Scope.Attr(a, "displacement") ?? "any";
        if (displacement == "trailingReferencedEntity") throw OscError.At(a, "placing the entity behind the ego is not supported");
        double distance = a.Attribute("distance") is not null
            ? ctx.Scope.Number(a, "distance")
            : ctx.Scope.Number(a, "timeGap") * Math.Abs(ctx.EgoSpeedMps);
        if (!ctx.Scope.Bool(a, "freespace", false)) distance -= ctx.Ego.Entity.FrontM + plan.Entity.RearM;
        plan.StartGapM = Math.Max(0, distance);
        return 0;
    }

    /// <summary>A lane change at constant lateral speed: Δt over the dynamics' time (or distance at the entity's speed).</summary>
    private static double? LaneChange(XElement a, OscActorPlan plan, OscTrigger trigger, OscContext ctx)
    {
        var pose = plan.Pose ?? throw OscError.At(a, "the entity has no position");
        if (pose.RoadId is null || pose.LaneId is not int lane || ctx.Network is null) throw OscError.At(a, "a lane change needs the entity on a lane of the road network");
        var target = a.Element("LaneChangeTarget")?.Elements().FirstOrDefault() ?? throw OscError.At(a, "needs a LaneChangeTarget");
        int targetLane = target.Name.LocalName switch
        {
            "AbsoluteTargetLane" => (int)ctx.Scope.Number(target, "value"),
            "RelativeTargetLane" => Shift(ctx.Plan(ctx.Scope.Text(target, "entityRef"), target).Pose?.LaneId ?? lane, (int)ctx.Scope.Number(target, "value"), lane),
            _ => throw OscError.Unsupported(target),
        };
        var road = ctx.Network.Road(pose.RoadId, a);
        double targetT = road.LaneCentreT(targetLane, pose.S) + ctx.Scope.Number(a, "targetLaneOffset", 0);
        var dynamics = a.Element("LaneChangeActionDynamics") ?? throw OscError.At(a, "needs LaneChangeActionDynamics");
        double value = ctx.Scope.Number(dynamics, "value");
        double durationS = ctx.Scope.Text(dynamics, "dynamicsDimension") switch
        {
            "time" => value,
            "distance" when Math.Abs(plan.SpeedMps) > 0.1 => value / Math.Abs(plan.SpeedMps),
            var d => throw OscError.At(dynamics, $"lane-change dynamics '{d}' are not supported (time, or distance for a moving entity)"),
        };
        if (durationS <= 0) throw OscError.At(dynamics, $"a lane change needs a positive duration, found {durationS} s");
        // t grows to the left of the reference line; aeb's y grows to the left of the ego.
        var ego = ctx.EgoPose(a);
        var (_, yNow) = OscGeometry.ToEgo(ego, pose.X, pose.Y);
        var (tx, ty, _) = road.At(pose.S, targetT);
        var (_, yTarget) = OscGeometry.ToEgo(ego, tx, ty);
        plan.Events.Add(OscSpeedAction.Event(trigger, lateralSpeedMps: (float)((yTarget - yNow) / durationS), stopAtYM: (float)yTarget));
        ctx.Notes.Add($"{plan.Entity.Name}: lane change at constant lateral speed over {durationS:0.##} s");
        return durationS;
    }

    private static int Shift(int fromLane, int by, int fallback)
    {
        int lane = fromLane == 0 ? fallback : fromLane;
        for (int i = 0; i < Math.Abs(by); i++)
        {
            // A positive value moves left: towards larger ids on the left, towards smaller magnitude on the right.
            lane += Math.Sign(by);
            if (lane == 0) lane += Math.Sign(by);
        }

        return lane;
    }
}
