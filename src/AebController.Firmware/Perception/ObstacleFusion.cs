namespace AebController.Firmware.Perception;

/// <summary>Combines the nearest ultrasonic obstacle (taken as stationary) with a radar threat: the more critical wins.</summary>
public static class ObstacleFusion
{
    public static ThreatAssessment Fuse(in UltrasonicObstacle ultrasonic, in ThreatAssessment radar, float radarRangeM,
        float egoSpeedMps, float latencyS, float marginM)
    {
        var result = radar.HasTarget && radar.RangeM <= radarRangeM ? radar : ThreatAssessment.None;
        if (result.HasTarget)
        {
            result.RequiredDecelMps2 = Required(result, egoSpeedMps, latencyS, marginM);
        }

        if (!ultrasonic.Present) return result;

        var echo = new ThreatAssessment
        {
            HasTarget = true,
            TrackId = -1 - ultrasonic.Sensor,
            RangeM = ultrasonic.DistanceM,
            ClosingSpeedMps = egoSpeedMps,
            TargetSpeedMps = 0f,
            TtcS = egoSpeedMps > 0.01f ? ultrasonic.DistanceM / egoSpeedMps : float.PositiveInfinity,
        };
        echo.RequiredDecelMps2 = Required(echo, egoSpeedMps, latencyS, marginM);
        bool echoWins = !result.HasTarget || echo.RequiredDecelMps2 > result.RequiredDecelMps2
            || (echo.RequiredDecelMps2 == result.RequiredDecelMps2 && echo.RangeM < result.RangeM);
        return echoWins ? echo : result;
    }

    /// <summary>Required deceleration of a threat re-judged with another latency and margin.</summary>
    public static float Required(in ThreatAssessment threat, float egoSpeedMps, float latencyS, float marginM) =>
        threat.HasTarget
            ? ThreatMath.RequiredDeceleration(threat.RangeM, egoSpeedMps, threat.TargetSpeedMps, threat.TargetAccelMps2, latencyS, marginM)
            : 0f;
}
