using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Monitoring;

/// <summary>
/// Every front-radar track's range against its integrated rate over seconds (<see cref="RangeRateAgreement"/> on each
/// track, not only the threat's), the whole list voting. Why: a range field that drifts slowly (or a rate with a bias)
/// strikes every track of the list, and the threat-track check sees it only once a track is a threat, 0.8–1.6 s after
/// that; the 0.2 s slope check (<see cref="RadarRangeSlopeAgreement"/>) allows 2.5 m/s plus the slope's noise. A range
/// drifting at +1 m/s from cruising (aeb faults, cpna-40) read the crossing pedestrian 3.2 m far when the fault-free run
/// warned: the warning came 0.55 s late and braking 0.3 s late, while every post along the road had walked 1 m per second
/// off its rate since the drift began. Each confirmed track (at least <c>minUpdates</c> updates: its rate has converged)
/// keeps its own anchor; a list disagrees when at least <c>minTracks</c> tracks' residuals are beyond the tolerance (their
/// own persistence included) and they outnumber the anchored tracks that agree. A tracker's id swap or one manoeuvring
/// road user moves one track, never the majority. The rate is taken in the radar's turning frame
/// (<see cref="ThreatMath.RangeSlopeInTurningFrame"/>). Allocation-free after construction; each new list costs at most
/// capacity × capacity id comparisons.
/// </summary>
public sealed class RadarRangeDriftAgreement
{
    private readonly RangeRateAgreement[] _tracks = new RangeRateAgreement[RadarTrackBuffer.Capacity];
    private readonly TrackSlots _slots = new(RadarTrackBuffer.Capacity);
    private long _lastCaptureUs = long.MinValue;
    private bool _faulted;

    /// <summary>Tuning, from the calibration (see docs/calibration.md for the reasons).</summary>
    /// <param name="MaxGapUs">
    /// Lists judged further apart than this (the radar stale, forward AEB's inputs faulted, out of drive) restart every
    /// track's anchor: the rate cannot be integrated across a gap in which the car may have stopped or reversed.
    /// </param>
    public readonly record struct Settings(
        int MinUpdates, int AnchorLists, float ToleranceM, float TolerancePerM, float AllowanceMps, float MaxAnchorS,
        float MaxRelativeAccelMps2, int PersistLists, int MinTracks, long MaxGapUs);

    public RadarRangeDriftAgreement() => Reset();

    /// <summary>Latched until <see cref="Reset"/>.</summary>
    public bool Faulted => _faulted;

    /// <summary>Tracks that disagreed and that agreed (anchored) in the last list judged.</summary>
    public int Disagreeing { get; private set; }

    public int Agreeing { get; private set; }

    public void Reset()
    {
        _lastCaptureUs = long.MinValue;
        _faulted = false;
        ForgetTracks();
    }

    /// <summary>Every track's anchor restarts with its next list (the latched fault stays).</summary>
    public void ForgetTracks()
    {
        Disagreeing = 0;
        Agreeing = 0;
        _slots.Forget();
    }

    /// <summary>
    /// Judges the list in hand once (by its capture time <paramref name="nowUs"/> − its age); returns false once (and from
    /// then on) a list disagreed.
    /// </summary>
    public bool Update(ref RadarObjectList radar, long nowUs, float yawRateRps, in Settings s)
    {
        if (_faulted) return false;
        if (radar.AgeUs < 0 || radar.AgeUs >= SignalAge.Never) return true;
        long captureUs = nowUs - radar.AgeUs;
        if (captureUs <= _lastCaptureUs) return true;
        if (_lastCaptureUs != long.MinValue && captureUs - _lastCaptureUs > s.MaxGapUs) ForgetTracks();
        _lastCaptureUs = captureUs;

        _slots.BeginList();
        int disagreeing = 0, agreeing = 0;
        int count = Math.Clamp(radar.Count, 0, RadarTrackBuffer.Capacity);
        float yaw = float.IsFinite(yawRateRps) ? yawRateRps : 0f;
        for (int i = 0; i < count; i++)
        {
            ref readonly RadarTrack t = ref radar.Tracks[i];
            if (t.UpdateCount < s.MinUpdates || !float.IsFinite(t.LongitudinalM) || !float.IsFinite(t.RelVelLongMps)
                || !float.IsFinite(t.LateralM)) continue;
            int slot = _slots.Take(t.Id, out bool fresh);
            if (slot < 0) continue; // the same id twice in one list: judged on its first entry only
            if (fresh) _tracks[slot].Reset(); // a new track restarts its own anchor
            float closingMps = -ThreatMath.RangeSlopeInTurningFrame(t.RelVelLongMps, yaw, t.LateralM);
            bool anchored = _tracks[slot].Anchored(s.AnchorLists);
            bool agrees = _tracks[slot].Update(t.Id, t.LongitudinalM, closingMps, captureUs, s.AnchorLists,
                s.ToleranceM + s.TolerancePerM * MathF.Abs(t.LongitudinalM), s.AllowanceMps, s.MaxAnchorS, s.MaxRelativeAccelMps2,
                s.PersistLists, s.MaxGapUs);
            if (!agrees) disagreeing++;
            else if (anchored) agreeing++;
        }

        // A slot whose track left the list is freed.
        _slots.EndList();

        Disagreeing = disagreeing;
        Agreeing = agreeing;
        if (RadarRangeSlopeAgreement.ListDisagrees(disagreeing, agreeing, s.MinTracks)) _faulted = true;
        return !_faulted;
    }
}
