namespace AebController.Firmware.Perception;

/// <summary>
/// The car's acceleration along the road from the wheel speed: the slope of the healthy wheel speed over a window of
/// cycles. An accelerometer measures specific force (the acceleration plus g·sin(grade) plus its offset), so on a grade
/// or with an offset it is not the acceleration the threat needs (a target's acceleration is the ego's plus the radar's
/// relative one); the wheel speed's slope is, with a lag of half the window and the bus quantisation over the window as
/// noise. Neither alone may weaken a threat: <see cref="ForThreat"/> takes the more critical (lower) of the two, so an
/// accelerometer stuck at cruise or reading high no longer makes a lead seem to pull away while the car brakes.
/// Allocation-free after construction; O(1) per cycle.
/// </summary>
public sealed class WheelAcceleration
{
    private readonly float[] _speeds;
    private int _head;
    private int _count;

    /// <param name="windowCycles">Cycles between the two speeds whose difference gives the slope (at least 1).</param>
    public WheelAcceleration(int windowCycles)
    {
        _speeds = new float[Math.Max(1, windowCycles) + 1];
    }

    public void Reset()
    {
        _head = 0;
        _count = 0;
    }

    /// <summary>
    /// Feeds this cycle's wheel speed; returns the slope over the window, or NaN while the window does not hold only
    /// usable samples (the wheel speed unhealthy, not finite, or below <paramref name="minSpeedMps"/>, where a wheel
    /// speed sensor reads 0 while the car still rolls).
    /// </summary>
    public float Update(bool usable, float speedMps, float minSpeedMps, float cycleS)
    {
        if (!usable || !float.IsFinite(speedMps) || speedMps < minSpeedMps || !(cycleS > 0f))
        {
            _count = 0;
            return float.NaN;
        }

        _speeds[_head] = speedMps;
        _head = _head + 1 == _speeds.Length ? 0 : _head + 1;
        if (_count < _speeds.Length) _count++;
        if (_count < _speeds.Length) return float.NaN;
        // Full: the slot after the newest is the oldest.
        return (speedMps - _speeds[_head]) / ((_speeds.Length - 1) * cycleS);
    }

    /// <summary>
    /// The ego acceleration a threat is judged with: the lower (more critical: a target seems to brake harder, never to
    /// pull away) of the accelerometer and the wheel speed's slope where both are usable, else the one that is, else 0.
    /// </summary>
    public static float ForThreat(bool imuOk, float imuAccelMps2, float wheelAccelMps2)
    {
        bool imu = imuOk && float.IsFinite(imuAccelMps2);
        bool wheel = float.IsFinite(wheelAccelMps2);
        if (imu && wheel) return MathF.Min(imuAccelMps2, wheelAccelMps2);
        if (imu) return imuAccelMps2;
        return wheel ? wheelAccelMps2 : 0f;
    }
}
