using AebController.Emulation.World.Road;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.Running;

/// <summary>Builds the road model and actor paths of a scenario; every inconsistency names its field.</summary>
public static class RoadBuild
{
    /// <summary>The road of <paramref name="road"/>: the default straight road when it gives neither geometry, lanes nor lane offset.</summary>
    public static RoadModel From(RoadDefinition road, string source)
    {
        if (road.Geometry is null && road.Lanes is null && road.LaneOffset is null) return RoadModel.Straight();
        var line = road.Geometry is { } g ? Line(g, source) : RoadModel.Straight().ReferenceLine;
        LaneSection[] sections;
        CubicPolynomial[] offsets;
        if (road.Lanes is { } lanes)
        {
            sections = new LaneSection[lanes.Length];
            for (int i = 0; i < lanes.Length; i++)
            {
                string p = $"road.lanes[{i}]";
                if (i > 0 && lanes[i].SM <= lanes[i - 1].SM) throw new ScenarioFormatException(source, $"{p}.sM", $"lane sections must start in increasing s, got {lanes[i].SM} after {lanes[i - 1].SM}");
                try
                {
                    sections[i] = new LaneSection(lanes[i].SM, Lanes(lanes[i].Left, $"{p}.left", source), Lanes(lanes[i].Right, $"{p}.right", source));
                }
                catch (ArgumentException ex)
                {
                    throw new ScenarioFormatException(source, p, ex.Message);
                }
            }

            offsets = road.LaneOffset is { } lo ? Cubics(lo) : [];
        }
        else
        {
            var straight = RoadModel.Straight();
            sections = [straight.SectionAt(0)];
            offsets = road.LaneOffset is { } lo ? Cubics(lo) : [new CubicPolynomial(0, 0.5 * RoadModel.DefaultLaneWidthM, 0, 0, 0)];
        }

        return new RoadModel(line, sections, offsets);
    }

    /// <summary>A reference line through the waypoints, rounded at each inner point with a radius.</summary>
    public static ReferenceLine Path(WaypointDefinition[] points, string field, string source)
    {
        var geometries = new List<RoadGeometry>();
        double s = 0;
        double x = points[0].XM;
        double y = points[0].YM;
        for (int i = 1; i < points.Length; i++)
        {
            double ex = points[i].XM - x;
            double ey = points[i].YM - y;
            double heading = Math.Atan2(points[i].YM - points[i - 1].YM, points[i].XM - points[i - 1].XM);
            double straight = Math.Sqrt(ex * ex + ey * ey);
            double tangent = 0;
            double turn = 0;
            double radius = i < points.Length - 1 ? points[i].RadiusM : 0;
            if (radius > 0)
            {
                double next = Math.Atan2(points[i + 1].YM - points[i].YM, points[i + 1].XM - points[i].XM);
                turn = Math.IEEERemainder(next - heading, 2 * Math.PI);
                tangent = radius * Math.Tan(Math.Abs(turn) / 2);
                double following = Math.Sqrt(Math.Pow(points[i + 1].XM - points[i].XM, 2) + Math.Pow(points[i + 1].YM - points[i].YM, 2));
                if (tangent > straight + 1e-6 || tangent > following + 1e-6)
                {
                    throw new ScenarioFormatException(source, $"{field}[{i}].radiusM", $"a turn of radius {radius} m needs {tangent:0.##} m of straight on both sides of the point; there is less");
                }
            }

            double lineLength = straight - tangent;
            if (lineLength > 1e-6)
            {
                geometries.Add(RoadGeometry.Line(s, x, y, heading, lineLength));
                s += lineLength;
                x += lineLength * Math.Cos(heading);
                y += lineLength * Math.Sin(heading);
            }

            if (tangent > 0 && Math.Abs(turn) > 1e-9)
            {
                double arcLength = radius * Math.Abs(turn);
                var arc = RoadGeometry.Arc(s, x, y, heading, arcLength, Math.Sign(turn) / radius);
                geometries.Add(arc);
                arc.Evaluate(arcLength, out x, out y, out _);
                s += arcLength;
            }
        }

        if (geometries.Count == 0) throw new ScenarioFormatException(source, field, "the path has no length");
        return new ReferenceLine(geometries.ToArray());
    }

    private static ReferenceLine Line(RoadGeometryDefinition[] records, string source)
    {
        var geometries = new RoadGeometry[records.Length];
        for (int i = 0; i < records.Length; i++)
        {
            var r = records[i];
            string p = $"road.geometry[{i}]";
            double hdg = r.HdgDeg * Math.PI / 180;
            geometries[i] = r.Type switch
            {
                RoadGeometryType.Line => RoadGeometry.Line(r.SM, r.XM, r.YM, hdg, r.LengthM),
                RoadGeometryType.Arc => RoadGeometry.Arc(r.SM, r.XM, r.YM, hdg, r.LengthM, r.CurvaturePerM ?? 0),
                RoadGeometryType.Spiral => RoadGeometry.Spiral(r.SM, r.XM, r.YM, hdg, r.LengthM, r.CurvStartPerM ?? 0, r.CurvEndPerM ?? 0),
                RoadGeometryType.Poly3 => RoadGeometry.Poly3(r.SM, r.XM, r.YM, hdg, r.LengthM, r.A ?? 0, r.B ?? 0, r.C ?? 0, r.D ?? 0),
                _ => RoadGeometry.ParamPoly3(r.SM, r.XM, r.YM, hdg, r.LengthM, new ParamPoly3Coefficients(
                    r.AU ?? 0, r.BU ?? 0, r.CU ?? 0, r.DU ?? 0, r.AV ?? 0, r.BV ?? 0, r.CV ?? 0, r.DV ?? 0,
                    r.PRange == ParamPolyRange.ArcLength ? r.LengthM : 1)),
            };
            if (i > 0 && r.SM < records[i - 1].SM + records[i - 1].LengthM - 1e-3f)
            {
                throw new ScenarioFormatException(source, $"{p}.sM", $"must not start before the previous geometry ends (s {records[i - 1].SM + records[i - 1].LengthM}), got {r.SM}");
            }
        }

        return new ReferenceLine(geometries);
    }

    private static Lane[] Lanes(LaneDefinition[] lanes, string field, string source)
    {
        var result = new Lane[lanes.Length];
        for (int i = 0; i < lanes.Length; i++)
        {
            var l = lanes[i];
            if (l.Width.Length == 0) throw new ScenarioFormatException(source, $"{field}[{i}].width", "needs at least one width record");
            result[i] = new Lane(l.Id, l.Type, Cubics(l.Width));
        }

        return result;
    }

    private static CubicPolynomial[] Cubics(CubicDefinition[] records)
    {
        var result = new CubicPolynomial[records.Length];
        for (int i = 0; i < records.Length; i++) result[i] = new CubicPolynomial(records[i].SOffsetM, records[i].A, records[i].B, records[i].C, records[i].D);
        return result;
    }
}
