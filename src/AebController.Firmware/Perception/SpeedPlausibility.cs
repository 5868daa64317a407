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
}
