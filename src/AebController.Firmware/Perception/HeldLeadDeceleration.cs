namespace AebController.Firmware.Perception;

/// <summary>
/// A braking lead that a warning or a brake already answers is judged at the strongest deceleration its track showed
/// within the last <c>leadDecelHoldS</c>. Why: the need of a braking lead rests on
/// its speed and its deceleration, and both come from the radar's range-rate filter. The acceleration estimate is a
/// difference of noisy rates (σ about 0.5 m/s², docs/calibration.md leadBrakingOnsetMps2): a lead braking at a steady
/// 6 m/s² read 6.7, 6.2, 5.3, 5.2, 6.0 m/s² in five lists (ccrb-12m-6, realistic world, seed 126), and each low list
/// pushed the lead's stopping point 1 m further and the need 5-10 % down, right where full braking is decided. With a
/// range rate that reads 0.6-1 m/s less closing (a bias, a drift, a rate 0.1 s late: faults no check can find within
/// 0.2 s) those dips held the need under full braking's 7.0 m/s² for 0.2 s. A car does not lighten its brakes and
/// brake again within a few lists, so the dip is the estimate's noise, not the lead: a noisy signal must not weaken a
/// justified intervention. Only ever more critical than the live threat (need never lower, TTC never longer), only
/// for a lead moving our way (a standing or oncoming target's need does not use its acceleration), only while a
/// threat stands. Allocation-free, constant work per cycle.
/// </summary>
public struct HeldLeadDeceleration
{
    private int _trackId;
    private bool _has;
    private float _strongestMps2;
    private int _cyclesSinceStrongest;

    /// <summary>The strongest deceleration held for the track (m/s², negative braking; meaningful only after a live threat).</summary>
    public readonly float StrongestAccelMps2 => _strongestMps2;

    public void Reset()
    {
        _trackId = int.MinValue;
        _has = false;
        _strongestMps2 = 0f;
        _cyclesSinceStrongest = 0;
    }

    /// <summary>
    /// Feeds this cycle's live threat and returns it judged at the held deceleration where <paramref name="held"/>
    /// (forward AEB warns or brakes) and that is more critical; otherwise as it was. A new track, or none, starts again.
    /// </summary>
    /// <param name="holdCycles">Cycles a deceleration is held after it was last shown (0: off).</param>
    public ThreatAssessment Judge(in ThreatAssessment live, bool held, int holdCycles, float egoSpeedMps,
        float latencyS, float marginM)
    {
        if (!live.HasTarget || holdCycles <= 0 || !float.IsFinite(live.TargetAccelMps2) || !float.IsFinite(live.TargetSpeedMps))
        {
            Reset();
            return live;
        }

        bool same = _has && _trackId == live.TrackId;
        _cyclesSinceStrongest = Functions.Saturating.Count(_cyclesSinceStrongest, true);
        if (!same || live.TargetAccelMps2 <= _strongestMps2 || _cyclesSinceStrongest > holdCycles)
        {
            _strongestMps2 = live.TargetAccelMps2;
            _cyclesSinceStrongest = 0;
        }

        _trackId = live.TrackId;
        _has = true;
        return held ? AtDeceleration(live, _strongestMps2, egoSpeedMps, latencyS, marginM) : live;
    }

    /// <summary>
    /// The threat of a lead moving our way judged at deceleration <paramref name="accelMps2"/> where that is stronger than
    /// its own; need and TTC re-judged, never less critical than <paramref name="live"/>. The speed is left as measured:
    /// bringing it to now by the deceleration over the list's age (0.06-0.11 s) moved the fault-free ccrb-12m-6's full
    /// braking 0.2 s earlier (the warning lead's waiver judged on it) and left every faulted rate as far behind.
    /// </summary>
    public static ThreatAssessment AtDeceleration(in ThreatAssessment live, float accelMps2, float egoSpeedMps, float latencyS, float marginM)
    {
        if (!live.HasTarget || !(live.TargetSpeedMps > 0f) || !float.IsFinite(accelMps2)) return live;
        float accel = MathF.Min(accelMps2, live.TargetAccelMps2);
        if (!(accel < 0f)) return live;
        var t = live;
        t.TargetAccelMps2 = accel;
        return ThreatRejudge.NoMilder(t, live, egoSpeedMps, latencyS, marginM);
    }
}
