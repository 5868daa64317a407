using System.Globalization;
using System.Xml.Linq;
using AebController.Emulation.Vehicle;
using AebController.Firmware.Signals;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.OpenScenario;

/// <summary>
/// Writes an aeb scenario as ASAM OpenSCENARIO 1.0 XML (valid against the 1.0 schema, which later 1.x
/// readers accept) with its road as an OpenDRIVE file beside it: a straight road, the ego in lane −1,
/// actors placed by world position with their boxes, start speeds, events triggered by time or by
/// their gap to the ego, crossing road users on a straight trajectory that ends where they stop.
/// What OpenSCENARIO cannot say (injected sensor faults, scripted pedals and steering, a grade) is
/// refused by name rather than dropped.
/// </summary>
public static class XoscExporter
{
    private const double RoadLengthM = 3000, LaneWidthM = 3.5, EgoStartXM = 1000;

    public static (string Xosc, string Xodr) Export(ScenarioDefinition s, string xoscPath, VehicleParameters? vehicle = null)
    {
        Refuse(s);
        vehicle ??= new VehicleParameters();
        string xodrPath = Path.ChangeExtension(xoscPath, ".xodr");
        var doc = new XDocument(new XDeclaration("1.0", "utf-8", null), Scenario(s, vehicle, Path.GetFileName(xodrPath)));
        return (doc.Declaration + System.Environment.NewLine + doc.Root, Road().ToString());
    }

    private static void Refuse(ScenarioDefinition s)
    {
        string? why = s.Faults.Length > 0 ? "faults: OpenSCENARIO has no vocabulary for injected sensor faults"
            : s.Driver.Accelerator.Length + s.Driver.Brake.Length + s.Driver.SteeringDeg.Length + s.Driver.Gear.Length > 0 ? "driver: scripted pedals, steering and gear changes"
            : s.Driver.Reaction is not null ? "driver.reaction: a driver reacting to the warning"
            : s.Road.GradePercent != 0 ? "road.gradePercent: a grade on the exported straight road"
            : null;
        if (why is not null) throw new ScenarioFormatException(s.Name, why.Split(':')[0], $"cannot be exported to OpenSCENARIO ({why[(why.IndexOf(':') + 1)..].Trim()})");
        foreach (var (a, i) in s.Actors.Select((a, i) => (a, i)))
        {
            bool crossing = IsCrossing(a);
            bool lateralEvents = a.Events.Any(e => e.LateralSpeedMps is not null || e.StopAtYM is not null);
            if (!crossing && (a.LateralSpeedMps != 0 || lateralEvents))
            {
                throw new ScenarioFormatException(s.Name, $"actors[{i}]", "an actor that moves both along and across the road cannot be exported yet");
            }
        }
    }

    /// <summary>An actor that only ever moves across the road: exported heading across it, on a trajectory.</summary>
    private static bool IsCrossing(ActorDefinition a) =>
        a.SpeedKph == 0 && a.Events.All(e => e.AccelMps2 is null && (e.TargetSpeedKph ?? 0) == 0)
        && (a.LateralSpeedMps != 0 || a.Events.Any(e => e.LateralSpeedMps is not null));

