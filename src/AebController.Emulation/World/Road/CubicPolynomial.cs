namespace AebController.Emulation.World.Road;

/// <summary>
/// OpenDRIVE's a + b·ds + c·ds² + d·ds³ from <see cref="StartOffsetM"/> on (a lane width record's
/// sOffset relative to its lane section, or a laneOffset record's s along the road).
/// </summary>
public readonly record struct CubicPolynomial(double StartOffsetM, double A, double B, double C, double D)
{
    public double At(double offsetM)
    {
        double ds = offsetM - StartOffsetM;
        return A + ds * (B + ds * (C + ds * D));
    }

    /// <summary>The record of a list (ordered by start) that applies at <paramref name="offsetM"/>: the last starting at or before it.</summary>
    public static double Evaluate(CubicPolynomial[] records, double offsetM)
    {
        if (records.Length == 0) return 0;
        int at = 0;
        for (int i = 1; i < records.Length; i++)
        {
            if (records[i].StartOffsetM <= offsetM) at = i; else break;
        }

        return records[at].At(offsetM);
    }
}
