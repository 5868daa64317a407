using System.Xml.Linq;

namespace AebController.Scenarios.OpenScenario;

/// <summary>
/// Reads the Storyboard's Init: environment, start positions (placing an entity relative to another
/// once that one stands), start speeds and the paths entities follow.
/// </summary>
public static class OscInitCompiler
{
    public static void Compile(XElement init, OscContext ctx)
    {
        var actions = init.Element("Actions") ?? throw OscError.At(init, "needs <Actions>");
        var pending = new List<(OscActorPlan Plan, XElement Action)>();
        foreach (var child in actions.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "GlobalAction":
                    OscEnvironment.Apply(child, ctx);
                    break;
                case "Private":
                    var plan = ctx.Plan(ctx.Scope.Text(child, "entityRef"), child);
                    foreach (var a in child.Elements("PrivateAction")) pending.Add((plan, a));
                    break;
                default:
                    throw OscError.Unsupported(child);
            }
        }

        // Positions first, in as many rounds as references need (an entity placed relative to one placed later).
        for (int round = 0; round < 8 && pending.Any(p => IsTeleport(p.Action) && p.Plan.Pose is null); round++)
        {
            foreach (var (plan, action) in pending.Where(p => IsTeleport(p.Action) && p.Plan.Pose is null))
            {
                var position = action.Element("TeleportAction")!.Element("Position") ?? throw OscError.At(action, "TeleportAction needs a Position");
                if (!References(position).All(ctx.Poses.ContainsKey)) continue;
                Place(ctx, plan, ctx.Positions.Resolve(position, ctx.Scope));
            }
        }

        foreach (var (plan, action) in pending.Where(p => !IsTeleport(p.Action))) Other(ctx, plan, action);
        foreach (var (plan, action) in pending.Where(p => IsTeleport(p.Action) && p.Plan.Pose is null))
        {
            throw OscError.At(action, $"cannot place '{plan.Entity.Name}': the entity its position refers to is never placed");
        }

        foreach (var plan in ctx.Plans.Values.Where(p => p.Pose is null))
        {
            if (plan.Path is { } path) Place(ctx, plan, path.From);
            else throw OscError.At(init, $"entity '{plan.Entity.Name}' is never placed (no TeleportAction or trajectory in Init)");
        }
    }

    public static void Place(OscContext ctx, OscActorPlan plan, OscPose pose)
    {
        plan.Pose = pose;
        ctx.Poses[plan.Entity.Name] = pose;
    }

    private static void Other(OscContext ctx, OscActorPlan plan, XElement privateAction)
    {
        var action = privateAction.Elements().First();
        switch (action.Name.LocalName)
        {
            case "LongitudinalAction" when action.Element("SpeedAction") is { } speed:
                InitSpeed(ctx, plan, speed);
                break;
            case "RoutingAction" when action.Element("FollowTrajectoryAction") is { } follow:
                plan.Path = OscTrajectory.Read(follow, ctx);
                // 1.2+: the entity starts this far along its trajectory.
                if (ctx.Scope.Number(follow, "initialDistanceOffset", 0) is var offset && offset != 0)
                {
                    plan.Path = (OscTrajectory.PointOn(plan.Path.Value, offset, 0), plan.Path.Value.To);
                }

                break;
            case "RoutingAction" when action.Element("AssignRouteAction") is not null:
                ctx.Notes.Add($"{plan.Entity.Name}: AssignRouteAction read as 'keep to the lane it starts in'");
                break;
            case "AppearanceAction":
                ctx.Notes.Add($"{plan.Entity.Name}: AppearanceAction (lights) has no effect on aeb's sensors");
                break;
            case "ControllerAction" or "ActivateControllerAction" when plan == ctx.Ego:
                ctx.Notes.Add("Ego: ControllerAction ignored (aeb's controller and robot driver drive the ego)");
                break;
            default:
                throw OscError.Unsupported(action);
        }
    }

    private static void InitSpeed(OscContext ctx, OscActorPlan plan, XElement speed)
    {
        double target = OscSpeedAction.TargetMps(speed, ctx, plan);
        var dynamics = speed.Element("SpeedActionDynamics") ?? throw OscError.At(speed, "needs SpeedActionDynamics");
        string shape = ctx.Scope.Text(dynamics, "dynamicsShape");
        if (shape == "step" || ctx.Scope.Number(dynamics, "value") == 0)
        {
            plan.SpeedMps = target;
            return;
        }

        if (plan == ctx.Ego) throw OscError.At(dynamics, "the ego's start speed must be a step: aeb's robot driver holds one speed from the start");
        OscSpeedAction.AddEvent(speed, ctx, plan, OscTrigger.At(0));
    }

    private static bool IsTeleport(XElement privateAction) => privateAction.Element("TeleportAction") is not null;

    private static IEnumerable<string> References(XElement position) =>
        position.Descendants().Select(e => e.Attribute("entityRef")?.Value).OfType<string>();
}
