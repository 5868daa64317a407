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
    private float _envelopeM;
    private int _envelopeTrackId;

    /// <summary>A threat was seen and is being carried forward.</summary>
    public readonly bool HasThreat => _has && _threat.HasTarget;

    public void Reset()
    {
        _threat = ThreatAssessment.None;
        _has = false;
        _envelopeM = 0f;
        _envelopeTrackId = int.MinValue;
    }

    /// <summary>Inputs healthy: the live threat (or none) is the starting point of any later prediction.</summary>
    public void Observe(in ThreatAssessment live)
    {
        _threat = live;
        _has = true;
        _envelopeTrackId = int.MinValue;
    }

    /// <summary>
    /// Inputs healthy: the live threat is the starting point of any later prediction, its range taken
    /// as the nearest the sensor put the target lately. Each measurement is first brought to now (it was
    /// taken <paramref name="measurementAgeS"/> ago, and the gap has closed since); the carried range is
    /// the lower envelope of these, which rises back towards the live value at
    /// <paramref name="relaxMps"/>, so a low sample is forgotten after a few lists. A blind controller
    /// errs toward the nearer range: starting a prediction from one noisy far sample brakes late.
    /// </summary>
    public void Observe(in ThreatAssessment live, float measurementAgeS, float cycleS, float relaxMps)
    {
        _threat = live;
        _has = true;
        if (!live.HasTarget || !float.IsFinite(live.RangeM))
        {
            _envelopeTrackId = int.MinValue;
            return;
        }

        float closing = float.IsFinite(live.ClosingSpeedMps) ? live.ClosingSpeedMps : 0f;
        float age = float.IsFinite(measurementAgeS) ? Math.Clamp(measurementAgeS, 0f, 1f) : 0f;
        float nowRangeM = NearestRange(live.RangeM, closing, age, _envelopeTrackId == live.TrackId, _envelopeM, cycleS, relaxMps);
        _envelopeM = nowRangeM;
        _envelopeTrackId = live.TrackId;
        _threat.RangeM = nowRangeM;
    }

    /// <summary>
    /// The lower envelope of a measured range: the measurement (<paramref name="measuredM"/>, taken
    /// <paramref name="ageS"/> ago) brought to now by the closing speed, or the previous envelope
    /// advanced by one cycle of closing and raised by <paramref name="relaxMps"/>, whichever is nearer.
    /// Never negative.
    /// </summary>
    public static float NearestRange(float measuredM, float closingMps, float ageS, bool hasPrevious, float previousM, float cycleS, float relaxMps)
    {
        float now = measuredM - closingMps * ageS;
        if (hasPrevious && float.IsFinite(previousM))
        {
            now = MathF.Min(now, previousM - closingMps * cycleS + relaxMps * cycleS);
        }

        return MathF.Max(0f, now);
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
