using System.Globalization;
using System.Xml.Linq;
using AebController.Firmware.Signals;
using AebController.Scenarios.Model;
using AebController.Scenarios.OpenDrive;

namespace AebController.Scenarios.OpenScenario;

/// <summary>
/// Compiles one OpenSCENARIO scenario, with one set of parameter values, into an aeb scenario: the ego
/// is driven by aeb's robot driver at its start speed and by the controller, the other entities become
/// actors placed relative to the ego's bumpers (so every gap is the file's), their storyboard events
/// become actor events, and the StopTrigger becomes aeb's end rules.
/// </summary>
public static class OscScenarioCompiler
{
    /// <param name="variationPath">The variation file the parameter set came from, if any (it may name the protocol and range).</param>
    public static ScenarioDefinition Compile(XDocument doc, string path, IReadOnlyDictionary<string, string>? overrides, string name, string? variationPath = null)
    {
        var root = doc.Root!;
        var scope = new OscParameters();
        scope.Declare(root.Element("ParameterDeclarations"), overrides);
        foreach (string given in overrides?.Keys ?? Enumerable.Empty<string>())
        {
            if (!scope.Values.ContainsKey(given)) throw OscError.At(root, $"the variation sets parameter '{given}', which the scenario does not declare");
        }

        string dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var catalogs = new OscCatalogs(root.Element("CatalogLocations"), dir, scope);
        OdrNetwork? network = null;
        if (root.Element("RoadNetwork")?.Element("LogicFile") is { } logic)
        {
            network = OdrNetwork.Load(Path.GetFullPath(Path.Combine(dir, scope.Text(logic, "filepath"))), logic);
        }

        var entities = OscEntityReader.Read(root.Element("Entities") ?? throw OscError.At(root, "needs <Entities>"), catalogs, scope);
        var ctx = new OscContext(scope, catalogs, network, entities);
        var storyboard = root.Element("Storyboard") ?? throw OscError.At(root, "needs a <Storyboard>");
        OscInitCompiler.Compile(storyboard.Element("Init") ?? throw OscError.At(storyboard, "needs <Init>"), ctx);
        OscStoryCompiler.Compile(storyboard, ctx);
        return Build(ctx, storyboard, root, name, path, variationPath);
    }

    private static ScenarioDefinition Build(OscContext ctx, XElement storyboard, XElement root, string name, string path, string? variationPath)
    {
        var egoPose = ctx.EgoPose(storyboard);
        var actors = ctx.Plans.Values.Where(p => p != ctx.Ego && !p.Deleted).Select(p => Actor(p, ctx, egoPose, storyboard)).ToArray();
        double egoSpeed = Math.Abs(ctx.EgoSpeedMps);
        float fallback = Fallback(ctx, actors, egoSpeed);
        var (duration, end) = OscStopTrigger.Read(storyboard.Element("StopTrigger"), ctx, fallback);
        string? id = ctx.Scope.TryGet("Scenario_ID", out var sid) ? sid : null;
        var tags = new List<string> { "openscenario" };
        if (id is not null) tags.Add(id.ToLowerInvariant());
        string header = root.Element("FileHeader")?.Attribute("description")?.Value ?? "";
        var (cell, notPlaced) = OscNcapCell.Of(ctx.Scope.Values, $"{variationPath}|{path}|{header}");
        string description = $"From {Path.GetFileName(path)}" + (header.Length > 0 ? $": {header}" : "")
            + (ctx.Notes.Count > 0 ? ". Read with no effect: " + string.Join("; ", ctx.Notes.Distinct()) : "")
            + (notPlaced is not null ? $". Scored by speed reduction, not in a protocol grid: {notPlaced}" : "");
        return new ScenarioDefinition
        {
            Name = name,
            Seed = ctx.Scope.TryGet("aeb_seed", out var seed) && ulong.TryParse(seed, NumberStyles.None, CultureInfo.InvariantCulture, out ulong parsed) ? parsed : 1,
            Description = description,
            Tags = tags.ToArray(),
            DurationS = duration,
            Road = Road(ctx, egoPose),
            Ego = new EgoDefinition { SpeedKph = (float)(egoSpeed * 3.6), Gear = ctx.EgoSpeedMps < 0 ? Gear.Reverse : Gear.Drive, HoldSpeed = egoSpeed > 0 },
            Actors = actors,
            End = end,
            Expect = new ExpectationDefinition { Collision = false },
            Score = new ScoreDefinition { Method = ScoreMethod.SpeedReduction, Mandatory = false },
            Cell = cell,
        };
    }

