using System.Xml.Linq;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.OpenScenario;

/// <summary>
/// A SpeedAction on an actor becomes an aeb actor event: a step sets the speed; linear, cubic and
/// sinusoidal changes become a constant acceleration reaching the same target in the same time
/// (dimension rate: the rate; time: Δv / time; distance: Δv² over twice the distance).
/// </summary>
public static class OscSpeedAction
{
    public static double TargetMps(XElement speed, OscContext ctx, OscActorPlan plan)
    {
        var target = speed.Element("SpeedActionTarget")?.Elements().FirstOrDefault() ?? throw OscError.At(speed, "needs a SpeedActionTarget");
        switch (target.Name.LocalName)
        {
            case "AbsoluteTargetSpeed":
                return ctx.Scope.Number(target, "value");
            case "RelativeTargetSpeed":
                var other = ctx.Plan(ctx.Scope.Text(target, "entityRef"), target);
                double value = ctx.Scope.Number(target, "value");
                string type = ctx.Scope.Attr(target, "speedTargetValueType") ?? "delta";
                if (ctx.Scope.Bool(target, "continuous", false)) throw OscError.At(target, "continuous relative speed targets are not supported");
                return type == "factor" ? other.SpeedMps * value : other.SpeedMps + value;
            default:
                throw OscError.Unsupported(target);
        }
    }

    /// <summary>Adds the event; returns how long the change takes, seconds.</summary>
    public static double AddEvent(XElement speed, OscContext ctx, OscActorPlan plan, OscTrigger trigger)
    {
        if (plan == ctx.Ego) throw OscError.At(speed, "a SpeedAction on the ego in the storyboard is not supported: aeb's robot driver holds the start speed and the controller brakes");
        double target = TargetMps(speed, ctx, plan);
        double current = plan.LastTargetMps ?? plan.SpeedMps;
        plan.LastTargetMps = target;
        var dynamics = speed.Element("SpeedActionDynamics") ?? throw OscError.At(speed, "needs SpeedActionDynamics");
        string shape = ctx.Scope.Text(dynamics, "dynamicsShape"), dimension = ctx.Scope.Text(dynamics, "dynamicsDimension");
        double value = ctx.Scope.Number(dynamics, "value"), delta = Math.Abs(target - current);
        double? rate = shape == "step" || delta < 1e-9 ? null : dimension switch
        {
            "rate" => Math.Abs(value),
            "time" => value > 0 ? delta / value : null,
            "distance" => value > 0 ? Math.Abs(target * target - current * current) / (2 * value) : null,
            _ => throw OscError.At(dynamics, $"dynamicsDimension '{dimension}' is not rate, time or distance"),
        };
        if (shape is not ("step" or "linear"))
        {
            ctx.Notes.Add($"{plan.Entity.Name}: {shape} speed change run as a constant acceleration with the same duration");
        }

        // aeb's actor speeds run along the ego's start heading (an oncoming actor's counts negative); an actor
        // on a path across the road moves sideways and stops at the path's end.
        var ego = ctx.EgoPose(speed);
        double heading = plan.Path?.From.Heading ?? (plan.Pose ?? ego).Heading;
        double rel = OscGeometry.RelativeHeading(ego, heading);
        double along = Math.Cos(rel), across = Math.Sin(rel);
        var signed = rate is double r ? (float?)((target >= current ? r : -r) * along) : null;
        if (Math.Abs(across) > 0.01 && plan.Path is { } path)
        {
            if (rate is not null) ctx.Notes.Add($"{plan.Entity.Name}: speed change across the road run as a step");
            var (_, endY) = OscGeometry.ToEgo(ego, path.To.X, path.To.Y);
            plan.Events.Add(Event(trigger, targetSpeedKph: Math.Abs(along) > 0.01 ? (float)(target * 3.6 * along) : null,
                lateralSpeedMps: (float)(target * across), stopAtYM: (float)endY));
            return 0;
        }

        plan.Events.Add(Event(trigger, signed, (float)(target * 3.6 * along)));
        return rate is double rr ? delta / rr : 0;
    }

    public static ActorEventDefinition Event(OscTrigger trigger, float? accelMps2 = null, float? targetSpeedKph = null, float? lateralSpeedMps = null, float? stopAtYM = null) => new()
    {
        AtS = trigger.AtS is double t ? (float)t : null,
        WhenGapM = trigger.WhenGapM is double g ? (float)g : null,
        AccelMps2 = accelMps2,
        TargetSpeedKph = targetSpeedKph,
        LateralSpeedMps = lateralSpeedMps,
        StopAtYM = stopAtYM,
    };
}
