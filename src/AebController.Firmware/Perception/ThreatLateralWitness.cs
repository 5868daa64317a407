using AebController.Firmware.Calibration;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Perception;

/// <summary>
/// The forward threat's lateral position as its own lateral velocity carries it from the lists that made it the threat
/// (the position last proven), kept beside the position the radar reports now. A tracker reports both from one filter, so
/// the reported position follows the integral of the reported velocity (<see cref="RadarLateralAgreement"/>: exactly, up
/// to the tracker's lag × the velocity's change, for an α-β tracker); a lateral field that drifts, sticks or jumps walks
/// the reported position off that integral while the velocity goes on. Such a walk is found by the whole-list monitor only
/// after its persistence and against an anchor it renews every 2 s while the walk is still inside its tolerance (cpna-40,
/// lateral drifting at 0.5 m/s from 0.1 s into the warning: the monitor latched 1.74 s later, and the drifted position had
/// taken the pedestrian out of the corridor 0.3 s before, braking released 0.21 s before the fault-free run).
/// While forward AEB's threat stands, a reported position that has walked off the velocity's integral by more than the
/// monitor's own tolerance (noise, range, the tracker's lag, a velocity bias over the time since the anchor) is suspect,
/// and the threat is judged at whichever of the two lies nearer the path at arrival: a suspect lateral field cannot take a
/// justified threat out of the path, and where the two agree (every fault-free list of a sound tracker) nothing changes.
/// One track, constant work per list (a search of the list's fixed capacity); allocation-free after construction.
/// </summary>
public sealed class ThreatLateralWitness
{
    private readonly RadarLateralAgreement.Settings _settings;
    private int _trackId = -1;
    private long _lastUs = long.MinValue;
    private float _lastVelMps;
    private float _integralM;
    private int _anchorLists;
    private float _anchorSumM;
    private float _anchorVelSumMps;
    private long _anchorUs;
    private bool _held;
    private bool _suspect;
    private float _correctionM;

    /// <summary>The tolerance is the lateral monitor's (monitoring.radarLateral*): no number of its own.</summary>
    public ThreatLateralWitness(MonitoringCalibration monitoring)
    {
        _settings = new RadarLateralAgreement.Settings(
            monitoring.RadarLateralMinUpdates, monitoring.RadarLateralMaxRangeM, monitoring.RadarLateralAnchorLists,
            monitoring.RadarLateralToleranceM, monitoring.RadarLateralTolerancePerM, monitoring.RadarLateralLagS,
            monitoring.RadarLateralAllowanceMps, monitoring.RadarLateralAnchorMaxS, monitoring.RadarLateralPersistLists);
    }

    /// <summary>The track followed (−1: none).</summary>
    public int TrackId => _trackId;

    /// <summary>In the last list the followed track's reported position had walked off its velocity's integral beyond the tolerance.</summary>
    public bool Suspect => _suspect;

    /// <summary>The velocity's integral from the anchor less the reported position, in the last list (m; 0 unless suspect).</summary>
    public float CorrectionM => _suspect ? _correctionM : 0f;

    public void Reset()
    {
        _trackId = -1;
        _lastUs = long.MinValue;
        _held = false;
        Restart();
    }

