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

    /// <summary>
    /// The brakes press harder than the steepest grade can pull plus the accelerometer's offset
    /// (<paramref name="minBrakeMps2"/>, the frozen wheel speed's braking cue): the car cannot gain speed along its travel.
    /// </summary>
    public static bool BrakedBeyondGrade(float appliedBrakeMps2, float minBrakeMps2) =>
        float.IsFinite(appliedBrakeMps2) && float.IsFinite(minBrakeMps2) && appliedBrakeMps2 >= minBrakeMps2;

    /// <summary>
    /// At rest under the brake: braked beyond any grade (<see cref="BrakedBeyondGrade"/>) while the accelerometer reads no
    /// deceleration beyond its offset. A moving car under such a brake decelerates at what the brake or the road gives
    /// (more than the offset on any road with friction above 0.05); only a standing car reads nothing. Non-finite values
    /// are never at rest.
    /// </summary>
    public static bool AtRestUnderBrake(float appliedBrakeMps2, float accelMps2, float minBrakeMps2, float accelOffsetMps2) =>
        BrakedBeyondGrade(appliedBrakeMps2, minBrakeMps2) && float.IsFinite(accelMps2) && float.IsFinite(accelOffsetMps2)
        && MathF.Abs(accelMps2) <= accelOffsetMps2;

    /// <summary>
    /// A wheel-speed sample continues a frozen run while the car stands under the brake (<see cref="AtRestUnderBrake"/>):
    /// it reads within <paramref name="toleranceMps"/> of the run's first value and above 0, where a standing car's wheels
    /// read 0. A reversing car stopped by the brake whose wheel speed stuck at its reversing speed is found so; the
    /// braking cue of <see cref="FrozenUnderBraking"/> lasted too little there (0.2 s from 5 km/h).
    /// </summary>
    public static bool FrozenAtRest(float runStartMps, float measuredMps, float toleranceMps, bool atRest) =>
        atRest && float.IsFinite(runStartMps) && float.IsFinite(measuredMps) && measuredMps > 0f
        && MathF.Abs(measuredMps - runStartMps) <= toleranceMps;

    /// <summary>
    /// The accelerometer reads a deceleration of at least <paramref name="minBrakeMps2"/> (the steepest grade's pull plus the
    /// sensor's offset plus a margin, the frozen wheel speed's braking cue): a car at rest reads only g·sin(grade) plus its
    /// offset, less than that, so this car is still moving. Non-finite values never are.
    /// </summary>
    public static bool DeceleratingBeyondGrade(float accelMps2, float minBrakeMps2) =>
        float.IsFinite(accelMps2) && float.IsFinite(minBrakeMps2) && accelMps2 <= -minBrakeMps2;
}
