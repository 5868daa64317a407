namespace AebController.Firmware.Perception;

/// <summary>
/// What one camera object's ranges over a window say about its motion along the road (<see cref="CameraLeadRanges"/>):
/// each range plus the ego's own travel at its capture is the object's position over ground, fitted by a line (its range
/// at the newest capture and its speed) and by a parabola (its acceleration), with each estimate's standard deviation from
/// the camera's range error model σ = e·Z² per sample (ordinary least squares, so Var = Σ wᵢ²σᵢ² for each estimate's
/// weights wᵢ), and how far the samples lie from the parabola in units of that σ.
/// </summary>
public readonly record struct CameraLeadFit(
    int Samples,
    float RangeM,
    float RangeSigmaM,
    float SpeedMps,
    float SpeedSigmaMps,
    float CentreAgeS,
    float LineBiasPerMps2,
    float AccelMps2,
    float AccelSigmaMps2,
    float ResidualRatio)
{
    /// <summary>
    /// The object's acceleration at the less critical end of its confidence interval: braking only where the fit shows more
    /// than <paramref name="sigmas"/> σ of it, never an acceleration away from us (a noisy parabola never brakes the car).
    /// The estimate is first held within what a car's tyres give (<paramref name="maxDecelMps2"/>): a fit beyond it is
    /// noise, and far out, where one fit's σ is several m/s², a 4σ swing of it (ccrm-50 seed 7 at 20 m: −14.2 ± 3.5 m/s²
    /// for a lead holding its speed) then cannot read as braking.
    /// </summary>
    public float JudgedAccelMps2(float sigmas, float maxDecelMps2) =>
        MathF.Min(0f, MathF.Max(AccelMps2, -maxDecelMps2) + sigmas * AccelSigmaMps2);

    /// <summary>
    /// The object's speed over ground at the newest capture, at the less critical end: the line's slope (the speed at the
    /// window's centre time, <see cref="CentreAgeS"/> before the newest capture) plus <paramref name="sigmas"/> σ, brought to
    /// the newest capture by the judged acceleration. Never below standstill.
    /// </summary>
    public float JudgedSpeedMps(float sigmas, float maxDecelMps2) =>
        MathF.Max(0f, SpeedMps + sigmas * SpeedSigmaMps + JudgedAccelMps2(sigmas, maxDecelMps2) * CentreAgeS);

    /// <summary>
    /// The range at the newest capture, at the less critical end: the line's range plus <paramref name="sigmas"/> σ, less the
    /// line's bias for a braking object (a line through a parabola a·τ²/2 misses its newest point by
    /// <see cref="LineBiasPerMps2"/>·a, about a·W²/12 over a window W, far for a braking lead) at the judged acceleration.
    /// </summary>
    public float JudgedRangeM(float sigmas, float maxDecelMps2) =>
        RangeM + sigmas * RangeSigmaM - LineBiasPerMps2 * JudgedAccelMps2(sigmas, maxDecelMps2);
}
