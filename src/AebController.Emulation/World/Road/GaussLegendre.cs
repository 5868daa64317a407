namespace AebController.Emulation.World.Road;

/// <summary>Five-point Gauss–Legendre quadrature: exact for polynomials up to degree 9, allocation-free.</summary>
internal static class GaussLegendre
{
    private const double X1 = 0.5384693101056831;
    private const double X2 = 0.9061798459386640;
    private const double W0 = 0.5688888888888889;
    private const double W1 = 0.4786286704993665;
    private const double W2 = 0.2369268850561891;

    /// <summary>∫ from a to b of (cos θ(u), sin θ(u)) du with θ(u) = h0 + k0·u + ½·c·u² (a clothoid's heading).</summary>
    public static void ClothoidChord(double a, double b, double h0, double k0, double c, out double dx, out double dy)
    {
        double mid = 0.5 * (a + b);
        double half = 0.5 * (b - a);
        double sx = 0;
        double sy = 0;
        Node(mid, h0, k0, c, W0, ref sx, ref sy);
        Node(mid + half * X1, h0, k0, c, W1, ref sx, ref sy);
        Node(mid - half * X1, h0, k0, c, W1, ref sx, ref sy);
        Node(mid + half * X2, h0, k0, c, W2, ref sx, ref sy);
        Node(mid - half * X2, h0, k0, c, W2, ref sx, ref sy);
        dx = sx * half;
        dy = sy * half;
    }

    private static void Node(double u, double h0, double k0, double c, double w, ref double sx, ref double sy)
    {
        double th = h0 + k0 * u + 0.5 * c * u * u;
        sx += w * Math.Cos(th);
        sy += w * Math.Sin(th);
    }

    /// <summary>∫ from a to b of |P'(p)| dp for a parametric cubic (arc length).</summary>
    public static double ParamPolyLength(in ParamPoly3Coefficients k, double a, double b)
    {
        double mid = 0.5 * (a + b);
        double half = 0.5 * (b - a);
        double sum = W0 * Speed(k, mid)
            + W1 * (Speed(k, mid + half * X1) + Speed(k, mid - half * X1))
            + W2 * (Speed(k, mid + half * X2) + Speed(k, mid - half * X2));
        return sum * half;
    }

    public static double Speed(in ParamPoly3Coefficients k, double p)
    {
        double du = k.BU + p * (2 * k.CU + 3 * k.DU * p);
        double dv = k.BV + p * (2 * k.CV + 3 * k.DV * p);
        return Math.Sqrt(du * du + dv * dv);
    }
}
