using System.Xml.Linq;
using AebController.Firmware.Signals;

namespace AebController.Scenarios.OpenScenario;

/// <summary>
/// Maps ScenarioObjects (inline or from a catalog) to aeb's object classes: vehicles by category
/// (car, van, truck, bus and trailers as passenger cars, the radar-equivalent class aeb has; bicycle
/// as a cyclist, motorbike as a motorcycle), pedestrians by height (under 1.3 m a child, as Euro NCAP's child
/// target), miscellaneous objects by category (barrier, pole, building/wall ...).
/// </summary>
public static class OscEntityReader
{
    public static List<OscEntity> Read(XElement entities, OscCatalogs catalogs, OscParameters scope)
    {
        var list = new List<OscEntity>();
        var objects = entities.Elements().ToList();
        foreach (var o in objects)
        {
            if (o.Name.LocalName != "ScenarioObject") throw OscError.Unsupported(o);
            string name = scope.Text(o, "name");
            var (body, bodyScope) = Body(o, catalogs, scope);
            bool isEgo = name.Equals("Ego", StringComparison.OrdinalIgnoreCase) || name.Equals("hero", StringComparison.OrdinalIgnoreCase);
            list.Add(Map(name, body, bodyScope, isEgo));
        }

        if (list.Count(e => e.IsEgo) == 0 && list.Count > 0) list[0] = list[0] with { IsEgo = true };
        if (list.Count(e => e.IsEgo) != 1) throw OscError.At(entities, "needs exactly one ego: an entity named 'Ego' (or 'hero'), or the first entity");
        return list;
    }

    private static (XElement Body, OscParameters Scope) Body(XElement o, OscCatalogs catalogs, OscParameters scope)
    {
        foreach (var child in o.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "CatalogReference":
                    return catalogs.Resolve(child, scope);
                case "Vehicle" or "Pedestrian" or "MiscObject":
                    return (child, scope);
                case "ObjectController":
                    break;
                default:
                    throw OscError.Unsupported(child);
            }
        }

        throw OscError.At(o, "needs a Vehicle, Pedestrian, MiscObject or CatalogReference");
    }

    private static OscEntity Map(string name, XElement body, OscParameters scope, bool isEgo)
    {
        var box = body.Element("BoundingBox") ?? throw OscError.At(body, "needs a BoundingBox");
        var centre = box.Element("Center") ?? throw OscError.At(box, "needs a Center");
        var size = box.Element("Dimensions") ?? throw OscError.At(box, "needs Dimensions");
        double length = scope.Number(size, "length"), width = scope.Number(size, "width"), height = scope.Number(size, "height");
        CheckPhysics(body, scope);
        ObjectClass cls = body.Name.LocalName switch
        {
            "Vehicle" => Vehicle(scope.Text(body, "vehicleCategory"), body),
            "Pedestrian" => height < 1.3 ? ObjectClass.Child : ObjectClass.Pedestrian,
            _ => Misc(scope.Text(body, "miscObjectCategory"), body, height),
        };
        return new OscEntity(name, cls, length, width, height, scope.Number(centre, "x"), isEgo);
    }

    /// <summary>
    /// Attributes aeb does not use but a real object must have right (mass, performance, axles): an
    /// impossible value means the file is wrong, so it is refused rather than silently ignored.
    /// </summary>
    private static void CheckPhysics(XElement body, OscParameters scope)
    {
        if (body.Attribute("mass") is not null) scope.Number(body, "mass");
        if (body.Element("Performance") is { } performance) CheckLimited(performance, scope);
        foreach (var axle in body.Element("Axles")?.Elements() ?? [])
        {
            CheckLimited(axle, scope);
        }
    }

    /// <summary>Reads (and so checks) every attribute of <paramref name="element"/> that has a physical limit.</summary>
    private static void CheckLimited(XElement element, OscParameters scope)
    {
        foreach (var a in element.Attributes())
        {
            if (OscLimits.For(element.Name.LocalName, a.Name.LocalName) is not null) scope.Number(element, a.Name.LocalName);
        }
    }

    private static ObjectClass Vehicle(string category, XElement where) => category switch
    {
        "car" or "van" or "truck" or "bus" or "semitrailer" or "trailer" => ObjectClass.PassengerCar,
        "bicycle" => ObjectClass.Cyclist,
        "motorbike" => ObjectClass.Motorcycle,
        _ => throw OscError.At(where, $"vehicleCategory '{category}' has no aeb object class (car, van, truck, bus, semitrailer, trailer, bicycle, motorbike)"),
    };

    private static ObjectClass Misc(string category, XElement where, double heightM) => category switch
    {
        "barrier" or "railing" or "soundBarrier" => ObjectClass.WaterBarrier,
        "pole" or "streetLamp" or "tree" => ObjectClass.Pillar,
        "building" => ObjectClass.Wall,
        "obstacle" => heightM < 0.2 ? ObjectClass.DrivableClutter : ObjectClass.CrashBarrel,
        "gantry" => ObjectClass.OverheadGantry,
        "patch" or "roadMark" or "crosswalk" => ObjectClass.RoadPlate,
        _ => throw OscError.At(where, $"miscObjectCategory '{category}' has no aeb object class"),
    };
}