    private static XElement Scenario(ScenarioDefinition s, VehicleParameters v, string xodrFile)
    {
        double egoY = -LaneWidthM / 2;
        double frontX = EgoStartXM + v.RearAxleToFrontBumperM;
        var entities = new XElement("Entities", Vehicle("Ego", "car", v.LengthM, v.WidthM, 1.5, v.RearAxleToFrontBumperM - v.LengthM / 2));
        var init = new XElement("Actions",
            new XElement("GlobalAction", new XElement("EnvironmentAction", Environment(s))),
            Private("Ego", Teleport(EgoStartXM, egoY, 0), Speed((s.Ego.Gear == Gear.Reverse ? -1 : 1) * s.Ego.SpeedKph / 3.6)));
        var story = new XElement("Story", new XAttribute("name", "aeb"));
        foreach (var a in s.Actors)
        {
            var (length, width, height) = Size(a);
            bool crossing = IsCrossing(a);
            double centreX = a.GapM is float g ? frontX + g + length / 2
                : a.RearGapM is float r ? frontX - v.LengthM - r - length / 2
                : frontX + a.XM!.Value;
            double y = egoY + a.YM;
            double lateral = crossing ? a.LateralSpeedMps != 0 ? a.LateralSpeedMps : a.Events.First(e => e.LateralSpeedMps is not null).LateralSpeedMps!.Value : 0;
            double heading = crossing ? Math.Sign(lateral) * Math.PI / 2 : a.SpeedKph < 0 ? Math.PI : 0;
            entities.Add(Entity(a, crossing ? width : length, crossing ? length : width, height));
            var actions = new List<XElement> { Teleport(centreX, y, heading), Speed(crossing ? Math.Abs(a.LateralSpeedMps) : Math.Abs(a.SpeedKph / 3.6)) };
            if (crossing)
            {
                double stopY = egoY + (a.Events.LastOrDefault(e => e.StopAtYM is not null)?.StopAtYM ?? (float)(a.YM + Math.Sign(lateral) * 50));
                actions.Add(Trajectory(a.Id, centreX, y, stopY, heading));
            }

            init.Add(Private(a.Id, actions.ToArray()));
            for (int i = 0; i < a.Events.Length; i++) story.Add(Act($"{a.Id}-event-{i}", a.Id, a.Events[i], crossing, heading));
        }

        if (!story.HasElements) story.Add(IdleAct());
        return new XElement("OpenSCENARIO",
            new XElement("FileHeader", new XAttribute("revMajor", 1), new XAttribute("revMinor", 0), new XAttribute("date", "2026-01-01T00:00:00"),
                new XAttribute("description", s.Description ?? s.Name), new XAttribute("author", "aeb export")),
            new XElement("ParameterDeclarations", new XElement("ParameterDeclaration", new XAttribute("name", "aeb_seed"), new XAttribute("parameterType", "string"), new XAttribute("value", s.Seed.ToString(CultureInfo.InvariantCulture)))),
            new XElement("CatalogLocations"),
            new XElement("RoadNetwork", new XElement("LogicFile", new XAttribute("filepath", xodrFile))),
            entities,
            new XElement("Storyboard", new XElement("Init", init), story, StopTrigger(s)));
    }

    private static XElement Environment(ScenarioDefinition s) =>
        new("Environment", new XAttribute("name", "aeb"),
            new XElement("TimeOfDay", new XAttribute("animation", "false"), new XAttribute("dateTime", "2026-06-21T12:00:00")),
            new XElement("Weather", new XAttribute("cloudState", "free"),
                new XElement("Sun", new XAttribute("intensity", 100000), new XAttribute("azimuth", 0), new XAttribute("elevation", 1.2)),
                new XElement("Fog", new XAttribute("visualRange", 100000)),
                new XElement("Precipitation", new XAttribute("precipitationType", "dry"), new XAttribute("intensity", 0))),
            new XElement("RoadCondition", new XAttribute("frictionScaleFactor", F(s.Road.Friction))));

    private static XElement Act(string name, string actor, ActorEventDefinition e, bool crossing, double heading)
    {
        XElement action;
        if (crossing)
        {
            action = SpeedAction(Math.Abs(e.LateralSpeedMps ?? 0), null);
        }
        else
        {
            double target = (e.TargetSpeedKph ?? (e.AccelMps2 < 0 ? 0 : 250)) / 3.6;
            action = SpeedAction(Math.Abs(target), e.AccelMps2 is float a ? Math.Abs(a) : null);
        }

        XElement condition = e.AtS is float t
            ? Condition("time", new XElement("ByValueCondition", new XElement("SimulationTimeCondition", new XAttribute("value", F(t)), new XAttribute("rule", "greaterThan"))))
            : Condition("gap", new XElement("ByEntityCondition",
                new XElement("TriggeringEntities", new XAttribute("triggeringEntitiesRule", "any"), new XElement("EntityRef", new XAttribute("entityRef", "Ego"))),
                new XElement("EntityCondition", new XElement("RelativeDistanceCondition", new XAttribute("entityRef", actor), new XAttribute("freespace", "true"),
                    new XAttribute("relativeDistanceType", "longitudinal"), new XAttribute("value", F(e.WhenGapM!.Value)), new XAttribute("rule", "lessThan")))));
        _ = heading;
        return new XElement("Act", new XAttribute("name", name),
            new XElement("ManeuverGroup", new XAttribute("name", name), new XAttribute("maximumExecutionCount", 1),
                new XElement("Actors", new XAttribute("selectTriggeringEntities", "false"), new XElement("EntityRef", new XAttribute("entityRef", actor))),
                new XElement("Maneuver", new XAttribute("name", name),
                    new XElement("Event", new XAttribute("name", name), new XAttribute("priority", "overwrite"),
                        new XElement("Action", new XAttribute("name", name), new XElement("PrivateAction", new XElement("LongitudinalAction", action))),
                        new XElement("StartTrigger", new XElement("ConditionGroup", condition))))),
            new XElement("StartTrigger", new XElement("ConditionGroup", Condition("start", new XElement("ByValueCondition",
                new XElement("SimulationTimeCondition", new XAttribute("value", 0), new XAttribute("rule", "greaterThan")))))));
    }

