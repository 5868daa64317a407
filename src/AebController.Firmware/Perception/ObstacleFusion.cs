namespace AebController.Firmware.Perception;

/// <summary>Combines the nearest ultrasonic obstacle (taken as stationary) with a radar threat: the more critical wins.</summary>
public static class ObstacleFusion
{
    /// <param name="echoWitnessMps">
    /// A second measure of the car's speed toward the echo's obstacle (<see cref="ClosingWitness"/>), NaN when none: the echo
    /// is judged at the faster of it and <paramref name="egoSpeedMps"/>, never slower.
    /// </param>
    public static ThreatAssessment Fuse(in UltrasonicObstacle ultrasonic, in ThreatAssessment radar, float radarRangeM,
        float egoSpeedMps, float latencyS, float marginM, float echoWitnessMps = float.NaN)
    {
        var result = radar.HasTarget && radar.RangeM <= radarRangeM ? radar : ThreatAssessment.None;
        if (result.HasTarget)
        {
            result.RequiredDecelMps2 = Required(result, egoSpeedMps, latencyS, marginM);
        }

        if (!ultrasonic.Present) return result;

        // The echo's distance brought to now by the car's travel since it was measured (UltrasonicObstacle.DistanceNowM).
        float echoSpeedMps = echoWitnessMps > egoSpeedMps ? echoWitnessMps : egoSpeedMps;
        float distanceM = ultrasonic.DistanceNowM(echoSpeedMps);
        var echo = new ThreatAssessment
        {
            HasTarget = true,
            TrackId = -1 - ultrasonic.Sensor,
            RangeM = distanceM,
            ClosingSpeedMps = echoSpeedMps,
            TargetSpeedMps = 0f,
            TtcS = echoSpeedMps > 0.01f ? distanceM / echoSpeedMps : float.PositiveInfinity,
        };
        echo.RequiredDecelMps2 = Required(echo, echoSpeedMps, latencyS, marginM);
        return MoreCritical(result, echo);
    }

    /// <summary>
    /// The more critical of two views of the obstacles: the one needing more deceleration, at a tie the nearer; a view
    /// with no target never wins over one with a target.
    /// </summary>
    public static ThreatAssessment MoreCritical(in ThreatAssessment a, in ThreatAssessment b)
    {
        if (!b.HasTarget) return a;
        bool bWins = !a.HasTarget || b.RequiredDecelMps2 > a.RequiredDecelMps2
            || (b.RequiredDecelMps2 == a.RequiredDecelMps2 && b.RangeM < a.RangeM);
        return bWins ? b : a;
    }

    /// <summary>Required deceleration of a threat re-judged with another latency and margin.</summary>
    public static float Required(in ThreatAssessment threat, float egoSpeedMps, float latencyS, float marginM) =>
        threat.HasTarget
            ? ThreatMath.RequiredDeceleration(threat.RangeM, egoSpeedMps, threat.TargetSpeedMps, threat.TargetAccelMps2, latencyS, marginM)
            : 0f;
}
