namespace AebController.Scenarios.OpenDrive;

/// <summary>a + b·ds + c·ds² + d·ds³ starting at <see cref="S"/> (OpenDRIVE's width, laneOffset and elevation records).</summary>
public readonly record struct OdrPolynomial(double S, double A, double B, double C, double D)
{
    public double At(double s)
    {
        double ds = s - S;
        return A + B * ds + C * ds * ds + D * ds * ds * ds;
    }
}
