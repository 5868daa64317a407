using AebController.Firmware.Calibration;
using AebController.Firmware.Monitoring;

namespace AebController.Firmware.Perception;

/// <summary>
/// A threat whose track stood still by its range rate is judged as standing while a warning or a brake is on, for as
/// long as its own ranges keep closing at the ego's speed. Why: the need takes the closing speed from the range rate, a
/// single field, and a rate that starts to read the target driving away (a bias of 1 m/s, a drift of 2 m/s²) lowered
/// the need of a standing car or of a pedestrian crossing the lane by 10-30 % and graduated braking followed it down
/// by 1.0-1.3 m/s² (ccrs-30, ccrs-50, cpna-40), 0.6-1.6 s before any range-rate check could find the rate faulted. A
/// standing object has a second speed source that the rate does not touch: its gap closes at the ego's own speed
/// (wheel speed), which the track's ranges confirm or refute. The standing hypothesis is checked as the range-rate
/// agreement checks a rate (<see cref="RangeRateAgreement"/>, the same tolerances): the ranges against the ego speed
/// integrated since an anchor. While they agree, the target is judged neither moving away nor about to (speed and
/// acceleration along the road at most 0); once they disagree (a car that truly drives off opens its gap beyond the
/// tolerance) the judgement is the rate's again until the rate itself reads standing for <c>standingHoldLists</c> lists
/// again. Only ever more critical than the live threat, only while a threat stands. Allocation-free, constant work.
/// </summary>
public struct StandingThreat
{
    private int _trackId;
    private bool _has;
    private long _lastMeasuredUs;
    private int _standingLists;
    private bool _latched;
    private int _missedCycles;
    private RangeRateAgreement _ranges;

    /// <summary>The track is held as standing (its rate read standing for long enough and its ranges still agree).</summary>
    public readonly bool Latched => _latched;

    public void Reset()
    {
        _trackId = int.MinValue;
        _has = false;
        _lastMeasuredUs = long.MinValue;
        _standingLists = 0;
        _latched = false;
        _missedCycles = 0;
        _ranges.Reset();
    }

    /// <summary>
    /// A cycle in which the radar is live but gives no threat: the track is kept for <paramref name="maxCycles"/> (forward
    /// AEB's threat-lost time, through which a warning or a brake holds), so a pedestrian whose track leaves the threat for
    /// a few lists (cpna-40: 0.16 s at 20 m, fault-free as faulted) comes back with its standing history, not as a new track
    /// whose faulted rate never reads standing again. Longer, it starts again.
    /// </summary>
    public void Miss(int maxCycles)
    {
        _missedCycles = Functions.Saturating.Count(_missedCycles, true);
        if (_missedCycles > maxCycles) Reset();
    }

    /// <summary>
    /// Feeds this cycle's live threat (every cycle the front radar is live) and returns it judged as standing where
    /// <paramref name="held"/> (forward AEB warns or brakes) and its track is latched standing; otherwise as it was.
    /// </summary>
    /// <param name="measuredRangeM">The threat's range as its list measured it (not brought to now).</param>
    /// <param name="measuredUs">When that list was measured: a new value is a new list.</param>
    /// <param name="egoAtMeasurementMps">The ego speed when the list was measured.</param>
    /// <param name="yawRateRps">Yaw rate: a standing object aside closes in the radar's turning frame at v less ω·y.</param>
    /// <param name="listAgeS">Age of the list: the range is brought to now at the standing closing.</param>
    public ThreatAssessment Judge(in ThreatAssessment live, bool held, float measuredRangeM, long measuredUs, float egoAtMeasurementMps,
        float egoSpeedMps, float yawRateRps, float listAgeS, ForwardAebCalibration fwd, MonitoringCalibration mon)
    {
        if (!live.HasTarget || live.TrackId < 0 || fwd.StandingHoldLists <= 0 || !float.IsFinite(live.TargetSpeedMps)
            || !float.IsFinite(measuredRangeM) || !float.IsFinite(egoAtMeasurementMps))
        {
            Reset();
            return live;
        }

        if (!_has || live.TrackId != _trackId)
        {
            Reset();
            _trackId = live.TrackId;
            _has = true;
        }

        _missedCycles = 0;
        if (measuredUs != _lastMeasuredUs)
        {
            _lastMeasuredUs = measuredUs;
            Observe(live, measuredRangeM, measuredUs, egoAtMeasurementMps, yawRateRps, fwd, mon);
        }

        return held && _latched ? AsStanding(live, egoSpeedMps, listAgeS, fwd.BrakeLatencyS, fwd.StopMarginM) : live;
    }

