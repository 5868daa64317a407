namespace AebController.Firmware.Perception;

/// <summary>
/// A threat that stands (a warning or a brake is on) is judged at the nearest range its track gave lately, not at a range
/// that suddenly stops closing or jumps away. The lower envelope of the live ranges (each already brought to now by the
/// assessor) is advanced every cycle by the gap the live closing speed closes and rises back towards the live range at
/// <c>coastRangeRelaxMps</c>. A range that sticks (a stuck field arriving fresh), or steps back (a list or a range field
/// delayed 0.1 s reads 1.4 m far at 50 km/h), cannot make the need of a justified intervention fall until the range-rate
/// checks find it (0.5-0.8 s): in ccrs-50 a range stuck 50 ms into stage 1 kept the function at stage 1 (3.8 m/s²) while the
/// fault-free run went to stage 2 (5.0 m/s²) 0.1 s later. The range-noise spread of a true range (σ 0.1 m) moves the need
/// by well under 1 % at the ranges the stages are decided at. Only ever nearer: never less critical than the live threat.
/// Allocation-free, constant work per cycle.
/// </summary>
public struct HeldThreatRange
{
    private float _envelopeM;
    private int _trackId;
    private bool _has;

    /// <summary>The envelope of the track last seen (m; meaningful only after a live threat).</summary>
    public readonly float EnvelopeM => _envelopeM;

    public void Reset()
    {
        _envelopeM = 0f;
        _trackId = int.MinValue;
        _has = false;
    }

    /// <summary>
    /// Feeds this cycle's live threat (every cycle the threat is measured) and returns it, judged at the envelope where
    /// <paramref name="held"/> (forward AEB warns or brakes) and the envelope is nearer; otherwise as it was. A new track,
    /// or none, starts the envelope again from its own range.
    /// </summary>
    public ThreatAssessment Judge(in ThreatAssessment live, bool held, float egoSpeedMps, float cycleS, float relaxMps, float latencyS, float marginM)
    {
        if (!live.HasTarget || !float.IsFinite(live.RangeM))
        {
            Reset();
            return live;
        }

        float closing = float.IsFinite(live.ClosingSpeedMps) ? live.ClosingSpeedMps : 0f;
        bool same = _has && _trackId == live.TrackId;
        _envelopeM = ThreatPredictor.NearestRange(live.RangeM, closing, 0f, same, _envelopeM, cycleS, relaxMps);
        _trackId = live.TrackId;
        _has = true;
        return held ? AtRange(live, _envelopeM, egoSpeedMps, latencyS, marginM) : live;
    }

    /// <summary>The threat judged at <paramref name="rangeM"/> where that is nearer (need and TTC re-judged); otherwise as it was.</summary>
    public static ThreatAssessment AtRange(in ThreatAssessment live, float rangeM, float egoSpeedMps, float latencyS, float marginM)
    {
        if (!live.HasTarget || !float.IsFinite(rangeM) || !(rangeM < live.RangeM)) return live;
        var t = live;
        t.RangeM = MathF.Max(rangeM, 0f);
        return ThreatRejudge.NoMilder(t, live, egoSpeedMps, latencyS, marginM);
    }
}
