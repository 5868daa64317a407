using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Monitoring;

/// <summary>
/// Every front-radar track's range rate against the slope of its own ranges (<see cref="RadarRangeHistory"/>), the whole
/// list at once, before any threat. Why: a range field that freezes (or arrives late) strikes every track of the list, and
/// the threat-track checks (<see cref="RangeConsistencyMonitor"/>, <see cref="RangeRateAgreement"/>) see it only once a
/// track is a threat. A radar that lists by slot and freezes its range field gives a track that appears in a slot that was
/// empty the slot's stale range, about 0 m: a pedestrian 52 m ahead at 40 km/h read 0.00 m from its first list, became a
/// threat two lists later and the car braked fully 2 s before the fault-free run warned (cpna-40 range stuck while
/// cruising; the gantry at 100 km/h the same). The tracks already in the list tell first: their ranges stand still
/// while their rates say they close at the car's speed.
/// A list disagrees when at least <c>minTracks</c> tracks' slopes contradict their rates (turning frame included,
/// <see cref="ThreatMath.RangeSlopeInTurningFrame"/>) by more than the tolerance plus its sigmas of the slope's standard
/// error, and they outnumber the tracks that agree; <c>confirmLists</c> such lists in a row fault the radar. A track whose
/// identity jumped to another object (a tracker's swap) contradicts only while the jump is inside the slope's window, so
/// the confirmation is longer than the window. A list in which at least <c>minTracks</c> tracks' ranges fell nearer than
/// their closing allows (<see cref="RadarThreatAssessor.RangeFellBeyondClosing"/>) faults the radar at once: a tracker's id
/// swap moves two tracks by at most its association gate, one nearer and one farther, while a range field read late by
/// list slot gives every track that changed slot another object's range (cpna-40 and the gantry with the range 0.1 s late:
/// 25-140 m nearer, several tracks in one list). Allocation-free, at most two passes over the list per new list.
/// </summary>
public struct RadarRangeSlopeAgreement
{
    private long _lastCaptureUs;
    private int _disagreeingLists;

    public void Reset()
    {
        _lastCaptureUs = long.MinValue;
        _disagreeingLists = 0;
    }

    /// <summary>Disagreeing lists in a row so far (saturating).</summary>
    public readonly int DisagreeingLists => _disagreeingLists;

    /// <summary>
    /// Judges the list in hand once (by its capture time <paramref name="nowUs"/> − its age); the ranges of the list must
    /// already be in <paramref name="history"/>. Returns false once <paramref name="confirmLists"/> lists in a row disagreed,
    /// or, while no threat stands (<paramref name="threatStands"/> false), one list had <paramref name="minTracks"/> falls.
    /// </summary>
    public bool Update(ref RadarObjectList radar, RadarRangeHistory history, long nowUs, float yawRateRps, float egoSpeedMps, bool threatStands,
        long windowUs, int minSamples, float toleranceMps, float sigmas, float fallToleranceM, int minTracks, int confirmLists)
    {
        int confirm = Math.Max(confirmLists, 1);
        if (radar.AgeUs < 0 || radar.AgeUs >= SignalAge.Never || windowUs <= 0) return _disagreeingLists < confirm;
        long captureUs = nowUs - radar.AgeUs;
        if (captureUs == _lastCaptureUs) return _disagreeingLists < confirm;
        _lastCaptureUs = captureUs;

        CountTracks(ref radar, history, yawRateRps, windowUs, minSamples, toleranceMps, sigmas, out int contradicting, out int agreeing);
        bool disagrees = ListDisagrees(contradicting, agreeing, minTracks);
        _disagreeingLists = disagrees ? Math.Min(_disagreeingLists + 1, 1_000) : 0;
        // Ranges that fell nearer than their closing allows, several in one list: the field is another list's (late, by slot).
        // Only before any threat: once one stands, its own track's checks judge it and the fallen tracks are not judged
        // (RadarThreatAssessor.RangeFellBeyondClosing); faulting the radar then hands a threat whose own ranges are sound
        // to the blind carry (ccrb-12m-6, range 0.1 s late from the warning: full braking 0.12 s after the fault-free run).
        if (!threatStands && CountFalls(ref radar, history, egoSpeedMps, yawRateRps, fallToleranceM) >= Math.Max(minTracks, 1)) _disagreeingLists = confirm;
        return _disagreeingLists < confirm;
    }

    /// <summary>A list disagrees when at least <paramref name="minTracks"/> (at least 1) contradict and they outnumber those that agree.</summary>
    public static bool ListDisagrees(int contradicting, int agreeing, int minTracks) =>
        contradicting >= Math.Max(minTracks, 1) && contradicting > agreeing;

    /// <summary>
    /// Whether a track's range slope <paramref name="slopeMps"/> (σ <paramref name="sigmaMps"/>) contradicts what its rate
    /// says its range does in the turning frame.
    /// </summary>
    public static bool Contradicts(float slopeMps, float sigmaMps, float rateMps, float yawRateRps, float lateralM, float toleranceMps, float sigmas)
        => ThreatMath.RangeSlopeContradicts(slopeMps, sigmaMps, ThreatMath.RangeSlopeInTurningFrame(rateMps, yawRateRps, lateralM), toleranceMps, sigmas);

    /// <summary>
    /// Tracks of the list whose range lies nearer than their own kept ranges allow at the closing they can have
    /// (<see cref="RadarThreatAssessor.RangeFellBeyondClosing"/>) by more than <paramref name="fallToleranceM"/>.
    /// </summary>
    private static int CountFalls(ref RadarObjectList radar, RadarRangeHistory history, float egoSpeedMps, float yawRateRps, float fallToleranceM)
    {
        if (!(fallToleranceM < float.PositiveInfinity)) return 0;
        int falls = 0;
        int count = Math.Min(radar.Count, RadarTrackBuffer.Capacity);
        for (int i = 0; i < count; i++)
        {
            ref readonly RadarTrack track = ref radar.Tracks[i];
            if (!TrackPlausibility.RadarTrackValid(track)) continue;
            float frameClosingMps = float.IsFinite(yawRateRps) ? -yawRateRps * track.LateralM : 0f;
            if (RadarThreatAssessor.RangeFell(track.Id, track.RelVelLongMps, egoSpeedMps, fallToleranceM, history, frameClosingMps)) falls++;
        }

        return falls;
    }

    private static void CountTracks(ref RadarObjectList radar, RadarRangeHistory history, float yawRateRps, long windowUs, int minSamples,
        float toleranceMps, float sigmas, out int contradicting, out int agreeing)
    {
        contradicting = 0;
        agreeing = 0;
        int count = Math.Min(radar.Count, RadarTrackBuffer.Capacity);
        for (int i = 0; i < count; i++)
        {
            ref readonly RadarTrack track = ref radar.Tracks[i];
            if (!TrackPlausibility.RadarTrackValid(track)) continue;
            if (!history.TryRangeSlope(track.Id, windowUs, minSamples, out float slopeMps, out float sigmaMps)) continue;
            if (Contradicts(slopeMps, sigmaMps, track.RelVelLongMps, yawRateRps, track.LateralM, toleranceMps, sigmas)) contradicting++;
            else agreeing++;
        }
    }
}
