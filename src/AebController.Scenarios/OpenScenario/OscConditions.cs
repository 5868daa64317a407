using System.Xml.Linq;

namespace AebController.Scenarios.OpenScenario;

/// <summary>
/// Turns a StartTrigger into an aeb trigger. Condition groups are alternatives (the earliest wins),
/// conditions in a group must all hold (the latest wins). Known at compile time: parameter conditions,
/// simulation time, the state of storyboard elements with known times, and the ego's travelled distance
/// or reached position at its held speed. At run time: the longitudinal gap (relative distance, or
/// time to collision at the start's closing speed) between the ego and the acting entity.
/// </summary>
public static class OscConditions
{
    public static OscTrigger Trigger(XElement? trigger, OscContext ctx, double defaultS, OscActorPlan? actor)
    {
        if (trigger is null) return OscTrigger.At(defaultS);
        var groups = trigger.Elements("ConditionGroup").ToList();
        if (groups.Count == 0) return OscTrigger.At(defaultS);
        var alternatives = groups.Select(g => Group(g, ctx, actor)).Where(t => !t.Never).ToList();
        if (alternatives.Count == 0) return OscTrigger.NeverFires;
        if (alternatives.Count == 1) return alternatives[0];
        if (alternatives.All(t => t.AtS is not null)) return OscTrigger.At(alternatives.Min(t => t.AtS!.Value));
        throw OscError.At(trigger, "condition groups that mix times and distances are not supported");
    }

    private static OscTrigger Group(XElement group, OscContext ctx, OscActorPlan? actor)
    {
        var parts = group.Elements("Condition").Select(c => Condition(c, ctx, actor)).ToList();
        if (parts.Count == 0) throw OscError.At(group, "holds no Condition");
        if (parts.Any(p => p.Never)) return OscTrigger.NeverFires;
        var timed = parts.Where(p => p.AtS is not null).ToList();
        var gaps = parts.Where(p => p.WhenGapM is not null).ToList();
        if (gaps.Count > 1) throw OscError.At(group, "more than one distance condition in one group is not supported");
        if (gaps.Count == 1)
        {
            if (timed.Any(t => t.AtS > 0)) throw OscError.At(group, "a distance condition together with a later time condition is not supported");
            return gaps[0];
        }

        return OscTrigger.At(timed.Max(t => t.AtS!.Value));
    }

    private static OscTrigger Condition(XElement condition, OscContext ctx, OscActorPlan? actor)
    {
        double delay = ctx.Scope.Number(condition, "delay", 0);
        var body = condition.Elements().FirstOrDefault() ?? throw OscError.At(condition, "is empty");
        var inner = body.Elements().FirstOrDefault() ?? throw OscError.At(body, "is empty");
        OscTrigger t = body.Name.LocalName switch
        {
            "ByValueCondition" => ByValue(inner, ctx),
            "ByEntityCondition" => ByEntity(body, ctx, actor),
            _ => throw OscError.Unsupported(body),
        };
        if (delay == 0 || t.Never) return t;
        if (t.AtS is double at) return OscTrigger.At(at + delay);
        throw OscError.At(condition, "a delay after a distance condition is not supported");
    }

    private static OscTrigger ByValue(XElement c, OscContext ctx)
    {
        switch (c.Name.LocalName)
        {
            case "SimulationTimeCondition":
            {
                string rule = ctx.Scope.Text(c, "rule");
                double value = ctx.Scope.Number(c, "value");
                return rule is "lessThan" or "lessOrEqual" ? OscTrigger.At(0) : OscTrigger.At(value);
            }

            case "ParameterCondition":
            {
                string name = ctx.Scope.Text(c, "parameterRef");
                if (!ctx.Scope.TryGet(name, out var value)) throw OscError.At(c, $"parameter '{name}' is not declared");
                return OscParameters.Holds(ctx.Scope.Text(c, "rule"), value, ctx.Scope.Text(c, "value")) ? OscTrigger.At(0) : OscTrigger.NeverFires;
            }

            case "StoryboardElementStateCondition":
            {
                string name = ctx.Scope.Text(c, "storyboardElementRef"), state = ctx.Scope.Text(c, "state");
                if (!ctx.Timeline.TryGet(name, out var times)) throw OscError.At(c, $"refers to '{name}', whose time is not known where it is needed (it must come earlier in the storyboard and run at known times)");
                double? at = state is "completeState" or "endTransition" or "stopTransition" ? times.EndS
                    : state is "startTransition" or "runningState" ? times.StartS
                    : state is "standbyState" ? 0 : null;
                return at is double t ? OscTrigger.At(t) : throw OscError.At(c, $"the time of state '{state}' of '{name}' is not known at compile time");
            }

            default:
                throw OscError.Unsupported(c);
        }
    }

