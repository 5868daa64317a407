namespace AebController.Emulation.World.Road;

/// <summary>
/// A road in ASAM OpenDRIVE terms: a reference line (planView), lane offset records and lane
/// sections. Gives lane centres in (s, t) and converts between (s, t) and the world frame
/// (x forward from the ego's start, y left). Built once; queries allocate nothing.
/// </summary>
public sealed class RoadModel
{
    /// <summary>Lane width of the default road (a typical motorway or test-track lane).</summary>
    public const double DefaultLaneWidthM = 3.5;

    private readonly LaneSection[] _sections;
    private readonly CubicPolynomial[] _laneOffsets;

    public RoadModel(ReferenceLine referenceLine, LaneSection[] sections, CubicPolynomial[] laneOffsets)
    {
        if (sections.Length == 0) throw new ArgumentException("a road needs at least one lane section", nameof(sections));
        for (int i = 1; i < sections.Length; i++)
        {
            if (sections[i].S <= sections[i - 1].S) throw new ArgumentException($"lane section {i} must start after lane section {i - 1}", nameof(sections));
        }

        ReferenceLine = referenceLine;
        _sections = sections;
        _laneOffsets = laneOffsets;
    }

    public ReferenceLine ReferenceLine { get; }
    public int SectionCount => _sections.Length;
    public LaneSection SectionAt(int index) => _sections[index];

    /// <summary>
    /// Today's road: straight along +x through the ego's start, the reference line on y = 0 (so t = y),
    /// the centre lane shifted 1.75 m left so that the ego's lane −1 (3.5 m, driving) is centred on
    /// y = 0, with lane 1 (3.5 m, driving) to its left. It runs from x = −1 km to 20 km.
    /// </summary>
    public static RoadModel Straight() => StraightRoad;

    private static readonly RoadModel StraightRoad = BuildStraight();

    private static RoadModel BuildStraight()
    {
        var line = new ReferenceLine([RoadGeometry.Line(0, -1000, 0, 0, 21_000)]);
        var width = new[] { new CubicPolynomial(0, DefaultLaneWidthM, 0, 0, 0) };
        var section = new LaneSection(0, [new Lane(1, LaneType.Driving, width)], [new Lane(-1, LaneType.Driving, width)]);
        return new RoadModel(line, [section], [new CubicPolynomial(0, 0.5 * DefaultLaneWidthM, 0, 0, 0)]);
    }

    /// <summary>Offset of the centre lane from the reference line at <paramref name="s"/> (OpenDRIVE laneOffset).</summary>
    public double LaneOffsetAt(double s) => CubicPolynomial.Evaluate(_laneOffsets, s);

    /// <summary>The lane section in force at <paramref name="s"/> (the first one before the road's start).</summary>
    public int SectionIndexAt(double s)
    {
        int at = 0;
        for (int i = 1; i < _sections.Length; i++)
        {
            if (_sections[i].S <= s) at = i; else break;
        }

        return at;
    }

    /// <summary>The t of a lane's inner and outer borders at <paramref name="s"/>; false when the section has no such lane.</summary>
    public bool TryLaneBorders(int laneId, double s, out double innerT, out double outerT)
    {
        var section = _sections[SectionIndexAt(s)];
        innerT = outerT = 0;
        if (!section.Has(laneId)) return false;
        double ds = Math.Max(0, s - section.S);
        double sign = laneId > 0 ? 1 : -1;
        double t = LaneOffsetAt(s);
        int count = Math.Abs(laneId);
        var lanes = laneId > 0 ? section.Left : section.Right;
        for (int k = 0; k < count; k++)
        {
            innerT = t;
            t += sign * lanes[k].WidthAt(ds);
        }

        outerT = t;
        return true;
    }

    /// <summary>The t of a lane's centre line at <paramref name="s"/>; false when the section has no such lane.</summary>
    public bool TryLaneCentre(int laneId, double s, out double centreT)
    {
        bool ok = TryLaneBorders(laneId, s, out double inner, out double outer);
        centreT = 0.5 * (inner + outer);
        return ok;
    }

    /// <summary>Width of a lane at <paramref name="s"/>, 0 when absent.</summary>
    public double LaneWidth(int laneId, double s) => TryLaneBorders(laneId, s, out double inner, out double outer) ? Math.Abs(outer - inner) : 0;

    /// <summary>The lane holding lateral position <paramref name="t"/> at <paramref name="s"/>, or 0 when off the lanes.</summary>
    public int LaneIdAt(double s, double t)
    {
        var section = _sections[SectionIndexAt(s)];
        double ds = Math.Max(0, s - section.S);
        double border = LaneOffsetAt(s);
        if (t >= border)
        {
            for (int k = 0; k < section.Left.Length; k++)
            {
                double outer = border + section.Left[k].WidthAt(ds);
                if (t < outer) return k + 1;
                border = outer;
            }

            return 0;
        }

        for (int k = 0; k < section.Right.Length; k++)
        {
            double outer = border - section.Right[k].WidthAt(ds);
            if (t >= outer) return -(k + 1);
            border = outer;
        }

        return 0;
    }

    /// <summary>World point and heading of (s, t).</summary>
    public void ToWorld(double s, double t, out double x, out double y, out double hdg) => ReferenceLine.ToWorld(s, t, out x, out y, out hdg);

    /// <summary>(s, t) of a world point, searching the whole road.</summary>
    public void FromWorld(double x, double y, out double s, out double t) => ReferenceLine.FromWorld(x, y, out s, out t);
}
