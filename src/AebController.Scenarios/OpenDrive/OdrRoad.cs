namespace AebController.Scenarios.OpenDrive;

/// <summary>
/// An OpenDRIVE road: its reference line, lane offset and lane sections, with the conversions from road
/// coordinates (s along the reference line, t to its left) and lane positions to the plane.
/// </summary>
public sealed record OdrRoad(string Id, double Length, OdrGeometry[] Geometry, OdrPolynomial[] LaneOffsets, OdrLaneSection[] Sections)
{
    /// <summary>The plane point of road coordinates (s, t) and the reference line's heading there.</summary>
    public (double X, double Y, double Hdg) At(double s, double t)
    {
        var g = Geometry[0];
        foreach (var piece in Geometry)
        {
            if (piece.S <= s + 1e-9) g = piece;
        }

        var (x, y, h) = g.At(s - g.S);
        return (x - t * Math.Sin(h), y + t * Math.Cos(h), h);
    }

    /// <summary>The t of a lane's centre line at s, with the lane offset applied.</summary>
    public double LaneCentreT(int laneId, double s)
    {
        if (laneId == 0) return Offset(s);
        var section = SectionAt(s);
        double ds = s - section.S;
        double t = Offset(s);
        int sign = Math.Sign(laneId);
        for (int id = sign; ; id += sign)
        {
            var lane = section.Lanes.FirstOrDefault(l => l.Id == id)
                ?? throw new KeyNotFoundException($"road {Id} has no lane {laneId} at s = {s:0.###}");
            double width = lane.WidthAt(ds);
            if (id == laneId) return t + sign * width / 2;
            t += sign * width;
        }
    }

    public OdrLaneSection SectionAt(double s)
    {
        var current = Sections[0];
        foreach (var section in Sections)
        {
            if (section.S <= s + 1e-9) current = section;
        }

        return current;
    }

    private double Offset(double s)
    {
        OdrPolynomial? current = null;
        foreach (var o in LaneOffsets)
        {
            if (o.S <= s + 1e-9) current = o;
        }

        return current is { } c ? c.At(s) : 0;
    }
}