    private static OscTrigger ByEntity(XElement byEntity, OscContext ctx, OscActorPlan? actor)
    {
        var triggering = byEntity.Element("TriggeringEntities")?.Elements("EntityRef").Select(e => ctx.Plan(ctx.Scope.Text(e, "entityRef"), e)).ToList()
            ?? throw OscError.At(byEntity, "needs TriggeringEntities");
        var c = byEntity.Element("EntityCondition")?.Elements().FirstOrDefault() ?? throw OscError.At(byEntity, "needs an EntityCondition");
        if (triggering.Count != 1) throw OscError.At(byEntity, "exactly one triggering entity is supported");
        var who = triggering[0];
        double egoSpeed = Math.Abs(ctx.EgoSpeedMps);
        switch (c.Name.LocalName)
        {
            case "TraveledDistanceCondition" when who == ctx.Ego:
                return egoSpeed > 0 ? OscTrigger.At(ctx.Scope.Number(c, "value") / egoSpeed) : OscTrigger.NeverFires;
            case "ReachPositionCondition" or "DistanceCondition" when who == ctx.Ego:
            {
                var target = ctx.Positions.Resolve(c.Element("Position") ?? throw OscError.At(c, "needs a Position"), ctx.Scope);
                var (x, _) = OscGeometry.ToEgo(ctx.EgoPose(c), target.X, target.Y);
                double tolerance = c.Attribute("tolerance") is not null ? ctx.Scope.Number(c, "tolerance") : ctx.Scope.Number(c, "value");
                double travel = Math.Abs(x) - tolerance;
                return egoSpeed > 0 ? OscTrigger.At(Math.Max(0, travel) / egoSpeed) : OscTrigger.NeverFires;
            }

            case "RelativeDistanceCondition":
                return Gap(c, ctx, who, actor, ctx.Scope.Number(c, "value"), freespaceAttr: "freespace");
            case "TimeToCollisionCondition":
            {
                var other = c.Element("TimeToCollisionConditionTarget")?.Element("EntityRef") ?? throw OscError.At(c, "only an entity as the TTC target is supported");
                var plan = ctx.Plan(ctx.Scope.Text(other, "entityRef"), other);
                double closing = ClosingSpeed(ctx, who == ctx.Ego ? plan : who, c);
                if (closing <= 0) return OscTrigger.NeverFires;
                return Gap(c, ctx, who, actor, ctx.Scope.Number(c, "value") * closing, freespaceAttr: "freespace", otherOverride: plan);
            }

            default:
                throw OscError.Unsupported(c);
        }
    }

    /// <summary>A gap trigger between the ego and the acting entity: the condition must relate exactly those two.</summary>
    private static OscTrigger Gap(XElement c, OscContext ctx, OscActorPlan who, OscActorPlan? actor, double valueM, string freespaceAttr, OscActorPlan? otherOverride = null)
    {
        string rule = ctx.Scope.Attr(c, "rule") ?? "lessThan";
        if (rule is not ("lessThan" or "lessOrEqual")) throw OscError.At(c, $"only 'lessThan' distance conditions become triggers, found '{rule}'");
        var other = otherOverride ?? ctx.Plan(ctx.Scope.Text(c, "entityRef"), c);
        var pair = new[] { who, other };
        if (actor is null || !pair.Contains(ctx.Ego) || !pair.Contains(actor))
        {
            throw OscError.At(c, "a distance condition can trigger an event only between the ego and the entity the event moves");
        }

        if (ctx.Scope.Attr(c, "relativeDistanceType") is string type && type is not ("longitudinal" or "cartesianDistance"))
        {
            throw OscError.At(c, $"relativeDistanceType '{type}' is not supported (longitudinal, cartesianDistance)");
        }

        double gap = valueM;
        if (!ctx.Scope.Bool(c, freespaceAttr, false))
        {
            // Reference point to reference point: take away what lies between the points and the facing box ends.
            gap -= ctx.Ego.Entity.FrontM + OscGeometry.FootprintAlongM(actor, ctx.EgoPose(c)) / 2 + actor.Entity.CentreAheadM;
        }

        return OscTrigger.Gap(Math.Max(0, gap));
    }

    private static double ClosingSpeed(OscContext ctx, OscActorPlan actor, XElement where)
    {
        double along = Math.Cos(OscGeometry.RelativeHeading(ctx.EgoPose(where), actor.Pose!.Heading)) * actor.SpeedMps;
        double egoAlong = ctx.EgoSpeedMps;
        double gapSign = Math.Sign(OscGeometry.RelativeCentre(ctx.EgoPose(where), ctx.Ego.Entity, actor.Pose, actor.Entity).X);
        return gapSign >= 0 ? egoAlong - along : along - egoAlong;
    }
}
