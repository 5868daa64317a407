namespace AebController.Firmware.Perception;

/// <summary>
/// A live threat whose range, speed or acceleration a stand-in has put right (a held range, a frozen rate, a standing
/// world, a held lead deceleration) is judged again from its corrected kinematics, and never comes out milder than
/// the live judgement: a stand-in may only make a threat more urgent, so a suspect correction cannot weaken a
/// justified intervention.
/// </summary>
public static class ThreatRejudge
{
    /// <summary>
    /// <paramref name="corrected"/> with its TTC and needed deceleration judged again, each no milder than
    /// <paramref name="live"/>'s (TTC no longer, need no smaller).
    /// </summary>
    public static ThreatAssessment NoMilder(ThreatAssessment corrected, in ThreatAssessment live, float egoSpeedMps, float latencyS, float marginM)
    {
        float ttcS = ThreatMath.TimeToCollision(corrected.RangeM, egoSpeedMps, corrected.TargetSpeedMps, corrected.TargetAccelMps2);
        float needMps2 = ThreatMath.RequiredDeceleration(corrected.RangeM, egoSpeedMps, corrected.TargetSpeedMps, corrected.TargetAccelMps2, latencyS, marginM);
        corrected.TtcS = MathF.Min(ttcS, live.TtcS);
        corrected.RequiredDecelMps2 = MathF.Max(needMps2, live.RequiredDecelMps2);
        return corrected;
    }
}
