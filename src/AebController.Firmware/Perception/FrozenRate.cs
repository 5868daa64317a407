using AebController.Firmware.Signals;

namespace AebController.Firmware.Perception;

/// <summary>
/// A threat track whose range rate has not changed by a single bit over <c>frozenRateLists</c> lists while its own
/// relative acceleration, integrated over them, says it must have changed by more than <c>frozenRateChangeMps</c> is
/// judged at the rate dead-reckoned from the frozen value by that acceleration, where that closes faster. Why: the need
/// takes the closing speed from the rate, and a rate field that sticks (its last value arriving fresh in every list)
/// under a lead braking at 6 m/s² read 1.2 m/s closing where the truth was 3.7 m/s 0.4 s later; full braking came 0.3 s
/// after the fault-free run (ccrb-12m-6, rate stuck at the warning or while cruising), and no range-rate check can find
/// it sooner than 0.8 s. A measured rate carries noise (0.12 m/s) and, on a bus, a quantum (0.25 m/s on an ARS 408):
/// it repeats exactly only when the target's speed does not change, or while the tracker predicts a track it did not
/// measure at constant velocity (coasting, a few lists). Either way the acceleration the same track reports says how much
/// the rate should have moved; over the tolerance (two quanta, four σ of the noise) the repeat is a frozen field, and
/// the acceleration is the best estimate left of how the rate went on. Only ever more critical than the live threat
/// (a rate dead-reckoned towards opening changes nothing); the range-rate checks still judge the rate as reported.
/// Allocation-free, constant work per list (one pass over the list to find the track).
/// </summary>
public struct FrozenRate
{
    private int _trackId;
    private bool _has;
    private long _lastMeasuredUs;
    private float _lastRateMps;
    private float _lastAccelMps2;
    private int _sameLists;
    private float _integratedMps;

    /// <summary>The rate change the track's acceleration integrates to since its rate last changed (m/s; negative: closing faster).</summary>
    public readonly float IntegratedMps => _integratedMps;

    /// <summary>Lists in a row that gave the track's rate the same value (1: it changed in the last list).</summary>
    public readonly int SameLists => _sameLists;

    public void Reset()
    {
        _trackId = int.MinValue;
        _has = false;
        _lastMeasuredUs = long.MinValue;
        _lastRateMps = float.NaN;
        _lastAccelMps2 = 0f;
        _sameLists = 0;
        _integratedMps = 0f;
    }

    /// <summary>
    /// Feeds the list in hand (every cycle; a new measurement time is a new list) for track <paramref name="trackId"/>: the
    /// rate repeated, or not, and the acceleration integrated over the interval (the mean of its two ends).
    /// </summary>
    public void Observe(ref RadarObjectList list, int trackId, long measuredUs)
    {
        if (!TryFind(ref list, trackId, out float rateMps, out float accelMps2))
        {
            Reset();
            return;
        }

        if (!_has || trackId != _trackId)
        {
            Reset();
            Start(trackId, measuredUs, rateMps, accelMps2);
            return;
        }

        if (measuredUs == _lastMeasuredUs) return;
        float dtS = (measuredUs - _lastMeasuredUs) * 1e-6f;
        // A list from the past, or one after a gap longer than a second, starts again.
        if (!(dtS > 0f) || dtS > 1f)
        {
            Start(trackId, measuredUs, rateMps, accelMps2);
            return;
        }

        if (rateMps == _lastRateMps)
        {
            _sameLists = Functions.Saturating.Count(_sameLists, true);
            _integratedMps += 0.5f * (_lastAccelMps2 + accelMps2) * dtS;
        }
        else
        {
            _sameLists = 1;
            _integratedMps = 0f;
        }

        _lastRateMps = rateMps;
        _lastAccelMps2 = accelMps2;
        _lastMeasuredUs = measuredUs;
    }

    /// <summary>
    /// The live threat judged at the dead-reckoned rate where the rate is frozen (<paramref name="minLists"/> lists of one
    /// value, the acceleration integrating to more than <paramref name="changeMps"/>) and that closes faster; otherwise as
    /// it was. Need and TTC re-judged, never less critical.
    /// </summary>
    public readonly ThreatAssessment Judge(in ThreatAssessment live, int minLists, float changeMps, float listAgeS, float egoSpeedMps,
        float latencyS, float marginM)
    {
        if (!Frozen(minLists, changeMps) || !live.HasTarget || live.TrackId != _trackId || !(_integratedMps < 0f)) return live;
        return Closer(live, _integratedMps, listAgeS, egoSpeedMps, latencyS, marginM);
    }

    /// <summary>Whether the track's rate reads frozen: one value in <paramref name="minLists"/> lists, the acceleration beyond <paramref name="changeMps"/>.</summary>
    public readonly bool Frozen(int minLists, float changeMps) =>
        _has && minLists >= 2 && _sameLists >= minLists && MathF.Abs(_integratedMps) > changeMps;

    /// <summary>
    /// The threat with its relative velocity lowered by <paramref name="deltaMps"/> (negative: closing faster): the target's
    /// speed by as much, its range brought to now at the faster closing, need and TTC re-judged, never less critical.
    /// </summary>
    public static ThreatAssessment Closer(in ThreatAssessment live, float deltaMps, float listAgeS, float egoSpeedMps, float latencyS, float marginM)
    {
        if (!(deltaMps < 0f) || !float.IsFinite(deltaMps)) return live;
        float ageS = float.IsFinite(listAgeS) ? Math.Clamp(listAgeS, 0f, 1f) : 0f;
        var t = live;
        t.TargetSpeedMps = live.TargetSpeedMps + deltaMps;
        t.ClosingSpeedMps = live.ClosingSpeedMps - deltaMps;
        t.RangeM = MathF.Max(MathF.Min(live.RangeM + deltaMps * ageS, live.RangeM), 0.01f);
        return ThreatRejudge.NoMilder(t, live, egoSpeedMps, latencyS, marginM);
    }

    private void Start(int trackId, long measuredUs, float rateMps, float accelMps2)
    {
        _trackId = trackId;
        _has = true;
        _lastMeasuredUs = measuredUs;
        _lastRateMps = rateMps;
        _lastAccelMps2 = accelMps2;
        _sameLists = 1;
        _integratedMps = 0f;
    }

    private static bool TryFind(ref RadarObjectList list, int trackId, out float rateMps, out float accelMps2)
    {
        rateMps = float.NaN;
        accelMps2 = float.NaN;
        if (trackId < 0) return false;
        int count = Math.Min(list.Count, RadarTrackBuffer.Capacity);
        for (int i = 0; i < count; i++)
        {
            ref readonly RadarTrack t = ref list.Tracks[i];
            if (t.Id != trackId) continue;
            if (!float.IsFinite(t.RelVelLongMps) || !float.IsFinite(t.RelAccelLongMps2)) return false;
            rateMps = t.RelVelLongMps;
            accelMps2 = t.RelAccelLongMps2;
            return true;
        }

        return false;
    }
}
