using System.Globalization;
using System.Xml.Linq;
using AebController.Scenarios.OpenScenario;

namespace AebController.Scenarios.OpenDrive;

/// <summary>
/// The roads of an ASAM OpenDRIVE file (1.4–1.8): reference lines (line, arc, spiral, poly3, paramPoly3),
/// lane offsets and lane sections with lane widths. Elevation, superelevation, objects, signals and
/// road marks do not change where a lane position lies in the plane and are not read; junctions are
/// read as their connecting roads.
/// </summary>
public sealed class OdrNetwork
{
    private readonly Dictionary<string, OdrRoad> _roads;

    private OdrNetwork(Dictionary<string, OdrRoad> roads) => _roads = roads;

    public IReadOnlyCollection<OdrRoad> Roads => _roads.Values;

    public OdrRoad Road(string id, XObject where) =>
        _roads.TryGetValue(id, out var road) ? road : throw OscError.At(where, $"the road network has no road '{id}' (roads: {string.Join(", ", _roads.Keys)})");

    public static OdrNetwork Load(string path, XObject referencedFrom)
    {
        if (!File.Exists(path)) throw OscError.At(referencedFrom, $"OpenDRIVE file '{path}' does not exist");
        XDocument doc;
        try
        {
            doc = XDocument.Load(path, LoadOptions.SetLineInfo | LoadOptions.SetBaseUri);
        }
        catch (System.Xml.XmlException ex)
        {
            throw OscError.At(referencedFrom, $"OpenDRIVE file '{path}' is not well-formed XML: {ex.Message}");
        }

        return Parse(doc);
    }

    public static OdrNetwork Parse(XDocument doc)
    {
        var root = doc.Root!;
        if (root.Name.LocalName != "OpenDRIVE") throw OscError.At(root, "the root element must be <OpenDRIVE>");
        var roads = new Dictionary<string, OdrRoad>(StringComparer.Ordinal);
        foreach (var r in root.Elements("road"))
        {
            var road = ReadRoad(r);
            if (!roads.TryAdd(road.Id, road)) throw OscError.At(r, $"road id '{road.Id}' appears twice");
        }

        if (roads.Count == 0) throw OscError.At(root, "holds no <road>");
        return new OdrNetwork(roads);
    }

    private static OdrRoad ReadRoad(XElement r)
    {
        string id = Text(r, "id");
        double length = Num(r, "length");
        var planView = r.Element("planView") ?? throw OscError.At(r, "needs a <planView>");
        var geometry = planView.Elements("geometry").Select(ReadGeometry).OrderBy(g => g.S).ToArray();
        if (geometry.Length == 0) throw OscError.At(planView, "holds no <geometry>");
        var lanes = r.Element("lanes") ?? throw OscError.At(r, "needs <lanes>");
        var offsets = lanes.Elements("laneOffset").Select(o => Poly(o, "s")).OrderBy(p => p.S).ToArray();
        var sections = lanes.Elements("laneSection").Select(ReadSection).OrderBy(s => s.S).ToArray();
        if (sections.Length == 0) throw OscError.At(lanes, "holds no <laneSection>");
        return new OdrRoad(id, length, geometry, offsets, sections);
    }

    private static OdrGeometry ReadGeometry(XElement g)
    {
        double s = Num(g, "s"), x = Num(g, "x"), y = Num(g, "y"), hdg = Num(g, "hdg"), length = Num(g, "length");
        if (length < 0) throw OscError.At(g.Attribute("length")!, $"expected a length >= 0 m, found {length}");
        var shape = g.Elements().FirstOrDefault() ?? throw OscError.At(g, "needs a shape (line, arc, spiral, poly3 or paramPoly3)");
        return shape.Name.LocalName switch
        {
            "line" => new OdrGeometry(s, x, y, hdg, length, OdrGeometryKind.Line, []),
            "arc" => new OdrGeometry(s, x, y, hdg, length, OdrGeometryKind.Arc, [Num(shape, "curvature")]),
            "spiral" => new OdrGeometry(s, x, y, hdg, length, OdrGeometryKind.Spiral, [Num(shape, "curvStart"), Num(shape, "curvEnd")]),
            "poly3" => new OdrGeometry(s, x, y, hdg, length, OdrGeometryKind.Poly3, [Num(shape, "a"), Num(shape, "b"), Num(shape, "c"), Num(shape, "d")]),
            "paramPoly3" => new OdrGeometry(s, x, y, hdg, length, OdrGeometryKind.ParamPoly3,
                [Num(shape, "aU"), Num(shape, "bU"), Num(shape, "cU"), Num(shape, "dU"), Num(shape, "aV"), Num(shape, "bV"), Num(shape, "cV"), Num(shape, "dV")],
                shape.Attribute("pRange")?.Value == "normalized"),
            _ => throw OscError.At(shape, $"<{shape.Name.LocalName}> is not an OpenDRIVE geometry this reader knows (line, arc, spiral, poly3, paramPoly3)"),
        };
    }

    private static OdrLaneSection ReadSection(XElement section)
    {
        var lanes = new List<OdrLane>();
        foreach (string side in new[] { "left", "right" })
        {
            if (section.Element(side) is not { } group) continue;
            foreach (var lane in group.Elements("lane"))
            {
                int id = (int)Num(lane, "id");
                if (side == "left" ? id <= 0 : id >= 0) throw OscError.At(lane, $"lane id {id} does not belong on the {side}");
                if (lane.Element("border") is { } border) throw OscError.At(border, "lane <border> records are not supported; use <width>");
                var widths = lane.Elements("width").Select(w => Poly(w, "sOffset")).OrderBy(p => p.S).ToArray();
                lanes.Add(new OdrLane(id, lane.Attribute("type")?.Value ?? "none", widths));
            }
        }

        return new OdrLaneSection(Num(section, "s"), lanes.ToArray());
    }

    private static OdrPolynomial Poly(XElement e, string startAttribute) =>
        new(Num(e, startAttribute), Num(e, "a"), Num(e, "b"), Num(e, "c"), Num(e, "d"));

    private static string Text(XElement e, string name) => e.Attribute(name)?.Value ?? throw OscError.At(e, $"attribute '{name}' is required");

    private static double Num(XElement e, string name)
    {
        string text = Text(e, name);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v)
            ? v
            : throw OscError.At(e.Attribute(name)!, $"expected a number, found '{text}'");
    }
}
