namespace AebController.Emulation.World.Road;

/// <summary>
/// One piece of a reference line as ASAM OpenDRIVE describes it (&lt;geometry s x y hdg length&gt; with
/// line, arc, spiral or paramPoly3). Everything numerical is prepared at build time, so
/// <see cref="Evaluate"/> allocates nothing: a spiral keeps its points every metre or less and
/// integrates the remainder with Gauss–Legendre; a paramPoly3 keeps its arc length against p.
/// </summary>
public sealed class RoadGeometry
{
    /// <summary>Spacing of the prepared points of a spiral or paramPoly3.</summary>
    public const double TableStepM = 1.0;

    private readonly double[] _tableX = [];
    private readonly double[] _tableY = [];
    private readonly double[] _tableP = [];
    private readonly double[] _tableS = [];
    private readonly double _step;

    private RoadGeometry(RoadGeometryKind kind, double s, double x, double y, double hdg, double length,
        double curvatureStart, double curvatureEnd, ParamPoly3Coefficients poly)
    {
        if (!(length > 0) || !double.IsFinite(length)) throw new ArgumentOutOfRangeException(nameof(length), length, "a geometry needs a positive finite length");
        if (!double.IsFinite(s) || !double.IsFinite(x) || !double.IsFinite(y) || !double.IsFinite(hdg))
        {
            throw new ArgumentException("s, x, y and hdg must be finite");
        }

        Kind = kind;
        S = s;
        X = x;
        Y = y;
        Hdg = hdg;
        Length = length;
        CurvatureStart = curvatureStart;
        CurvatureEnd = curvatureEnd;
        Poly = poly;
        if (kind == RoadGeometryKind.Spiral)
        {
            int n = Math.Max(1, (int)Math.Ceiling(length / TableStepM));
            _step = length / n;
            _tableX = new double[n + 1];
            _tableY = new double[n + 1];
            double c = SpiralRate;
            for (int i = 1; i <= n; i++)
            {
                GaussLegendre.ClothoidChord((i - 1) * _step, i * _step, 0, curvatureStart, c, out double dx, out double dy);
                _tableX[i] = _tableX[i - 1] + dx;
                _tableY[i] = _tableY[i - 1] + dy;
            }
        }
        else if (kind == RoadGeometryKind.ParamPoly3)
        {
            int n = Math.Max(8, (int)Math.Ceiling(length / TableStepM));
            _step = poly.PEnd / n;
            _tableP = new double[n + 1];
            _tableS = new double[n + 1];
            for (int i = 1; i <= n; i++)
            {
                _tableP[i] = i * _step;
                _tableS[i] = _tableS[i - 1] + GaussLegendre.ParamPolyLength(poly, (i - 1) * _step, i * _step);
            }
        }
    }

    public RoadGeometryKind Kind { get; }

    /// <summary>Start position along the reference line.</summary>
    public double S { get; }
    public double X { get; }
    public double Y { get; }

    /// <summary>Heading at the start, radians from +x, counter-clockwise.</summary>
    public double Hdg { get; }
    public double Length { get; }

    /// <summary>Curvature at the start and the end (1/m, positive left). Equal for an arc, 0 for a line.</summary>
    public double CurvatureStart { get; }
    public double CurvatureEnd { get; }
    public ParamPoly3Coefficients Poly { get; }

    /// <summary>Arc length of a paramPoly3 between p = 0 and its end, as integrated (OpenDRIVE says it equals <see cref="Length"/>).</summary>
    public double ParamPolyArcLength => Kind == RoadGeometryKind.ParamPoly3 ? _tableS[^1] : Length;

    private double SpiralRate => (CurvatureEnd - CurvatureStart) / Length;

    public static RoadGeometry Line(double s, double x, double y, double hdg, double length) =>
        new(RoadGeometryKind.Line, s, x, y, hdg, length, 0, 0, default);

    public static RoadGeometry Arc(double s, double x, double y, double hdg, double length, double curvature) =>
        new(RoadGeometryKind.Arc, s, x, y, hdg, length, curvature, curvature, default);

    public static RoadGeometry Spiral(double s, double x, double y, double hdg, double length, double curvatureStart, double curvatureEnd) =>
        new(RoadGeometryKind.Spiral, s, x, y, hdg, length, curvatureStart, curvatureEnd, default);

    public static RoadGeometry ParamPoly3(double s, double x, double y, double hdg, double length, ParamPoly3Coefficients poly)
    {
        if (!(poly.PEnd > 0)) throw new ArgumentOutOfRangeException(nameof(poly), "pEnd must be positive");
        return new(RoadGeometryKind.ParamPoly3, s, x, y, hdg, length, 0, 0, poly);
    }

