namespace AebController.Firmware.Perception;

/// <summary>
/// Whether the in-path echo belongs to something that stands, by the ultrasonics alone: its distance has closed by the
/// car's own travel (within a tolerance) over at least a given travel. A standing obstacle's distance shrinks by exactly
/// the car's travel; a car creeping ahead at half our speed closes half as fast and is told apart once the car has
/// travelled twice the tolerance. It is the evidence that lets the echo contradict a radar that says the obstacle moves
/// away, reads it farther, or drops it (aeb faults, lsf-wall-6). A distance off the dead reckoning by more than the
/// tolerance (another object, a neighbour's cross-talk) or no echo starts the evidence again; the nearest echo may pass
/// from one centre sensor to the other on a wall, so a change of sensor alone does not. Allocation-free, constant work per cycle.
/// </summary>
public struct EchoStandingCheck
{
    private float _referenceM;
    private float _travelM;
    private long _lastAgeUs;
    private int _measurements;

    /// <summary>The echo has closed at the car's speed over at least the standing travel and measurements.</summary>
    public bool Stands { get; private set; }

    public void Reset()
    {
        _referenceM = float.NaN;
        _travelM = 0f;
        _lastAgeUs = long.MaxValue;
        _measurements = 0;
        Stands = false;
    }

    /// <summary>
    /// Feeds this cycle's in-path echo. <paramref name="towardMps"/>: the car's speed toward the bumper's side (0 when
    /// driving the other way or unknown). Judged at each new measurement of the echo; <paramref name="standingMeasurements"/>
    /// counts the first one. Returns <see cref="Stands"/>.
    /// </summary>
    public bool Update(in UltrasonicObstacle echo, float towardMps, float cycleS, float standingTravelM, float toleranceM,
        int standingMeasurements)
    {
        float speedMps = float.IsFinite(towardMps) ? MathF.Max(0f, towardMps) : 0f;
        if (!echo.Present || !float.IsFinite(echo.DistanceM) || float.IsNaN(_referenceM))
        {
            Start(echo, speedMps);
            return Stands;
        }

        _travelM += speedMps * cycleS;
        bool newMeasurement = echo.AgeUs < _lastAgeUs;
        _lastAgeUs = echo.AgeUs;
        if (!newMeasurement) return Stands;

        // Where a standing obstacle would be now: the reference less the travel since it was measured, at this echo's age.
        float expectedM = _referenceM - (_travelM - speedMps * MathF.Max(0L, echo.AgeUs) * 1e-6f);
        if (MathF.Abs(echo.DistanceM - expectedM) > toleranceM)
        {
            Start(echo, speedMps);
            return Stands;
        }

        _measurements = Math.Min(_measurements + 1, 1000);
        // Both: a travel long enough to tell a creeping car from a wall, and more measurements than a ghost lasts (the
        // campaign's burst is two samples; at 12 km/h two 96 ms measurements already span 0.32 m).
        Stands = _travelM >= standingTravelM && _measurements >= standingMeasurements;
        return Stands;
    }

    private void Start(in UltrasonicObstacle echo, float speedMps)
    {
        Stands = false;
        if (!echo.Present || !float.IsFinite(echo.DistanceM))
        {
            _referenceM = float.NaN;
            _lastAgeUs = long.MaxValue;
            _measurements = 0;
            return;
        }

        // The reference is the echo as measured; the travel counts from the moment it was measured (its age).
        _referenceM = echo.DistanceM;
        _travelM = speedMps * MathF.Max(0L, echo.AgeUs) * 1e-6f;
        _lastAgeUs = echo.AgeUs;
        _measurements = 1;
    }
}
