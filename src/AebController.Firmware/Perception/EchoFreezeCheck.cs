namespace AebController.Firmware.Perception;

/// <summary>
/// A frozen bumper: the in-path echo re-measured, several times in a row, at exactly the distance it had while the car
/// travelled toward a road user
/// the radar sees standing. A standing obstacle's distance shrinks by the car's travel; a sensor measures every 67 ms to
/// about 1 in (2.5 cm, sensors.md U7), so once the car has travelled several such steps since an echo was measured, a new
/// measurement at the very same distance is a stale value arriving fresh, not a measurement. An object pacing the car reads
/// the same, which is why the bumper's radar must see the road user standing (then nothing can pace the car in between
/// without hiding it). Latched: a frozen sensor stays suspect for the rest of the drive. While latched,
/// <see cref="DeadReckonedM"/> is the last measured distance brought on by the travel since it was measured.
/// Allocation-free, constant work per cycle.
/// </summary>
public struct EchoFreezeCheck
{
    private int _sensor;
    private float _distanceM;
    private long _lastAgeUs;
    private float _travelM;
    private int _repeats;

    /// <summary>The bumper has been found frozen (latched until <see cref="Reset"/>).</summary>
    public bool Frozen { get; private set; }

    /// <summary>The last distance the bumper truly measured, less the car's travel since (never below 0).</summary>
    public readonly float DeadReckonedM => MathF.Max(0f, _distanceM - _travelM);

    public void Reset()
    {
        _sensor = -1;
        _distanceM = float.PositiveInfinity;
        _lastAgeUs = long.MaxValue;
        _travelM = 0f;
        _repeats = 0;
        Frozen = false;
    }

    /// <summary>
    /// Feeds this cycle's in-path echo. <paramref name="towardMps"/>: the car's speed toward the bumper's side (0 when
    /// driving the other way or unknown); <paramref name="radarSeesStanding"/>: the bumper's radar has a threat in the path
    /// that stands. Returns <see cref="Frozen"/>.
    /// </summary>
    public bool Update(in UltrasonicObstacle echo, float towardMps, float cycleS, bool radarSeesStanding, float frozenTravelM,
        int frozenMeasurements)
    {
        if (Frozen)
        {
            _travelM += MathF.Max(0f, towardMps) * cycleS;
            return true;
        }

        if (!echo.Present || !float.IsFinite(echo.DistanceM))
        {
            _sensor = -1;
            _lastAgeUs = long.MaxValue;
            return false;
        }

        // A smaller age than last cycle: the sensor measured again.
        bool newMeasurement = echo.AgeUs < _lastAgeUs;
        _lastAgeUs = echo.AgeUs;
        if (echo.Sensor != _sensor || echo.DistanceM != _distanceM)
        {
            // A distance of its own: the reference, with the travel since it was measured (its age).
            _sensor = echo.Sensor;
            _distanceM = echo.DistanceM;
            _travelM = MathF.Max(0f, towardMps) * MathF.Max(0L, echo.AgeUs) * 1e-6f;
            _repeats = 0;
            return false;
        }

        _travelM += MathF.Max(0f, towardMps) * cycleS;
        if (newMeasurement) _repeats = Math.Min(_repeats + 1, 1000);
        // A late stream (an echo 0.1 s old stamped fresh) also shows one old value at a new measurement, but it changes
        // before the next one; only a frozen sensor repeats it over frozenMeasurements measurements in a row.
        Frozen = newMeasurement && _repeats >= frozenMeasurements && radarSeesStanding && _travelM >= frozenTravelM;
        return Frozen;
    }
}
