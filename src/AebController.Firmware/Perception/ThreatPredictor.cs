namespace AebController.Firmware.Perception;

/// <summary>
/// Dead reckoning of the last threat seen with healthy inputs, for the time an input is faulted while
/// that threat stands (a warning or a brake is on). Facing a collision the safe state is braking, so a
/// fault must not make the threat vanish: the gap keeps closing by what the ego and the target travel,
/// the target keeps its acceleration until it stops (a target moving our way never reverses), and the
/// need is judged as for a live threat. Allocation-free, constant work per cycle.
/// </summary>
public struct ThreatPredictor
{
    private ThreatAssessment _threat;
    private bool _has;

    /// <summary>A threat was seen and is being carried forward.</summary>
    public readonly bool HasThreat => _has && _threat.HasTarget;

    public void Reset()
    {
        _threat = ThreatAssessment.None;
        _has = false;
    }

    /// <summary>Inputs healthy: the live threat (or none) is the starting point of any later prediction.</summary>
    public void Observe(in ThreatAssessment live)
    {
        _threat = live;
        _has = true;
    }

    /// <summary>Replaces the carried range (a range found stuck is replaced by what the last consistent list and the rate predict).</summary>
    public void CorrectRange(float rangeM)
    {
        if (HasThreat && float.IsFinite(rangeM)) _threat.RangeM = MathF.Max(0f, rangeM);
    }

    /// <summary>
    /// Advances the carried threat by one cycle of <paramref name="cycleS"/> with the ego at
    /// <paramref name="egoSpeedMps"/> (measured or estimated) and re-judges it with the given latency
    /// and margin. Returns None when nothing was carried.
    /// </summary>
    public ThreatAssessment Advance(float egoSpeedMps, float cycleS, float latencyS, float marginM)
    {
        if (!HasThreat) return ThreatAssessment.None;
        float ego = float.IsFinite(egoSpeedMps) ? MathF.Max(egoSpeedMps, 0f) : 0f;
        ref ThreatAssessment t = ref _threat;
        float vt = float.IsFinite(t.TargetSpeedMps) ? t.TargetSpeedMps : 0f;
        float at = float.IsFinite(t.TargetAccelMps2) ? t.TargetAccelMps2 : 0f;
        float vtNext = vt + at * cycleS;
        // A target moving our way slows to a stop and stays there; an oncoming one keeps its speed.
        if (vt >= 0f && vtNext < 0f) vtNext = 0f;
        if (vt < 0f) vtNext = vt;
        t.RangeM = MathF.Max(0f, t.RangeM + 0.5f * (vt + vtNext) * cycleS - ego * cycleS);
        t.TargetSpeedMps = vtNext;
        if (vtNext == 0f) t.TargetAccelMps2 = 0f;
        t.ClosingSpeedMps = ego - vtNext;
        t.TtcS = ThreatMath.TimeToCollision(t.RangeM, ego, vtNext, t.TargetAccelMps2);
        t.RequiredDecelMps2 = ThreatMath.RequiredDeceleration(t.RangeM, ego, vtNext, t.TargetAccelMps2, latencyS, marginM);
        return t;
    }
}
