namespace AebController.Emulation.Vehicle;

/// <summary>
/// Wheel slip under braking from how much of the road's grip the brakes use. The normalised
/// longitudinal force curve f(s) = 2(s/sₚ) / (1 + (s/sₚ)²) rises from 0, peaks at 1 at the peak slip
/// sₚ and falls beyond it (the shape of measured μ–slip curves); its inverse on the rising side gives
/// the slip for a grip use u = demand / (μ g) below 1. At u ≥ 1 the ABS holds the wheels near the
/// peak and reports itself active.
/// </summary>
public static class TyreSlip
{
    /// <param name="brakeDemandMps2">Deceleration the brakes ask of the tyres.</param>
    /// <param name="gripLimitMps2">Deceleration the road can give (μ g).</param>
    /// <param name="peakSlip">Slip at the peak of the force curve.</param>
    /// <param name="speedMps">Vehicle speed; a car at rest does not slip.</param>
    public static (float Slip, bool AbsActive) UnderBraking(float brakeDemandMps2, float gripLimitMps2, float peakSlip, float speedMps)
    {
        if (brakeDemandMps2 <= 0f || gripLimitMps2 <= 0f || speedMps < 0.1f) return (0f, false);
        float use = brakeDemandMps2 / gripLimitMps2;
        if (use >= 1f) return (peakSlip, true);
        return (peakSlip * (1f - MathF.Sqrt(1f - use * use)) / use, false);
    }
}
