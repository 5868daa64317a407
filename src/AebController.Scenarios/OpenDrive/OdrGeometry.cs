namespace AebController.Scenarios.OpenDrive;

/// <summary>
/// One piece of a road's reference line (ASAM OpenDRIVE 1.8, 9 "Geometry"): a line, an arc, a spiral
/// (clothoid: curvature linear in s), a cubic polynomial (poly3, v = a + b·u + c·u² + d·u³ in the local
/// frame) or a parametric cubic (paramPoly3, u and v polynomials in p, p over [0, length] or [0, 1]).
/// </summary>
public sealed record OdrGeometry(double S, double X, double Y, double Hdg, double Length, OdrGeometryKind Kind, double[] Coefficients, bool NormalisedP = false)
{
    /// <summary>Point and heading at <paramref name="ds"/> metres along this piece.</summary>
    public (double X, double Y, double Hdg) At(double ds)
    {
        var (u, v, h) = Local(Math.Clamp(ds, 0, Length));
        double cos = Math.Cos(Hdg), sin = Math.Sin(Hdg);
        return (X + u * cos - v * sin, Y + u * sin + v * cos, Hdg + h);
    }

    private (double U, double V, double H) Local(double ds)
    {
        switch (Kind)
        {
            case OdrGeometryKind.Line:
                return (ds, 0, 0);
            case OdrGeometryKind.Arc:
            {
                double k = Coefficients[0];
                if (Math.Abs(k) < 1e-12) return (ds, 0, 0);
                return (Math.Sin(k * ds) / k, (1 - Math.Cos(k * ds)) / k, k * ds);
            }

            case OdrGeometryKind.Spiral:
                return Integrate(ds, s => Coefficients[0] * s + 0.5 * (Coefficients[1] - Coefficients[0]) / Length * s * s);
            case OdrGeometryKind.Poly3:
                return Poly3(ds);
            case OdrGeometryKind.ParamPoly3:
                return ParamPoly3(ds);
            default:
                throw new InvalidOperationException(Kind.ToString());
        }
    }

    /// <summary>Integrates the unit tangent of a heading function θ(s) with Simpson's rule (a clothoid has no closed form).</summary>
    private static (double U, double V, double H) Integrate(double ds, Func<double, double> theta)
    {
        int n = Math.Max(2, (int)Math.Ceiling(ds / 0.05)) & ~1;
        if (n < 2) n = 2;
        double h = ds / n, u = 0, v = 0;
        for (int i = 0; i <= n; i++)
        {
            double w = i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2);
            double t = theta(i * h);
            u += w * Math.Cos(t);
            v += w * Math.Sin(t);
        }

        return (u * h / 3, v * h / 3, theta(ds));
    }

    private (double U, double V, double H) Poly3(double ds)
    {
        // s runs along the curve; find the u whose arc length from 0 is ds (the curve is a function v(u)).
        double a = Coefficients[0], b = Coefficients[1], c = Coefficients[2], d = Coefficients[3];
        double Slope(double u) => b + 2 * c * u + 3 * d * u * u;
        double u = 0, travelled = 0, step = 0.01;
        while (travelled < ds && u < 10 * Length)
        {
            double seg = step * Math.Sqrt(1 + Slope(u + step / 2) * Slope(u + step / 2));
            if (travelled + seg > ds) { u += step * (ds - travelled) / seg; travelled = ds; break; }
            travelled += seg;
            u += step;
        }

        return (u, a + b * u + c * u * u + d * u * u * u, Math.Atan(Slope(u)));
    }

    private (double U, double V, double H) ParamPoly3(double ds)
    {
        // Coefficients: aU bU cU dU aV bV cV dV. The parameter p runs over [0, length] or [0, 1].
        double[] k = Coefficients;
        double pEnd = NormalisedP ? 1 : Length;
        double dU(double p) => k[1] + 2 * k[2] * p + 3 * k[3] * p * p;
        double dV(double p) => k[5] + 2 * k[6] * p + 3 * k[7] * p * p;
        const int steps = 2000;
        double dp = pEnd / steps, p = 0, travelled = 0;
        for (int i = 0; i < steps && travelled < ds; i++)
        {
            double mid = p + dp / 2;
            double seg = dp * Math.Sqrt(dU(mid) * dU(mid) + dV(mid) * dV(mid));
            if (travelled + seg >= ds) { p += dp * (ds - travelled) / seg; travelled = ds; break; }
            travelled += seg;
            p += dp;
        }

        double u = k[0] + k[1] * p + k[2] * p * p + k[3] * p * p * p;
        double v = k[4] + k[5] * p + k[6] * p * p + k[7] * p * p * p;
        return (u, v, Math.Atan2(dV(p), dU(p)));
    }
}
