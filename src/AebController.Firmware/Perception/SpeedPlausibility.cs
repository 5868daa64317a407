namespace AebController.Firmware.Perception;

/// <summary>Plausibility of the wheel speed against the car's own physics.</summary>
public static class SpeedPlausibility
{
    /// <summary>
    /// A new wheel-speed sample is within <paramref name="maxStepMps"/> of the speed the IMU predicts
    /// from the last trusted one. Non-finite values are never plausible.
    /// </summary>
    public static bool WheelStepPlausible(float predictedMps, float measuredMps, float maxStepMps) =>
        float.IsFinite(predictedMps) && float.IsFinite(measuredMps) && MathF.Abs(measuredMps - predictedMps) <= maxStepMps;

    /// <summary>
    /// A wheel-speed sample continues a frozen run: it reads within <paramref name="toleranceMps"/> of the
    /// run's first value, above 0 (below its dropout speed a wheel sensor reads 0, legitimately steady), while
    /// the accelerometer measures a braking force of at least <paramref name="minBrakeMps2"/>. An accelerometer
    /// measures specific force, so on any grade it reads the brakes' (and drag's) force, not gravity's pull:
    /// a force beyond the steepest grade plus the sensor's offset slows the car, and its wheels cannot read the
    /// same. Non-finite values never continue a run.
    /// </summary>
    public static bool FrozenUnderBraking(float runStartMps, float measuredMps, float accelMps2, float toleranceMps, float minBrakeMps2) =>
        float.IsFinite(runStartMps) && float.IsFinite(measuredMps) && float.IsFinite(accelMps2)
        && measuredMps > 0f && MathF.Abs(measuredMps - runStartMps) <= toleranceMps && accelMps2 <= -minBrakeMps2;
}