    /// <summary>The ego's road from the OpenDRIVE file, in aeb's world frame (origin at the ego's front bumper, x along its heading).</summary>
    private static RoadDefinition Road(OscContext ctx, OscPose ego)
    {
        var road = new RoadDefinition { Friction = (float)(ctx.FrictionScale ?? 1.0) };
        if (ego.RoadId is null || ctx.Network is null) return road;
        double front = ctx.Ego.Entity.FrontM;
        var frame = ctx.Network.Road(ego.RoadId, new XElement("RoadNetwork")).InFrameOf(ego.X + front * Math.Cos(ego.Heading), ego.Y + front * Math.Sin(ego.Heading), ego.Heading);
        return frame with { Friction = road.Friction };
    }

    private static ActorDefinition Actor(OscActorPlan plan, OscContext ctx, OscPose ego, XObject where)
    {
        var pose = plan.Pose!;
        var (cx, cy) = OscGeometry.RelativeCentre(ego, ctx.Ego.Entity, pose, plan.Entity);
        double along = OscGeometry.FootprintAlongM(plan, ego), across = OscGeometry.FootprintAcrossM(plan, ego);
        double rel = OscGeometry.RelativeHeading(ego, pose.Heading);
        double front = ctx.Ego.Entity.FrontM, rear = ctx.Ego.Entity.RearM;
        float? gap = null, rearGap = null, x = null;
        if (plan.StartGapM is double startGap) gap = (float)startGap;
        else if (cx - along / 2 >= front) gap = (float)(cx - along / 2 - front);
        else if (cx + along / 2 <= -rear) rearGap = (float)(-rear - (cx + along / 2));
        else x = (float)(cx - front);
        return new ActorDefinition
        {
            Id = plan.Entity.Name,
            Class = plan.Entity.Class,
            GapM = gap,
            RearGapM = rearGap,
            XM = x,
            YM = (float)cy,
            SpeedKph = (float)(plan.SpeedMps * Math.Cos(rel) * 3.6),
            LateralSpeedMps = (float)(plan.SpeedMps * Math.Sin(rel)),
            LengthM = (float)along,
            WidthM = (float)across,
            HeightM = (float)plan.Entity.HeightM,
            Events = plan.Events.ToArray(),
        };
    }

    /// <summary>Without a bound in the StopTrigger: long enough for the ego to pass the farthest actor, and 5 s more.</summary>
    private static float Fallback(OscContext ctx, ActorDefinition[] actors, double egoSpeedMps)
    {
        double farthest = actors.Select(a => Math.Abs(a.GapM ?? a.RearGapM ?? a.XM ?? 0)).DefaultIfEmpty(0).Max();
        double s = egoSpeedMps > 0.5 ? farthest / egoSpeedMps + 5 : 15;
        return (float)Math.Clamp(s, 5, 120);
    }

    /// <summary>A case name from the file name and the parameter values that vary between cases.</summary>
    public static string CaseName(string file, IReadOnlyDictionary<string, string> values, IEnumerable<string> varying)
    {
        string stem = Path.GetFileNameWithoutExtension(file);
        var parts = varying.Select(k => $"{k}={Short(values[k])}");
        return string.Join('-', new[] { stem }.Concat(parts));
    }

    private static string Short(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? Math.Round(v, 3).ToString(CultureInfo.InvariantCulture) : value;
}
