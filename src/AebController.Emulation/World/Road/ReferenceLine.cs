namespace AebController.Emulation.World.Road;

/// <summary>
/// A chain of geometries ordered by s (an OpenDRIVE planView). Converts s to a point and heading
/// and a point to (s, t), t positive to the left. Before the first geometry and after the last the
/// line continues straight along the end heading, so actors beyond the drawn road still have a
/// place. Prepared at build; every query after that allocates nothing.
/// </summary>
public sealed class ReferenceLine
{
    /// <summary>Finest spacing of the points searched before a projection is refined by Newton steps.</summary>
    public const double SampleStepM = 1.0;

    /// <summary>At most this many points (a long road is sampled more coarsely; Newton finishes the job).</summary>
    public const int MaxSamples = 4096;

    private readonly RoadGeometry[] _geometries;
    private readonly double[] _sampleS;
    private readonly double[] _sampleX;
    private readonly double[] _sampleY;

    public ReferenceLine(RoadGeometry[] geometries)
    {
        if (geometries.Length == 0) throw new ArgumentException("a reference line needs at least one geometry", nameof(geometries));
        for (int i = 1; i < geometries.Length; i++)
        {
            // 0.1 mm of slack: s and lengths come from single-precision scenario fields (float's step is 1.5e-5 m at
            // s = 130 m), so a sum of sM and lengthM written exactly in the file may land a step past the next sM.
            if (geometries[i].S < geometries[i - 1].S + geometries[i - 1].Length - 1e-4)
            {
                throw new ArgumentException($"geometry {i} starts at s {geometries[i].S}, before the end of geometry {i - 1}", nameof(geometries));
            }
        }

        _geometries = geometries;
        StartS = geometries[0].S;
        EndS = geometries[^1].S + geometries[^1].Length;
        int n = Math.Clamp((int)Math.Ceiling((EndS - StartS) / SampleStepM), 1, MaxSamples);
        _sampleS = new double[n + 1];
        _sampleX = new double[n + 1];
        _sampleY = new double[n + 1];
        for (int i = 0; i <= n; i++)
        {
            double s = StartS + (EndS - StartS) * i / n;
            Evaluate(s, out _sampleX[i], out _sampleY[i], out _);
            _sampleS[i] = s;
        }
    }

    public double StartS { get; }
    public double EndS { get; }
    public double Length => EndS - StartS;
    public int GeometryCount => _geometries.Length;
    public RoadGeometry GeometryAt(int index) => _geometries[index];

    /// <summary>Point and heading of the reference line at <paramref name="s"/>.</summary>
    public void Evaluate(double s, out double x, out double y, out double hdg)
    {
        if (s < StartS)
        {
            var first = _geometries[0];
            first.Evaluate(0, out x, out y, out hdg);
            double back = s - StartS;
            x += back * Math.Cos(hdg);
            y += back * Math.Sin(hdg);
            return;
        }

        var g = _geometries[IndexAt(s)];
        double ds = s - g.S;
        if (ds <= g.Length)
        {
            g.Evaluate(ds, out x, out y, out hdg);
            return;
        }

        // Past the end (or in a gap between geometries): straight on from the geometry's end.
        g.Evaluate(g.Length, out x, out y, out hdg);
        double on = ds - g.Length;
        x += on * Math.Cos(hdg);
        y += on * Math.Sin(hdg);
    }

    /// <summary>Curvature at <paramref name="s"/> (0 beyond the ends).</summary>
    public double CurvatureAt(double s)
    {
        if (s < StartS || s > EndS) return 0;
        var g = _geometries[IndexAt(s)];
        double ds = s - g.S;
        return ds <= g.Length ? g.CurvatureAt(ds) : 0;
    }

    /// <summary>Point at (s, t): t metres to the left of the reference line at s.</summary>
    public void ToWorld(double s, double t, out double x, out double y, out double hdg)
    {
        Evaluate(s, out x, out y, out hdg);
        x -= t * Math.Sin(hdg);
        y += t * Math.Cos(hdg);
    }

    /// <summary>The nearest point of the line to (x, y): its s and the signed offset t (left positive). Searches the whole line.</summary>
    public void FromWorld(double x, double y, out double s, out double t)
    {
        int best = 0;
        double bestD = double.PositiveInfinity;
        for (int i = 0; i < _sampleS.Length; i++)
        {
            double dx = _sampleX[i] - x;
            double dy = _sampleY[i] - y;
            double d = dx * dx + dy * dy;
            if (d < bestD)
            {
                bestD = d;
                best = i;
            }
        }

        Refine(x, y, _sampleS[best], out s, out t);
    }

    /// <summary>As <see cref="FromWorld(double, double, out double, out double)"/>, starting from a nearby s (a follower's last position): constant time.</summary>
    public void FromWorld(double x, double y, double sHint, out double s, out double t) => Refine(x, y, sHint, out s, out t);

    private void Refine(double x, double y, double s, out double sOut, out double tOut)
    {
        double t = 0;
        for (int i = 0; i < 12; i++)
        {
            Evaluate(s, out double px, out double py, out double h);
            double cos = Math.Cos(h);
            double sin = Math.Sin(h);
            double dx = x - px;
            double dy = y - py;
            double along = dx * cos + dy * sin;
            t = -dx * sin + dy * cos;
            double k = CurvatureAt(s);
            double scale = 1 - k * t;
            double step = along / (Math.Abs(scale) < 0.2 ? 0.2 * Math.Sign(scale == 0 ? 1 : scale) : scale);
            s += step;
            if (Math.Abs(step) < 1e-9) break;
        }

        Evaluate(s, out double fx, out double fy, out double fh);
        sOut = s;
        tOut = -(x - fx) * Math.Sin(fh) + (y - fy) * Math.Cos(fh);
    }

    private int IndexAt(double s)
    {
        int lo = 0;
        int hi = _geometries.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (_geometries[mid].S <= s) lo = mid; else hi = mid - 1;
        }

        return lo;
    }
}
