using System.Globalization;
using System.Xml.Linq;
using AebController.Emulation.World.Road;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Model;
using AebController.Scenarios.OpenScenario;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.OpenDrive;

/// <summary>
/// The roads of an ASAM OpenDRIVE file (1.4–1.8) in aeb's one road model: reference lines (line, arc,
/// spiral, poly3, paramPoly3), lane offsets and lane sections with lane widths, read into the same
/// road definition that scenario files write by hand. Elevation, superelevation, objects, signals and
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
        var planView = r.Element("planView") ?? throw OscError.At(r, "needs a <planView>");
        var geometry = planView.Elements("geometry").Select(ReadGeometry).OrderBy(g => g.SM).ToArray();
        if (geometry.Length == 0) throw OscError.At(planView, "holds no <geometry>");
        var lanes = r.Element("lanes") ?? throw OscError.At(r, "needs <lanes>");
        var offsets = lanes.Elements("laneOffset").Select(o => Cubic(o, "s")).OrderBy(p => p.SOffsetM).ToArray();
        var sections = lanes.Elements("laneSection").Select(ReadSection).OrderBy(s => s.SM).ToArray();
        if (sections.Length == 0) throw OscError.At(lanes, "holds no <laneSection>");
        // An absent laneOffset is 0 in OpenDRIVE; aeb's default road shifts it, so say 0 explicitly.
        var definition = new RoadDefinition { Geometry = geometry, Lanes = sections, LaneOffset = offsets.Length > 0 ? offsets : [new CubicDefinition { A = 0 }] };
        try
        {
            return new OdrRoad(id, definition, RoadBuild.From(definition, $"road {id}"));
        }
        catch (ScenarioFormatException ex)
        {
            throw OscError.At(r, ex.Problem);
        }
    }

    private static RoadGeometryDefinition ReadGeometry(XElement g)
    {
        float length = Num(g, "length");
        if (length < 0) throw OscError.At(g.Attribute("length")!, $"expected a length >= 0 m, found {length}");
        var shape = g.Elements().FirstOrDefault() ?? throw OscError.At(g, "needs a shape (line, arc, spiral, poly3 or paramPoly3)");
        var start = new RoadGeometryDefinition { SM = Num(g, "s"), XM = Num(g, "x"), YM = Num(g, "y"), HdgDeg = (float)(Num(g, "hdg") * 180 / Math.PI), LengthM = length };
        return shape.Name.LocalName switch
        {
            "line" => start with { Type = RoadGeometryType.Line },
            "arc" => start with { Type = RoadGeometryType.Arc, CurvaturePerM = Num(shape, "curvature") },
            "spiral" => start with { Type = RoadGeometryType.Spiral, CurvStartPerM = Num(shape, "curvStart"), CurvEndPerM = Num(shape, "curvEnd") },
            "poly3" => start with { Type = RoadGeometryType.Poly3, A = Num(shape, "a"), B = Num(shape, "b"), C = Num(shape, "c"), D = Num(shape, "d") },
            "paramPoly3" => start with
            {
                Type = RoadGeometryType.ParamPoly3,
                AU = Num(shape, "aU"), BU = Num(shape, "bU"), CU = Num(shape, "cU"), DU = Num(shape, "dU"),
                AV = Num(shape, "aV"), BV = Num(shape, "bV"), CV = Num(shape, "cV"), DV = Num(shape, "dV"),
                PRange = shape.Attribute("pRange")?.Value == "normalized" ? ParamPolyRange.Normalized : ParamPolyRange.ArcLength,
            },
            _ => throw OscError.At(shape, $"<{shape.Name.LocalName}> is not an OpenDRIVE geometry this reader knows (line, arc, spiral, poly3, paramPoly3)"),
        };
    }

    private static LaneSectionDefinition ReadSection(XElement section)
    {
        LaneDefinition[] Side(string side)
        {
            if (section.Element(side) is not { } group) return [];
            var list = new List<LaneDefinition>();
            foreach (var lane in group.Elements("lane"))
            {
                int id = (int)Num(lane, "id");
                if (side == "left" ? id <= 0 : id >= 0) throw OscError.At(lane, $"lane id {id} does not belong on the {side}");
                if (lane.Element("border") is { } border) throw OscError.At(border, "lane <border> records are not supported; use <width>");
                var widths = lane.Elements("width").Select(w => Cubic(w, "sOffset")).OrderBy(p => p.SOffsetM).ToArray();
                list.Add(new LaneDefinition { Id = id, Type = Type(lane.Attribute("type")?.Value), Width = widths });
            }

            // aeb's lanes run outwards from the centre lane: 1, 2, … on the left; −1, −2, … on the right.
            return list.OrderBy(l => Math.Abs(l.Id)).ToArray();
        }

        return new LaneSectionDefinition { SM = Num(section, "s"), Left = Side("left"), Right = Side("right") };
    }

    /// <summary>OpenDRIVE's lane types by name; the ones aeb has no name for are none (not drivable).</summary>
    private static LaneType Type(string? name) =>
        Enum.TryParse<LaneType>(name, ignoreCase: true, out var type) ? type : LaneType.None;

    private static CubicDefinition Cubic(XElement e, string startAttribute) =>
        new() { SOffsetM = Num(e, startAttribute), A = Num(e, "a"), B = Num(e, "b"), C = Num(e, "c"), D = Num(e, "d") };

    private static string Text(XElement e, string name) => e.Attribute(name)?.Value ?? throw OscError.At(e, $"attribute '{name}' is required");

    private static float Num(XElement e, string name)
    {
        string text = Text(e, name);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) && Math.Abs(v) < 1e7
            ? (float)v
            : throw OscError.At(e.Attribute(name)!, $"expected a number, found '{text}'");
    }
}