    private static XElement IdleAct() =>
        new("Act", new XAttribute("name", "idle"),
            new XElement("ManeuverGroup", new XAttribute("name", "idle"), new XAttribute("maximumExecutionCount", 1), new XElement("Actors", new XAttribute("selectTriggeringEntities", "false"))),
            new XElement("StartTrigger", new XElement("ConditionGroup", Condition("start", new XElement("ByValueCondition",
                new XElement("SimulationTimeCondition", new XAttribute("value", 0), new XAttribute("rule", "greaterThan")))))));

    private static XElement StopTrigger(ScenarioDefinition s)
    {
        var groups = new List<XElement>
        {
            new("ConditionGroup", Condition("duration", new XElement("ByValueCondition",
                new XElement("SimulationTimeCondition", new XAttribute("value", F(s.DurationS)), new XAttribute("rule", "greaterThan"))))),
        };
        if (s.End.WhenStoppedForS > 0)
        {
            groups.Add(new XElement("ConditionGroup", Condition("standstill", EgoCondition(new XElement("StandStillCondition", new XAttribute("duration", F(s.End.WhenStoppedForS)))))));
        }

        if (s.End.WhenSlowerThan is string actor)
        {
            groups.Add(new XElement("ConditionGroup", Condition("slower", EgoCondition(new XElement("RelativeSpeedCondition",
                new XAttribute("entityRef", actor), new XAttribute("value", 0), new XAttribute("rule", "lessThan"))))));
        }

        return new XElement("StopTrigger", groups);
    }

    private static XElement EgoCondition(XElement condition) =>
        new("ByEntityCondition",
            new XElement("TriggeringEntities", new XAttribute("triggeringEntitiesRule", "any"), new XElement("EntityRef", new XAttribute("entityRef", "Ego"))),
            new XElement("EntityCondition", condition));

    private static XElement Condition(string name, XElement body) =>
        new("Condition", new XAttribute("name", name), new XAttribute("delay", 0), new XAttribute("conditionEdge", "none"), body);

    private static XElement Private(string entity, params XElement[] actions) =>
        new("Private", new XAttribute("entityRef", entity), actions.Select(a => new XElement("PrivateAction", a)));

    private static XElement Teleport(double x, double y, double h) =>
        new("TeleportAction", new XElement("Position", new XElement("WorldPosition",
            new XAttribute("x", F(x)), new XAttribute("y", F(y)), new XAttribute("z", 0), new XAttribute("h", F(h)))));

    private static XElement Speed(double speedMps) => new("LongitudinalAction", SpeedAction(speedMps, null));

    private static XElement SpeedAction(double targetMps, double? rateMps2) =>
        new("SpeedAction",
            new XElement("SpeedActionDynamics", new XAttribute("dynamicsShape", rateMps2 is null ? "step" : "linear"), new XAttribute("value", F(rateMps2 ?? 0)),
                new XAttribute("dynamicsDimension", rateMps2 is null ? "time" : "rate")),
            new XElement("SpeedActionTarget", new XElement("AbsoluteTargetSpeed", new XAttribute("value", F(targetMps)))));

    private static XElement Trajectory(string actor, double x, double y0, double y1, double h) =>
        new("RoutingAction", new XElement("FollowTrajectoryAction",
            new XElement("Trajectory", new XAttribute("name", actor + "-path"), new XAttribute("closed", "false"),
                new XElement("Shape", new XElement("Polyline",
                    new XElement("Vertex", new XAttribute("time", 0), new XElement("Position", new XElement("WorldPosition", new XAttribute("x", F(x)), new XAttribute("y", F(y0)), new XAttribute("h", F(h))))),
                    new XElement("Vertex", new XAttribute("time", 1), new XElement("Position", new XElement("WorldPosition", new XAttribute("x", F(x)), new XAttribute("y", F(y1)), new XAttribute("h", F(h)))))))),
            new XElement("TimeReference", new XElement("None")),
            new XElement("TrajectoryFollowingMode", new XAttribute("followingMode", "position"))));

