namespace AebController.Firmware.Perception;

/// <summary>
/// The ego speed the functions use: the wheel speed while it is trusted; while it is faulted, the last
/// trusted speed carried on by the IMU's longitudinal acceleration, or (IMU faulted too) by the
/// deceleration a healthy actuator gives for the requests sent, limited by the friction estimate.
/// Never negative; direction follows the gear as for the wheel speed. A car that a function holds at
/// standstill with more brake than the accelerometer says pulls it (grade and sensor offset) stays at
/// rest: the estimate is 0 then, instead of integrating the accelerometer's offset into a speed.
/// The brakes never speed a car up: while they press harder than the steepest grade can pull
/// (<see cref="SpeedPlausibility.BrakedBeyondGrade"/>), an accelerometer reading of speeding up along the travel (the
/// rebound as a reversing car stops and the travel's sign flips, an offset) is not integrated; and a car whose
/// accelerometer reads no deceleration within its offset under such a brake for the confirmation time is at rest
/// (<see cref="SpeedPlausibility.AtRestUnderBrake"/>): a moving car would decelerate.
/// </summary>
public struct EgoSpeedEstimator
{
    private float _speedMps;
    private int _restCycles;

    public readonly float SpeedMps => _speedMps;

    public void Reset()
    {
        _speedMps = 0f;
        _restCycles = 0;
    }

    /// <summary>Restarts the estimate from a speed found otherwise (a wheel speed found frozen: the speed carried since it froze).</summary>
    public void Reanchor(float speedMps)
    {
        if (float.IsFinite(speedMps)) _speedMps = MathF.Max(0f, speedMps);
    }

    /// <param name="wheelSpeedMps">Measured speed, used when <paramref name="wheelSpeedOk"/>.</param>
    /// <param name="accelMps2">IMU longitudinal acceleration along the travel, used when <paramref name="imuOk"/>.</param>
    /// <param name="expectedBrakeMps2">Deceleration a healthy actuator gives for the requests sent.</param>
    /// <param name="maxBrakeMps2">Most the road can give (friction estimate × g): the model never slows the estimate faster.</param>
    /// <param name="holdBrakeMps2">Brake a function asked last cycle to hold the car at standstill; 0 when nothing holds it.</param>
    /// <param name="appliedBrakeMps2">Brake pressing now (the actuator model, confirmed by the feedback where it is healthy).</param>
    /// <param name="minBrakeMps2">A brake beyond the steepest grade's pull plus the accelerometer's offset.</param>
    /// <param name="accelOffsetMps2">The accelerometer's offset: a reading within it is no deceleration.</param>
    /// <param name="restCycles">Cycles at rest under such a brake that confirm the car stands.</param>
    public float Update(bool wheelSpeedOk, float wheelSpeedMps, bool imuOk, float accelMps2, float expectedBrakeMps2, float maxBrakeMps2, float cycleS,
        float holdBrakeMps2 = 0f, float appliedBrakeMps2 = 0f, float minBrakeMps2 = float.PositiveInfinity, float accelOffsetMps2 = 0f,
        int restCycles = int.MaxValue)
    {
        bool imuUsable = imuOk && float.IsFinite(accelMps2);
        bool braked = SpeedPlausibility.BrakedBeyondGrade(appliedBrakeMps2, minBrakeMps2);
        _restCycles = Functions.Saturating.Count(_restCycles, imuUsable && SpeedPlausibility.AtRestUnderBrake(appliedBrakeMps2, accelMps2, minBrakeMps2, accelOffsetMps2));
        if (wheelSpeedOk && float.IsFinite(wheelSpeedMps))
        {
            _speedMps = MathF.Max(0f, wheelSpeedMps);
            return _speedMps;
        }

        if (_restCycles >= Math.Max(restCycles, 1))
        {
            // Braked beyond any grade and not decelerating: standing still.
            _speedMps = 0f;
            return _speedMps;
        }

        if (HeldAtRest(holdBrakeMps2, imuOk && float.IsFinite(accelMps2) ? accelMps2 : 0f))
        {
            // Zero-velocity update: at rest under a hold the accelerometer reads only grade and offset.
            _speedMps = 0f;
            return _speedMps;
        }

        float accel = imuUsable
            ? (braked ? MathF.Min(accelMps2, 0f) : accelMps2)
            : -Math.Clamp(float.IsFinite(expectedBrakeMps2) ? expectedBrakeMps2 : 0f, 0f, float.IsFinite(maxBrakeMps2) ? MathF.Max(maxBrakeMps2, 0f) : 0f);
        _speedMps = MathF.Max(0f, _speedMps + accel * cycleS);
        return _speedMps;
    }

    /// <summary>
    /// A car held at standstill cannot move while the hold's brake exceeds what pulls it: on a grade the
    /// accelerometer at rest reads g·sin(grade) plus its offset, exactly the pull the brake must beat.
    /// </summary>
    public static bool HeldAtRest(float holdBrakeMps2, float accelAtRestMps2) =>
        float.IsFinite(holdBrakeMps2) && holdBrakeMps2 > 0f && float.IsFinite(accelAtRestMps2) && MathF.Abs(accelAtRestMps2) < holdBrakeMps2;
}
