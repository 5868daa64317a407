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
    private float _jerkMps3;
    private float _lastAccelMps2;
    private int _jerkTrackId;
    private bool _blindStarted;
    private float _measurementAgeS;
    private float _blindJerkMps3;
    private float _blindFloorMps2;

    /// <summary>The target's jerk as last estimated from its acceleration (m/s³; 0 when none).</summary>
    public readonly float JerkMps3 => _jerkMps3;

    /// <summary>The threat as last observed, or as carried to now while blind (None before any).</summary>
    public readonly ThreatAssessment Carried => _threat;

    /// <summary>A threat was seen and is being carried forward.</summary>
    public readonly bool HasThreat => _has && _threat.HasTarget;

    public void Reset()
    {
        _threat = ThreatAssessment.None;
        _has = false;
        _envelopeM = 0f;
        _envelopeTrackId = int.MinValue;
        _jerkMps3 = 0f;
        _lastAccelMps2 = 0f;
        _jerkTrackId = int.MinValue;
        _blindStarted = false;
        _measurementAgeS = 0f;
        _blindJerkMps3 = 0f;
        _blindFloorMps2 = 0f;
    }

    /// <summary>Inputs healthy: the live threat (or none) is the starting point of any later prediction.</summary>
    public void Observe(in ThreatAssessment live)
    {
        _threat = live;
        _has = true;
        _blindStarted = false;
        _envelopeTrackId = int.MinValue;
        _measurementAgeS = 0f;
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
        _blindStarted = false;
        if (!live.HasTarget || !float.IsFinite(live.RangeM))
        {
            _envelopeTrackId = int.MinValue;
            return;
        }

        float closing = float.IsFinite(live.ClosingSpeedMps) ? live.ClosingSpeedMps : 0f;
        float age = float.IsFinite(measurementAgeS) ? Math.Clamp(measurementAgeS, 0f, 1f) : 0f;
        _measurementAgeS = age;
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

    /// <summary>
    /// Inputs healthy: follows the rate at which the live threat's acceleration changes (a first-order filter of
    /// time constant <paramref name="timeConstantS"/> over the cycle-to-cycle slope), so that a blind prediction
    /// can start from where a building deceleration is now rather than where the tracker's estimate trails it.
    /// A new track, or none, starts again from 0.
    /// </summary>
    public void ObserveJerk(in ThreatAssessment live, float cycleS, float timeConstantS)
    {
        if (!live.HasTarget || !float.IsFinite(live.TargetAccelMps2) || !(cycleS > 0f))
        {
            _jerkTrackId = int.MinValue;
            _jerkMps3 = 0f;
            return;
        }

        if (_jerkTrackId == live.TrackId)
        {
            float slope = (live.TargetAccelMps2 - _lastAccelMps2) / cycleS;
            float gain = timeConstantS > cycleS ? cycleS / timeConstantS : 1f;
            _jerkMps3 += (slope - _jerkMps3) * gain;
            if (!float.IsFinite(_jerkMps3)) _jerkMps3 = 0f;
        }
        else
        {
            _jerkMps3 = 0f;
        }

        _jerkTrackId = live.TrackId;
        _lastAccelMps2 = live.TargetAccelMps2;
    }

    /// <summary>
    /// The acceleration a blind prediction starts from: a target that is braking (below
    /// <paramref name="brakingBelowMps2"/>) while its deceleration still builds (<paramref name="jerkMps3"/> &lt; 0)
    /// is taken where the estimate will be <paramref name="lagS"/> later (the tracker's and the list's lag), never
    /// harder than <paramref name="maxDecelMps2"/>; otherwise the estimate as it is. Never less braking than measured.
    /// </summary>
    public static float BlindStartAccel(float accelMps2, float jerkMps3, float lagS, float brakingBelowMps2, float maxDecelMps2)
    {
        if (!float.IsFinite(accelMps2)) return 0f;
        if (!float.IsFinite(jerkMps3) || jerkMps3 >= 0f || accelMps2 >= brakingBelowMps2 || !(lagS > 0f)) return accelMps2;
        float floor = -MathF.Abs(float.IsFinite(maxDecelMps2) ? maxDecelMps2 : 0f);
        return MathF.Min(accelMps2, MathF.Max(floor, accelMps2 + jerkMps3 * lagS));
    }

    /// <summary>
    /// The speed a blind prediction starts a braking target from: the list's speed was measured
    /// <paramref name="ageS"/> ago (latency, the list period, and however long a list stayed stale before the fault was
    /// found) and the target has kept braking since, so a target braking below <paramref name="brakingBelowMps2"/> and
    /// moving our way starts at <paramref name="speedMps"/> + <paramref name="accelMps2"/> × age (at most 1 s), never
    /// below standstill, as its range is brought to now by the gap closed since; otherwise the speed as it is. Never
    /// faster than measured (never less critical).
    /// </summary>
    public static float BlindStartSpeed(float speedMps, float accelMps2, float ageS, float brakingBelowMps2)
    {
        if (!float.IsFinite(speedMps) || !float.IsFinite(accelMps2) || !(speedMps > 0f)) return speedMps;
        if (accelMps2 >= brakingBelowMps2 || !(ageS > 0f)) return speedMps;
        return MathF.Max(0f, speedMps + accelMps2 * MathF.Min(ageS, 1f));
    }

    /// <summary>
    /// Called once when the prediction goes blind: the carried target acceleration becomes
    /// <see cref="BlindStartAccel"/> of the last one seen, its speed <see cref="BlindStartSpeed"/> of the last seen over
    /// the last list's age (brought on by the acceleration the tracker measured, not the extrapolated one: the smaller
    /// correction). Without it a lead braking at 6 m/s² was carried 0.2–0.5 m/s too fast (30–80 ms × 6 m/s²) and full
    /// braking came 0.3 s after the fault-free run's (ccrb-12m-6, an IMU or wheel-speed dropout at the warning; with
    /// it 3.02 s against 2.97 s).
    /// </summary>
    public void StartBlind(float lagS, float brakingBelowMps2, float maxDecelMps2)
    {
        if (_blindStarted || !HasThreat) return;
        _blindStarted = true;
        float measuredAccel = _threat.TargetAccelMps2;
        _threat.TargetAccelMps2 = BlindStartAccel(measuredAccel, _jerkMps3, lagS, brakingBelowMps2, maxDecelMps2);
        _threat.TargetSpeedMps = BlindStartSpeed(_threat.TargetSpeedMps, measuredAccel, _measurementAgeS, brakingBelowMps2);
        bool building = float.IsFinite(_jerkMps3) && _jerkMps3 < 0f && float.IsFinite(measuredAccel) && measuredAccel < brakingBelowMps2;
        _blindJerkMps3 = building ? _jerkMps3 : 0f;
        _blindFloorMps2 = -MathF.Abs(float.IsFinite(maxDecelMps2) ? maxDecelMps2 : 0f);
    }

    /// <summary>
    /// The carried acceleration of a braking target one cycle on: a deceleration that was still building when the prediction
    /// went blind (<paramref name="jerkMps3"/> &lt; 0) goes on building at that rate, never beyond <paramref name="floorMps2"/>
    /// (what the road gives); otherwise it is kept. Never less braking than carried.
    /// </summary>
    public static float BlindAccelNext(float accelMps2, float jerkMps3, float floorMps2, float cycleS)
    {
        if (!float.IsFinite(accelMps2)) return 0f;
        if (!float.IsFinite(jerkMps3) || jerkMps3 >= 0f || !(cycleS > 0f) || accelMps2 <= floorMps2) return accelMps2;
        return MathF.Max(floorMps2, accelMps2 + jerkMps3 * cycleS);
    }

    /// <summary>
    /// Inputs healthy, but this cycle's list does not hold the threat the function still warns or brakes for (a track
    /// missed for a list or two, a camera frame that did not confirm it): the threat is dead-reckoned through the gap
    /// instead of being forgotten, so an input fault that strikes inside the gap carries the threat that stands, not
    /// nothing. The function itself still sees no live target and lets go after its threat-lost time as before.
    /// </summary>
    public void Bridge(float egoSpeedMps, float cycleS, float latencyS, float marginM)
    {
        if (!HasThreat) return;
        Advance(egoSpeedMps, cycleS, latencyS, marginM);
        _envelopeM = _threat.RangeM;
    }

    /// <summary>Replaces the carried range (a range found stuck is replaced by what the last consistent list and the rate predict).</summary>
    public void CorrectRange(float rangeM)
    {
        if (HasThreat && float.IsFinite(rangeM)) _threat.RangeM = MathF.Max(0f, rangeM);
    }

    /// <summary>
    /// The carried threat closes <paramref name="extraClosingMps"/> faster (its ranges closed that much faster than its rate
    /// said): the target slower by as much, a target moving our way never below standing. Only ever more closing; the
    /// next <see cref="Advance"/> re-judges the need.
    /// </summary>
    public void CorrectClosing(float extraClosingMps)
    {
        if (!HasThreat || !(extraClosingMps > 0f) || !float.IsFinite(extraClosingMps) || !float.IsFinite(_threat.TargetSpeedMps)) return;
        float vt = _threat.TargetSpeedMps;
        float slower = vt >= 0f ? MathF.Max(vt - extraClosingMps, 0f) : vt - extraClosingMps;
        _threat.ClosingSpeedMps += vt - slower;
        _threat.TargetSpeedMps = slower;
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
        if (_blindStarted) t.TargetAccelMps2 = at = BlindAccelNext(at, _blindJerkMps3, _blindFloorMps2, cycleS);
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
