using System.Xml.Linq;

namespace AebController.Scenarios.OpenScenario;

/// <summary>
/// Compiles Stories → Acts → ManeuverGroups → Maneuvers (inline or from a catalog) → Events → Actions
/// into aeb actor events, recording each element's start and end where known so later conditions on
/// their state become times. Actions that only keep the scenario's own books (VariableAction,
/// ParameterAction) are read and given no effect: aeb measures contact and speeds itself.
/// </summary>
public static class OscStoryCompiler
{
    public static void Compile(XElement storyboard, OscContext ctx)
    {
        foreach (var story in storyboard.Elements("Story"))
        {
            if (story.Element("ParameterDeclarations") is { } d) ctx.Scope.Declare(d);
            foreach (var act in story.Elements("Act")) Act(act, ctx);
        }
    }

    private static void Act(XElement act, OscContext ctx)
    {
        var start = OscConditions.Trigger(act.Element("StartTrigger"), ctx, 0, actor: null);
        string name = ctx.Scope.Text(act, "name");
        if (start.Never)
        {
            ctx.Notes.Add($"act '{name}' never starts (its start condition is false for these parameters)");
            return;
        }

        if (start.AtS is not double startS) throw OscError.At(act, "an act must start at a known time (simulation time, parameter or storyboard state)");
        double? end = startS;
        foreach (var group in act.Elements("ManeuverGroup"))
        {
            var actors = group.Element("Actors")?.Elements("EntityRef").Select(e => ctx.Plan(ctx.Scope.Text(e, "entityRef"), e)).ToList() ?? [];
            double? groupEnd = startS;
            foreach (var (maneuver, scope) in Maneuvers(group, ctx))
            {
                double? mEnd = Maneuver(maneuver, scope, actors, startS, ctx);
                groupEnd = Later(groupEnd, mEnd);
            }

            ctx.Timeline.Record(ctx.Scope.Text(group, "name"), startS, groupEnd);
            end = Later(end, groupEnd);
        }

        ctx.Timeline.Record(name, startS, end);
    }

    private static IEnumerable<(XElement Maneuver, OscParameters Scope)> Maneuvers(XElement group, OscContext ctx)
    {
        foreach (var child in group.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "Maneuver":
                    yield return (child, ctx.Scope);
                    break;
                case "CatalogReference":
                    yield return ctx.Catalogs.Resolve(child, ctx.Scope);
                    break;
                case "Actors":
                    break;
                default:
                    throw OscError.Unsupported(child);
            }
        }
    }

    private static double? Maneuver(XElement maneuver, OscParameters scope, List<OscActorPlan> actors, double startS, OscContext ctx)
    {
        if (maneuver.Name.LocalName != "Maneuver") throw OscError.At(maneuver, "the catalog entry is not a Maneuver");
        var inner = new OscParameters(scope);
        inner.Declare(maneuver.Element("ParameterDeclarations"));
        var saved = ctx.SwapScope(inner);
        try
        {
            double? end = startS;
            double? start = null;
            foreach (var ev in maneuver.Elements("Event"))
            {
                var (evStart, evEnd) = Event(ev, actors, startS, ctx);
                end = Later(end, evEnd);
                start = start is null ? evStart : evStart is null ? start : Math.Min(start.Value, evStart.Value);
            }

            ctx.Timeline.Record(inner.Text(maneuver, "name"), start ?? startS, end);
            return end;
        }
        finally
        {
            ctx.SwapScope(saved);
        }
    }

    private static (double? Start, double? End) Event(XElement ev, List<OscActorPlan> actors, double actStartS, OscContext ctx)
    {
        string name = ctx.Scope.Text(ev, "name");
        var actions = ev.Elements("Action").ToList();
        if (actions.All(IsBookkeeping))
        {
            ctx.Notes.Add($"event '{name}' only sets variables; aeb measures contact and speeds itself");
            return (null, actStartS);
        }

        var moving = actions.Where(a => !IsBookkeeping(a) && a.Element("GlobalAction") is null).ToList();
        var global = actions.Where(a => !IsBookkeeping(a) && a.Element("GlobalAction") is not null).ToList();
        if (moving.Count > 0 && actors.Count == 0) throw OscError.At(ev, "an event that moves something needs Actors in its ManeuverGroup");
        var trigger = OscConditions.Trigger(ev.Element("StartTrigger"), ctx, actStartS, actors.Count == 1 ? actors[0] : null);
        if (trigger.Never) return (null, null);
        double? longest = 0;
        foreach (var action in global) EntityAction(action, trigger, ctx);
        foreach (var action in moving)
        {
            foreach (var plan in actors)
            {
                double? d = OscActionCompiler.Compile(action, plan, trigger, ctx);
                longest = longest is null || d is null ? null : Math.Max(longest.Value, d.Value);
            }
        }

        double? start = trigger.KnownTimeS;
        ctx.Timeline.Record(name, start, start is double s && longest is double l ? s + l : null);
        foreach (var action in actions) ctx.Timeline.Record(ctx.Scope.Text(action, "name"), start, start is double s2 && longest is double l2 ? s2 + l2 : null);
        return (start, start is double s3 && longest is double l3 ? s3 + l3 : null);
    }

    /// <summary>A DeleteEntityAction at the start takes the entity out of the scenario (as test sets drop obstructions for some cells).</summary>
    private static void EntityAction(XElement action, OscTrigger trigger, OscContext ctx)
    {
        var entityAction = action.Element("GlobalAction")!.Element("EntityAction") ?? throw OscError.Unsupported(action.Element("GlobalAction")!.Elements().First());
        var kind = entityAction.Elements().FirstOrDefault() ?? throw OscError.At(entityAction, "is empty");
        if (kind.Name.LocalName != "DeleteEntityAction") throw OscError.Unsupported(kind);
        if (trigger.AtS != 0) throw OscError.At(kind, "deleting an entity is supported only at the start (time 0)");
        var plan = ctx.Plan(ctx.Scope.Text(entityAction, "entityRef"), entityAction);
        if (plan == ctx.Ego) throw OscError.At(kind, "the ego cannot be deleted");
        plan.Deleted = true;
    }

    private static bool IsBookkeeping(XElement action) =>
        action.Element("GlobalAction")?.Elements().FirstOrDefault()?.Name.LocalName is "VariableAction" or "ParameterAction";

    private static double? Later(double? a, double? b) => a is null || b is null ? null : Math.Max(a.Value, b.Value);
}