    /// <summary>
    /// Feeds this cycle's list (measured <see cref="RadarObjectList.AgeUs"/> before <paramref name="nowUs"/>). The track
    /// followed is <paramref name="threatTrackId"/> (last cycle's forward threat; −1 none); with none it keeps the one it
    /// follows while <paramref name="threatStands"/> (the function still holds it: the list that took it out of the path
    /// must not end its witness), and forgets it otherwise. A new track starts afresh.
    /// </summary>
    public void Observe(ref RadarObjectList list, long nowUs, int threatTrackId, bool threatStands)
    {
        _held = threatStands;
        if (threatTrackId >= 0 && threatTrackId != _trackId)
        {
            _trackId = threatTrackId;
            _lastUs = long.MinValue;
            Restart();
        }
        else if (threatTrackId < 0 && !threatStands)
        {
            Reset();
            return;
        }

        if (_trackId < 0 || list.AgeUs < 0 || list.AgeUs >= SignalAge.Never) return;
        long measuredUs = nowUs - list.AgeUs;
        if (measuredUs <= _lastUs) return;
        if (!TryFind(ref list, _trackId, out RadarTrack t))
        {
            // Not in this list, or not judgeable: the integral has a gap, so it starts afresh when the track is back.
            _lastUs = long.MinValue;
            Restart();
            return;
        }

        if (_lastUs == long.MinValue)
        {
            _integralM = 0f;
            _anchorUs = measuredUs;
        }
        else
        {
            _integralM += 0.5f * (_lastVelMps + t.RelVelLatMps) * ((measuredUs - _lastUs) * 1e-6f);
        }

        _lastUs = measuredUs;
        _lastVelMps = t.RelVelLatMps;
        Judge(t.LateralM - _integralM, t.RelVelLatMps, t.LongitudinalM, measuredUs);
    }

    /// <summary>
    /// The offset from the path that <paramref name="trackId"/> is judged at: <paramref name="measuredOffsetM"/>, or, while
    /// the threat stands and its reported position is suspect, the offset of the velocity's integral where that one, carried
    /// by <paramref name="travelToArrivalM"/>, arrives nearer the path (never less critical than the reported one).
    /// </summary>
    public float JudgedOffsetM(int trackId, float measuredOffsetM, float travelToArrivalM)
    {
        if (!_held || !_suspect || trackId != _trackId) return measuredOffsetM;
        float vouchedOffsetM = measuredOffsetM + _correctionM;
        return NearerAtArrival(measuredOffsetM, vouchedOffsetM, travelToArrivalM);
    }

    /// <summary>Of two offsets now, the one that arrives nearer the path's centre after the same travel across it.</summary>
    public static float NearerAtArrival(float offsetAM, float offsetBM, float travelM)
    {
        if (!float.IsFinite(offsetBM)) return offsetAM;
        if (!float.IsFinite(travelM)) travelM = 0f;
        return MathF.Abs(offsetBM + travelM) < MathF.Abs(offsetAM + travelM) ? offsetBM : offsetAM;
    }

    private void Judge(float residualM, float velMps, float rangeM, long measuredUs)
    {
        int needed = Math.Clamp(_settings.AnchorLists, 1, 64);
        if (_anchorLists < needed)
        {
            // The anchor: the mean residual of the track's first lists as the threat (the position last proven).
            _anchorSumM += residualM;
            _anchorVelSumMps += velMps;
            _anchorLists++;
            _suspect = false;
            return;
        }

        float anchorM = _anchorSumM / _anchorLists;
        float walkedM = residualM - anchorM;
        float velocityChangeMps = velMps - _anchorVelSumMps / _anchorLists;
        float sinceS = (measuredUs - _anchorUs) * 1e-6f;
        _suspect = !RadarLateralAgreement.Agrees(walkedM, rangeM, velocityChangeMps, sinceS, _settings) && float.IsFinite(walkedM);
        _correctionM = -walkedM;
    }

    private static bool TryFind(ref RadarObjectList list, int trackId, out RadarTrack track)
    {
        int count = Math.Clamp(list.Count, 0, RadarTrackBuffer.Capacity);
        for (int i = 0; i < count; i++)
        {
            ref readonly RadarTrack t = ref list.Tracks[i];
            if (t.Id != trackId) continue;
            track = t;
            return float.IsFinite(t.LateralM) && float.IsFinite(t.RelVelLatMps) && float.IsFinite(t.LongitudinalM);
        }

        track = default;
        return false;
    }

    private void Restart()
    {
        _integralM = 0f;
        _anchorLists = 0;
        _anchorSumM = 0f;
        _anchorVelSumMps = 0f;
        _suspect = false;
        _correctionM = 0f;
    }
}