    private static XElement Entity(ActorDefinition a, double length, double width, double height) => a.Class switch
    {
        ObjectClass.PassengerCar => Vehicle(a.Id, "car", length, width, height, 0),
        ObjectClass.Cyclist => Vehicle(a.Id, "bicycle", length, width, height, 0),
        ObjectClass.Motorcycle => Vehicle(a.Id, "motorbike", length, width, height, 0),
        ObjectClass.Pedestrian or ObjectClass.Child => new XElement("ScenarioObject", new XAttribute("name", a.Id),
            new XElement("Pedestrian", new XAttribute("name", a.Id), new XAttribute("model", a.Class == ObjectClass.Child ? "child" : "adult"), new XAttribute("mass", 50), new XAttribute("pedestrianCategory", "pedestrian"),
                new XElement("ParameterDeclarations"), Box(length, width, height, 0), new XElement("Properties"))),
        _ => new XElement("ScenarioObject", new XAttribute("name", a.Id),
            new XElement("MiscObject", new XAttribute("name", a.Id), new XAttribute("mass", 100), new XAttribute("miscObjectCategory", MiscCategory(a.Class)),
                new XElement("ParameterDeclarations"), Box(length, width, height, 0), new XElement("Properties"))),
    };

    private static string MiscCategory(ObjectClass c) => c switch
    {
        ObjectClass.WaterBarrier => "barrier",
        ObjectClass.Pillar => "pole",
        ObjectClass.Wall => "building",
        ObjectClass.OverheadGantry => "gantry",
        ObjectClass.RoadPlate => "patch",
        ObjectClass.DrivableClutter => "obstacle",
        _ => "obstacle",
    };

    private static XElement Vehicle(string name, string category, double length, double width, double height, double centreX) =>
        new("ScenarioObject", new XAttribute("name", name),
            new XElement("Vehicle", new XAttribute("name", name), new XAttribute("vehicleCategory", category),
                new XElement("ParameterDeclarations"),
                Box(length, width, height, centreX),
                new XElement("Performance", new XAttribute("maxSpeed", 70), new XAttribute("maxAcceleration", 10), new XAttribute("maxDeceleration", 10)),
                new XElement("Axles",
                    new XElement("FrontAxle", new XAttribute("maxSteering", 0.5), new XAttribute("wheelDiameter", 0.6), new XAttribute("trackWidth", F(width * 0.85)), new XAttribute("positionX", F(Math.Max(0.1, length * 0.6))), new XAttribute("positionZ", 0.3)),
                    new XElement("RearAxle", new XAttribute("maxSteering", 0), new XAttribute("wheelDiameter", 0.6), new XAttribute("trackWidth", F(width * 0.85)), new XAttribute("positionX", 0), new XAttribute("positionZ", 0.3))),
                new XElement("Properties")));

    private static XElement Box(double length, double width, double height, double centreX) =>
        new("BoundingBox",
            new XElement("Center", new XAttribute("x", F(centreX)), new XAttribute("y", 0), new XAttribute("z", F(height / 2))),
            new XElement("Dimensions", new XAttribute("width", F(width)), new XAttribute("length", F(length)), new XAttribute("height", F(height))));

    private static (double Length, double Width, double Height) Size(ActorDefinition a)
    {
        var shape = Running.ClassDefaults.For(a.Class);
        return (a.LengthM ?? shape.LengthM, a.WidthM ?? shape.WidthM, a.HeightM ?? shape.HeightM);
    }

    /// <summary>The straight road of an export: reference line along x, one lane each side, 3.5 m wide.</summary>
    private static XElement Road() =>
        new("OpenDRIVE",
            new XElement("header", new XAttribute("revMajor", 1), new XAttribute("revMinor", 8), new XAttribute("name", "aeb straight road")),
            new XElement("road", new XAttribute("id", "0"), new XAttribute("junction", "-1"), new XAttribute("length", F(RoadLengthM)),
                new XElement("planView", new XElement("geometry", new XAttribute("s", 0), new XAttribute("x", 0), new XAttribute("y", 0), new XAttribute("hdg", 0),
                    new XAttribute("length", F(RoadLengthM)), new XElement("line"))),
                new XElement("lanes", new XElement("laneSection", new XAttribute("s", 0),
                    new XElement("left", Lane(1)), new XElement("center", new XElement("lane", new XAttribute("id", 0), new XAttribute("type", "none"))), new XElement("right", Lane(-1))))));

    private static XElement Lane(int id) =>
        new("lane", new XAttribute("id", id), new XAttribute("type", "driving"),
            new XElement("width", new XAttribute("sOffset", 0), new XAttribute("a", F(LaneWidthM)), new XAttribute("b", 0), new XAttribute("c", 0), new XAttribute("d", 0)));

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