    /// <summary>One new list: the rate's standing streak, the latch, and the ranges against the standing hypothesis.</summary>
    private void Observe(in ThreatAssessment live, float measuredRangeM, long measuredUs, float egoAtMeasurementMps, float yawRateRps,
        ForwardAebCalibration fwd, MonitoringCalibration mon)
    {
        // The radar's own standing test for an old track: 0.5 m/s or standingSpeedShare of the ego speed.
        float bandMps = MathF.Max(RadarThreatAssessor.StationarySpeedMps, fwd.StandingSpeedShare * MathF.Abs(egoAtMeasurementMps));
        _standingLists = Functions.Saturating.Count(_standingLists, MathF.Abs(live.TargetSpeedMps) <= bandMps);
        if (!_latched && _standingLists >= fwd.StandingHoldLists)
        {
            _latched = true;
            _ranges.Reset();
        }

        if (!_latched) return;
        // A standing object's relative speed along the axis is −v; the turning frame adds ω·y to its range's slope.
        float standingClosingMps = -ThreatMath.RangeSlopeInTurningFrame(-egoAtMeasurementMps, yawRateRps, live.LateralM);
        bool agrees = _ranges.Update(live.TrackId, measuredRangeM, standingClosingMps, measuredUs, mon.RangeRateAnchorLists,
            mon.RangeRateToleranceM + mon.RangeRateTolerancePerM * measuredRangeM, mon.RangeRateAllowanceMps, mon.RangeRateAnchorMaxS,
            mon.RangeRateMaxRelativeAccelMps2, mon.RangeRatePersistLists, mon.RadarMaxAgeUs);
        if (agrees) return;
        _latched = false;
        _standingLists = 0;
    }

    /// <summary>
    /// The threat judged standing: its target's speed and acceleration along the road at most 0 (one coming our way
    /// keeps its own), the closing raised by what that adds, the range brought to now at that closing, need and TTC
    /// re-judged and never less critical than <paramref name="live"/>.
    /// </summary>
    public static ThreatAssessment AsStanding(in ThreatAssessment live, float egoSpeedMps, float listAgeS, float latencyS, float marginM)
    {
        if (!live.HasTarget || !float.IsFinite(live.TargetSpeedMps)) return live;
        float accel = float.IsFinite(live.TargetAccelMps2) ? live.TargetAccelMps2 : 0f;
        if (!(live.TargetSpeedMps > 0f) && !(accel > 0f)) return live;
        var t = live;
        float extraClosingMps = MathF.Max(live.TargetSpeedMps, 0f);
        t.TargetSpeedMps = MathF.Min(live.TargetSpeedMps, 0f);
        t.TargetAccelMps2 = MathF.Min(accel, 0f);
        t.ClosingSpeedMps = live.ClosingSpeedMps + extraClosingMps;
        float ageS = float.IsFinite(listAgeS) ? Math.Clamp(listAgeS, 0f, 1f) : 0f;
        t.RangeM = MathF.Max(live.RangeM - extraClosingMps * ageS, 0.01f);
        return ThreatRejudge.NoMilder(t, live, egoSpeedMps, latencyS, marginM);
    }
}
