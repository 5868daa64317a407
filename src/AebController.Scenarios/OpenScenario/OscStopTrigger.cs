using System.Xml.Linq;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.OpenScenario;

/// <summary>
/// The storyboard's StopTrigger as aeb's end rules: a collision ends every aeb run anyway; standing
/// still ends it after that long; the ego falling below a moving target's speed ends it (Euro NCAP
/// CCRm); a travelled distance or simulation time bounds the duration. Variable conditions belong to
/// the scenario's own bookkeeping and are covered by aeb's measurement.
/// </summary>
public static class OscStopTrigger
{
    public static (float DurationS, EndDefinition End) Read(XElement? trigger, OscContext ctx, float fallbackDurationS)
    {
        double? bound = null;
        // Without a standstill condition a standard simulator runs on: so does aeb (0 = never end on standstill).
        float stoppedForS = 0f;
        string? slowerThan = null;
        foreach (var condition in trigger?.Descendants("Condition") ?? [])
        {
            double delay = ctx.Scope.Number(condition, "delay", 0);
            var c = condition.Descendants().FirstOrDefault(e => e.Name.LocalName.EndsWith("Condition", StringComparison.Ordinal) && e.Name.LocalName is not ("ByValueCondition" or "ByEntityCondition" or "EntityCondition"));
            if (c is null) throw OscError.At(condition, "is empty");
            switch (c.Name.LocalName)
            {
                case "VariableCondition" or "CollisionCondition":
                    break;
                case "StandStillCondition":
                    stoppedForS = (float)Math.Max(0.5, ctx.Scope.Number(c, "duration") + delay);
                    break;
                case "SimulationTimeCondition":
                    bound = Min(bound, ctx.Scope.Number(c, "value") + delay);
                    break;
                case "TraveledDistanceCondition" when Math.Abs(ctx.EgoSpeedMps) > 0.01:
                    // The time the ego needs at its held speed, and 5 s for a slowed approach: braking to a stop ends the run earlier.
                    bound = Min(bound, ctx.Scope.Number(c, "value") / Math.Abs(ctx.EgoSpeedMps) + delay + 5);
                    break;
                case "RelativeSpeedCondition" or "SpeedCondition":
                    slowerThan ??= c.Attribute("entityRef") is not null ? ctx.Plan(ctx.Scope.Text(c, "entityRef"), c).Entity.Name : MovingTarget(ctx);
                    break;
                case "RelativeDistanceCondition" or "TraveledDistanceCondition" or "ReachPositionCondition" or "DistanceCondition":
                    // Passing the target: aeb ends a run on contact, standstill or its duration.
                    break;
                default:
                    throw OscError.Unsupported(c);
            }
        }

        float duration = bound is double b ? (float)Math.Clamp(b, 1, 600) : fallbackDurationS;
        return (duration, new EndDefinition { WhenStoppedForS = stoppedForS, WhenSlowerThan = slowerThan });
    }

    private static string? MovingTarget(OscContext ctx) =>
        ctx.Plans.Values.FirstOrDefault(p => p != ctx.Ego && Math.Abs(p.SpeedMps) > 0.1)?.Entity.Name;

    private static double Min(double? a, double b) => a is double x ? Math.Min(x, b) : b;
}
