namespace AebController.Firmware.Perception;

/// <summary>
/// Forward AEB's standing threat measured by two sensors: where the front ultrasonics' in-path echo is nearer than the
/// radar's range to a threat that stands, the threat is judged at the echo's range. An ultrasonic sensor measures a
/// standing obstacle's distance to the centimetre up to 2.5 m; the radar's range can be biased or stuck without any
/// check seeing it within a few lists (aeb faults, lsf-wall-6: a radar reading the wall 0.5 m far kept forward AEB at its
/// warning 0.3 s past the fault-free run's braking). Only the range is taken, never the echo's "standing" speed: the
/// threat's own speed decides that it stands, so a slow lead car in creeping traffic is not made a wall. Only ever nearer:
/// an echo can make a standing threat more critical, never less.
/// </summary>
public static class StandingEchoRange
{
    /// <summary>
    /// The echo is present, nearer than the threat, and the threat stands: its speed within
    /// <paramref name="standingWindowMps"/> (the camera's standing window at this ego speed,
    /// <see cref="RadarThreatAssessor.StandingWindowMps"/>).
    /// </summary>
    public static bool Applies(in UltrasonicObstacle echo, in ThreatAssessment radar, float standingWindowMps, float windowM) =>
        echo.Present && radar.HasTarget && echo.DistanceM >= 0f && echo.DistanceM < radar.RangeM && radar.RangeM - echo.DistanceM <= windowM
        && MathF.Abs(radar.TargetSpeedMps) <= standingWindowMps;

    /// <summary>The threat at the echo's range where <see cref="Applies"/>, its need and TTC re-judged; otherwise as it was.</summary>
    public static ThreatAssessment Nearer(in UltrasonicObstacle echo, in ThreatAssessment radar, float egoSpeedMps,
        float latencyS, float marginM, float standingWindowMps, float windowM)
    {
        if (!Applies(echo, radar, standingWindowMps, windowM)) return radar;
        var t = radar;
        t.RangeM = echo.DistanceM;
        t.TtcS = t.ClosingSpeedMps > 0.01f ? t.RangeM / t.ClosingSpeedMps : float.PositiveInfinity;
        t.RequiredDecelMps2 = ThreatMath.RequiredDeceleration(t.RangeM, egoSpeedMps, t.TargetSpeedMps, t.TargetAccelMps2, latencyS, marginM);
        return t;
    }
}