    /// <summary>OpenDRIVE poly3 (v = a + b·u + c·u² + d·u³): a paramPoly3 in u whose end is where the arc length reaches <paramref name="length"/>.</summary>
    public static RoadGeometry Poly3(double s, double x, double y, double hdg, double length, double a, double b, double c, double d)
    {
        var k = new ParamPoly3Coefficients(0, 1, 0, 0, a, b, c, d, 1);
        // Newton on the arc length: s(u) = ∫ |P'|, ds/du = |P'(u)| ≥ 1.
        double u = length;
        for (int i = 0; i < 50; i++)
        {
            double arc = 0;
            const int parts = 64;
            for (int j = 0; j < parts; j++) arc += GaussLegendre.ParamPolyLength(k, u * j / parts, u * (j + 1) / parts);
            double step = (arc - length) / GaussLegendre.Speed(k, u);
            u -= step;
            if (Math.Abs(step) < 1e-10) break;
        }

        return ParamPoly3(s, x, y, hdg, length, k with { PEnd = u });
    }

    /// <summary>Point and heading at <paramref name="ds"/> metres from the start (clamped to the geometry).</summary>
    public void Evaluate(double ds, out double x, out double y, out double hdg)
    {
        ds = Math.Clamp(ds, 0, Length);
        double cos = Math.Cos(Hdg);
        double sin = Math.Sin(Hdg);
        switch (Kind)
        {
            case RoadGeometryKind.Line:
                x = X + ds * cos;
                y = Y + ds * sin;
                hdg = Hdg;
                return;
            case RoadGeometryKind.Arc:
            {
                double k = CurvatureStart;
                if (Math.Abs(k) < 1e-12)
                {
                    x = X + ds * cos;
                    y = Y + ds * sin;
                    hdg = Hdg;
                    return;
                }

                hdg = Hdg + k * ds;
                x = X + (Math.Sin(hdg) - sin) / k;
                y = Y + (cos - Math.Cos(hdg)) / k;
                return;
            }

            case RoadGeometryKind.Spiral:
            {
                double c = SpiralRate;
                int i = Math.Min((int)(ds / _step), _tableX.Length - 1);
                GaussLegendre.ClothoidChord(i * _step, ds, 0, CurvatureStart, c, out double dx, out double dy);
                double lx = _tableX[i] + dx;
                double ly = _tableY[i] + dy;
                x = X + lx * cos - ly * sin;
                y = Y + lx * sin + ly * cos;
                hdg = Hdg + CurvatureStart * ds + 0.5 * c * ds * ds;
                return;
            }

            default:
            {
                double p = ParameterAt(ds);
                var q = Poly;
                double u = q.AU + p * (q.BU + p * (q.CU + p * q.DU));
                double v = q.AV + p * (q.BV + p * (q.CV + p * q.DV));
                double du = q.BU + p * (2 * q.CU + 3 * q.DU * p);
                double dv = q.BV + p * (2 * q.CV + 3 * q.DV * p);
                x = X + u * cos - v * sin;
                y = Y + u * sin + v * cos;
                hdg = Hdg + Math.Atan2(dv, du);
                return;
            }
        }
    }

    /// <summary>Curvature (1/m, positive left) at <paramref name="ds"/> metres from the start.</summary>
    public double CurvatureAt(double ds)
    {
        ds = Math.Clamp(ds, 0, Length);
        switch (Kind)
        {
            case RoadGeometryKind.Line: return 0;
            case RoadGeometryKind.Arc: return CurvatureStart;
            case RoadGeometryKind.Spiral: return CurvatureStart + SpiralRate * ds;
            default:
            {
                double p = ParameterAt(ds);
                var q = Poly;
                double du = q.BU + p * (2 * q.CU + 3 * q.DU * p);
                double dv = q.BV + p * (2 * q.CV + 3 * q.DV * p);
                double ddu = 2 * q.CU + 6 * q.DU * p;
                double ddv = 2 * q.CV + 6 * q.DV * p;
                double speed = Math.Sqrt(du * du + dv * dv);
                return (du * ddv - dv * ddu) / (speed * speed * speed);
            }
        }
    }

    /// <summary>The paramPoly3 parameter p at arc length <paramref name="ds"/> (table, then Newton).</summary>
    private double ParameterAt(double ds)
    {
        // The table's arc length is the truth; a stated length that differs slightly is scaled onto it.
        double target = ds * (_tableS[^1] / Length);
        int lo = 0;
        int hi = _tableS.Length - 1;
        while (hi - lo > 1)
        {
            int mid = (lo + hi) >> 1;
            if (_tableS[mid] <= target) lo = mid; else hi = mid;
        }

        var q = Poly;
        double p = _tableP[lo];
        double s0 = _tableS[lo];
        double pNext = p + (target - s0) / Math.Max(GaussLegendre.Speed(q, p), 1e-12);
        for (int i = 0; i < 4; i++)
        {
            double err = _tableS[lo] + GaussLegendre.ParamPolyLength(q, _tableP[lo], pNext) - target;
            pNext -= err / Math.Max(GaussLegendre.Speed(q, pNext), 1e-12);
        }

        return Math.Clamp(pNext, 0, q.PEnd);
    }
}
