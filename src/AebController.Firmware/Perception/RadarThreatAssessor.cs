using AebController.Firmware.Signals;

namespace AebController.Firmware.Perception;

/// <summary>
/// Picks the most critical in-path radar track: the one needing the hardest braking, nearest first
/// on a tie. Works in the sensor's own frame, so the rear radar uses it as the front one does.
/// </summary>
public static class RadarThreatAssessor
{
    /// <summary>Horizon over which a crossing target's lateral motion is projected.</summary>
    private const float MaxLateralPredictionS = 4f;

    /// <summary>A target slower than this over ground counts as stationary.</summary>
    public const float StationarySpeedMps = 0.5f;

    /// <summary>The veto candidates are a bit mask of the camera list: it must fit (a larger list is a compile error here).</summary>
    private const uint CameraListFitsMask = 32 - CameraObjectBuffer.Capacity;

    public static ThreatAssessment Assess(
        ref RadarObjectList radar,
        ref CameraObjectList camera,
        in EgoPath path,
        float egoSpeedMps,
        float egoAccelMps2,
        in TargetGate gate,
        bool cameraOk = false,
        ThreatPersistence? persistence = null,
        CameraConfirmation? confirmation = null,
        float oncomingJudgedElsewhereMps = float.NegativeInfinity,
        CameraLateralTracks? cameraTracks = null,
        ThreatPersistence? cameraPersistence = null,
        RadarLateralHistory? lateralHistory = null,
        RadarRangeHistory? rangeHistory = null,
        ThreatLateralWitness? lateralWitness = null)
    {
        var best = ThreatAssessment.None;
        float bestLateralM = 0f;
        // Which camera objects may veto, and which are valid at all, are properties of the camera list alone:
        // worked out once, at the first stationary track, not once per track (64 tracks × 16 objects of field
        // checks made the step 3x dearer).
        uint vetoCandidates = 0;
        uint validCamera = 0;
        bool cameraMasksKnown = false;
        float ageS = ThreatMath.ListAgeS(radar.AgeUs);
        float egoSpeedAtMeasurement = egoSpeedMps - egoAccelMps2 * ageS;
        // The camera's standing window depends on the list alone (gate and ego speed at measurement): once per list.
        float standingWindowMps = StandingWindowMps(gate, egoSpeedAtMeasurement);
        int count = Math.Min(radar.Count, RadarTrackBuffer.Capacity);
        for (int i = 0; i < count; i++)
        {
            // A copy: its range rate is replaced below where the track's own ranges contradict it.
            RadarTrack track = radar.Tracks[i];
            float reportedRateMps = track.RelVelLongMps;
            if (!IsPlausible(track, gate)) continue;
            // Younger than MinTrackUpdates only a young near track its corrected estimate judges crossing (a road user born
            // moving, first listed at its 2nd update): checked before anything is recorded for it.
            if (track.UpdateCount < gate.MinTrackUpdates && !YoungCrossesEarly(track, path, gate, egoSpeedMps)) continue;
            // The range rate by the track's own ranges where it contradicts the reported one (NaN: no contradiction).
            float slopeRateMps = float.NaN;
            if (rangeHistory is not null)
            {
                rangeHistory.Record(track.Id, track.LongitudinalM);
                bool standsAsThreat = persistence is not null && persistence.Streak(track.Id) >= gate.MinThreatLists;
                // The frame's turn: the path's curvature is the yaw rate over the speed. In the sensor's turning frame a track
                // aside changes its range by yaw rate × lateral beyond what its rate says (ThreatMath.RangeSlopeInTurningFrame).
                float frameSlopeMps = path.CurvaturePerM * egoSpeedMps * track.LateralM;
                slopeRateMps = ContradictingRangeSlope(track.Id, track.RelVelLongMps, gate, rangeHistory, out float allowedMps, frameSlopeMps);
                // A threat that stands keeps its rate, but never less closing than its ranges allow (their slope plus the
                // allowed disagreement): a rate that says it drives away cannot weaken braking that was justified, and the
                // slope's own noise cannot make it more critical than the rate says. A range that stopped moving (slope
                // above the rate) changes nothing.
                if (standsAsThreat)
                {
                    // NaN (they agree) clamps nothing: MathF.Min would return it.
                    if (slopeRateMps + allowedMps < track.RelVelLongMps) track.RelVelLongMps = slopeRateMps + allowedMps;
                    slopeRateMps = float.NaN;
                }

                // A range nearer than the track's own ranges allow is another object's (a late or frozen range field read by
                // list slot): a track not yet a threat is not judged on it. A threat that stands keeps it (never weakened).
                float frameClosingMps = -frameSlopeMps;
                if (!standsAsThreat && RangeFellBeyondClosing(track.Id, reportedRateMps, egoSpeedAtMeasurement, gate, rangeHistory, frameClosingMps)) continue;
            }

            // A return above the gate is overhead (a gantry, a bridge) unless a healthy camera sees a road user at its place:
            // the radar's elevation alone never removes a car or a pedestrian the camera sees (an elevation that drifts).
            if (track.ElevationM > gate.MaxElevationM)
            {
                KnowCameraMasks(ref camera, gate, ref cameraMasksKnown, ref vetoCandidates, ref validCamera);

                if (!cameraOk || !CameraSeesRoadUserAt(ref camera, vetoCandidates, track.LongitudinalM, track.LateralM)) continue;
            }

            // The list was measured ageS ago: compare its relative speed with the ego speed of that moment,
            // or an accelerating ego makes every stationary return look like a moving one.
            float targetSpeed = egoSpeedAtMeasurement + track.RelVelLongMps;
            // Over ground by the track's ranges where they contradict the rate (else the same speed): a return stands if either
            // says so, so a corrupted rate alone never lifts a standing return (clutter, a cover, a parked car) out of the
            // standing gates below, which ask the camera or drop flat returns.
            float slopeTargetSpeed = float.IsNaN(slopeRateMps) ? targetSpeed : egoSpeedAtMeasurement + slopeRateMps;
            float targetAccel = egoAccelMps2 + track.RelAccelLongMps2;
            // While the car turns off the road, road users coming toward it at least this fast are judged by the turn
            // prediction (TurnAcrossPath), not by this path-parallel test.
            if (targetSpeed <= oncomingJudgedElsewhereMps) continue;
            // An oncoming track is judged once its tracker has forgotten its start (ForwardAebCalibration.OncomingMinTrackUpdates).
            bool oncoming = targetSpeed < -gate.OncomingMinSpeedMps;
            if (oncoming && track.UpdateCount < gate.OncomingMinTrackUpdates) continue;
            // Lateral velocity comes from azimuth differences, so its noise grows with range, and faster for a weak echo: a
            // range-dependent deadband, its growth scaled by the echo's azimuth noise (LateralNoiseScale).
            float noiseScale = LateralNoiseScale(track, gate);
            float deadband = gate.LateralVelocityDeadbandMps + gate.LateralVelocityDeadbandPerM * noiseScale * track.LongitudinalM;
            float lateralVelMps = PathRelativeLateralVelocity(track, path, gate.YawRateUncertaintyRps, egoSpeedMps);
            bool crossing = MathF.Abs(lateralVelMps) >= MathF.Max(deadband, StationarySpeedMps);
            // A list in which the radar only predicted the track (no detection: hidden, or its echo faded) repeats its last
            // estimate: kept as a sample it would count one reading several times and flatten the slope of a crosser that sets
            // off and is then hidden by a parked car (ncap26-cbnao-60-il10: 1.08, 1.73, 2.12 m/s measured, then 2.12 coasted
            // three times). Such a track is judged on the history of its measured lists.
            bool coasted = track.MeasurementState == RadarMeasurementState.Predicted;
            if (!coasted) lateralHistory?.Record(track.Id, lateralVelMps);
            // A young near track may be a road user born moving (out from behind a parked car) whose tracker started its
            // lateral velocity at 0: judged also on that estimate divided by the tracker's ramp fraction. It only adds:
            // what the reported estimate makes a threat stays one (NaN: not young, or not near).
            float youngVelMps = YoungLateralVelocity(track, path, gate, egoSpeedMps);
            bool youngCrossing = MathF.Abs(youngVelMps) >= MathF.Max(deadband, StationarySpeedMps);
            // A long-tracked road user that sets off from standing is read late the same way (the tracker follows a step in
            // its speed over 4-6 lists): once its own estimate says it crosses, it is judged also on that estimate carried
            // forward by the tracker's lag at the slope its last lists show. It only adds, as the young-track estimate does
            // (NaN: no onset). Only a crossing track: a parked car's noisy estimate (σ about 0.4 m/s at 27 m) fell
            // 0.38 → −0.69 m/s in 4 lists, inside the deadband, and was carried into the path (r152-false-reaction, 1 seed in 50).
            float onsetVelMps = crossing ? OnsetLateralVelocity(track.Id, lateralVelMps, gate, lateralHistory, coasted) : float.NaN;
            bool onsetCrossing = MathF.Abs(onsetVelMps) >= MathF.Max(deadband, StationarySpeedMps);
            // A road user tracked for a while that walks across at a steady speed is judged also on its mean lateral velocity
            // over the last lists: one list's estimate of a pedestrian at 1.39 m/s 20-30 m ahead reads under the deadband or
            // carries it past the path when it reads high (ncap26-cpna-60-il90, seeds 5514 5522). It only adds (NaN: none).
            float sustainedVelMps = SustainedLateralVelocity(track, gate, lateralHistory, coasted);
            float sustainedDeadband = gate.LateralVelocityDeadbandMps
                + gate.SustainedCrossingDeadbandShare * gate.LateralVelocityDeadbandPerM * noiseScale * track.LongitudinalM;
            bool sustainedCrossing = MathF.Abs(sustainedVelMps) >= MathF.Max(sustainedDeadband, StationarySpeedMps);
            // A low return (below LowReturnElevationM) may be a flat thing whose mean elevation noise lifted it past the
            // stationary gate: one judged crossing (by any estimate) inside the camera's field stands only where a healthy
            // camera sees an object. Clutter 3.5 m beside the path was carried into it by its young-track estimate at 29 m
            // (seed 6), clutter 2.5 / 4 m beside it read −2.04 / −1.95 m/s across at 35-38 m, past the deadband (seeds 10,
            // 12), and each braked the car fully (explorer, realistic). Not "standing" instead: a corner radar's coarse
            // elevation reads a crossing car that low, and standing where it is it was braked for (fa-crossing-ahead).
            bool lowReturn = track.ElevationM < gate.LowReturnElevationM;
            if (lowReturn && (crossing || youngCrossing || onsetCrossing || sustainedCrossing) && cameraOk && InCameraField(track, gate))
            {
                KnowCameraMasks(ref camera, gate, ref cameraMasksKnown, ref vetoCandidates, ref validCamera);

                if (!CameraSeesObjectAt(ref camera, validCamera, track.LongitudinalM, track.LateralM, egoSpeedAtMeasurement, float.PositiveInfinity)) continue;
            }

            // A young track's range rate still carries its start (its first lists repeat one estimate): until it has
            // StandingMinTrackUpdates updates it moves along the road only beyond the camera's standing window. Clutter
            // 52 m ahead read 0.55 m/s away for its first 3 updates, so it was a moving target that needs no camera,
            // and braked the car fully at 83 km/h (aeb explore false-activation, realistic, 1 run in 1,775).
            // A low return's range rate is as weak evidence: clutter 40 m ahead read 0.62 m/s oncoming after 7 updates and
            // braked the car fully at 101 km/h (explorer, realistic, seed 6); it too moves only beyond the standing window.
            // Any other return stands below StationarySpeedMps or StandingSpeedShare of the ego speed: a weak return's range
            // rate is noisy (clutter read 0.52-0.67 m/s oncoming at 92-116 km/h, 45 m ahead, with a mean elevation of
            // 0.33-0.64 m, and braked the car fully; explorer, seeds 7, 9, 12), and a road user that slow is one the camera sees.
            float standingBelowMps = track.UpdateCount < gate.StandingMinTrackUpdates || lowReturn
                ? standingWindowMps
                : MathF.Max(StationarySpeedMps, gate.StandingSpeedShare * MathF.Abs(egoSpeedAtMeasurement));
            bool standing = MathF.Abs(targetSpeed) < standingBelowMps || MathF.Abs(slopeTargetSpeed) < standingBelowMps;
            bool stationary = standing && !crossing && !youngCrossing && !sustainedCrossing;
            // Nothing lower than MinStationaryElevationM moves: a flat return (plate, cover, clutter) is dropped unless it
            // clearly moves along the road. Its lateral velocity proves nothing (passing one at 0.4 m, range noise at 65°
            // azimuth read 0.8 m/s across and braked the car fully), nor a young track's over-ground speed within the
            // standing window (-0.5 m/s read on clutter 44 m ahead at 105 km/h braked it fully too; explorer, realistic).
            // A return that crosses faster than a flat thing's noise ever reads is a road user whatever its elevation reads: a
            // corner radar (1° elevation σ) read a car crossing at 70-80 km/h below the road, and it was dropped as a plate.
            bool clearlyCrossing = gate.FlatReturnCrossingMps > 0f && MathF.Abs(lateralVelMps) >= gate.FlatReturnCrossingMps;
            if (track.ElevationM < gate.MinStationaryElevationM && !clearlyCrossing
                && (standing || MathF.Abs(targetSpeed) < standingWindowMps || MathF.Abs(slopeTargetSpeed) < standingWindowMps)) continue;
            // A return with no motion along the road is clutter until vision confirms it. One whose lateral velocity
            // says it crosses stands on radar alone only within CrossingRadarOnlyMaxRangeM: farther out that estimate is
            // azimuth noise, and a guard-rail post whose estimate passed the deadband at 62 m braked a car fully at
            // 130 km/h on an empty road (realistic, 1 seed in 20).
            if (stationary || (standing && track.LongitudinalM > gate.CrossingRadarOnlyMaxRangeM))
            {
                KnowCameraMasks(ref camera, gate, ref cameraMasksKnown, ref vetoCandidates, ref validCamera);

                if (stationary && CameraVetoes(ref camera, vetoCandidates, track, gate)) continue;

                // Production practice (openpilot radard, ACC manuals): a stationary radar point is a false positive
                // until vision confirms it. Only a healthy camera's silence counts as evidence: with the camera
                // faulted the target stands on radar alone (a camera fault never removes a target).
                // A camera that confirmed the object in several consecutive lists keeps it confirmed while the radar keeps the
                // track (CameraConfirmation): its later silence is a camera that stopped seeing, not an object gone.
                if (gate.StationaryNeedsCamera && cameraOk)
                {
                    bool seen = CameraSeesObjectAt(ref camera, validCamera, track.LongitudinalM, track.LateralM,
                        egoSpeedAtMeasurement, standingWindowMps);
                    bool confirmed = confirmation is null || persistence is null
                        ? seen
                        : confirmation.Confirmed(track.Id, seen, persistence.ListIndex, gate.CameraLatchLists, gate.CameraLatchGapLists);
                    if (!confirmed) continue;
                }
            }

            // A car crossing in the camera's view is seen by a healthy camera; a car-sized crossing return it does not see
            // is a multipath ghost (a real crossing car's mirror across the guard rail moves toward the path from the other
            // side). Narrower crossers (pedestrians, cyclists: the camera's night range is shorter) stand on radar alone.
            if (crossing && cameraOk && gate.CrossingCameraMinWidthM > 0f && track.WidthM >= gate.CrossingCameraMinWidthM
                && InCameraField(track, gate))
            {
                KnowCameraMasks(ref camera, gate, ref cameraMasksKnown, ref vetoCandidates, ref validCamera);

                if (!CameraSeesObjectAt(ref camera, validCamera, track.LongitudinalM, track.LateralM, egoSpeedAtMeasurement, float.PositiveInfinity)) continue;
            }

            // Latency compensation: the list is ageS old; the gap has closed by the relative speed since.
            float rangeM = MathF.Max(track.LongitudinalM + track.RelVelLongMps * ageS, 0.01f);
            float ttc = ThreatMath.TimeToCollision(rangeM, egoSpeedMps, targetSpeed, targetAccel);
            float horizon = float.IsFinite(ttc) ? MathF.Min(ttc, MaxLateralPredictionS) : 0f;
            // An oncoming target's lateral motion is carried only a short way: over the rest, where it is decides.
            if (oncoming) horizon = MathF.Min(horizon, gate.OncomingLateralHorizonS);
            float lateralVel = crossing ? lateralVelMps : 0f;
            // Offset from the path where the target was measured, carried to the arrival by its motion across the path (a
            // target going along a path parallel to ours keeps its offset, on a bend as on a straight road). Taken at the
            // latency-compensated range instead, it moved an oncoming car on the next lane of a 150 m bend 0.6 m towards
            // the path (2 × 17 m/s × 45 ms of list age along a path that bends 0.35 m per m there) and braked the car fully.
            // The radar's range is the near face, its lateral position the centre: on a bend the path is taken where the
            // centre is (see ForwardAebCalibration.FaceToCentreMaxM).
            float centreM = track.LongitudinalM + MathF.Min(0.5f * track.WidthM, gate.FaceToCentreMaxM);
            float measuredOffsetM = track.LateralM - path.LateralAt(centreM);
            // A standing threat's lateral field that walked off its own velocity's integral cannot take it out of the path.
            if (lateralWitness is not null) measuredOffsetM = lateralWitness.JudgedOffsetM(track.Id, measuredOffsetM, lateralVel * (horizon + ageS));
            float offsetAtArrival = measuredOffsetM + lateralVel * (horizon + ageS);
            if (!InCorridor(offsetAtArrival, track.WidthM, rangeM, path, egoSpeedMps, gate))
            {
                float youngOffsetM = measuredOffsetM + youngVelMps * (horizon + ageS);
                float onsetOffsetM = measuredOffsetM + onsetVelMps * (horizon + ageS);
                float sustainedOffsetM = measuredOffsetM + sustainedVelMps * (horizon + ageS);
                if (youngCrossing && InCorridor(youngOffsetM, track.WidthM, rangeM, path, egoSpeedMps, gate)) offsetAtArrival = youngOffsetM;
                else if (onsetCrossing && InCorridor(onsetOffsetM, track.WidthM, rangeM, path, egoSpeedMps, gate)) offsetAtArrival = onsetOffsetM;
                else if (sustainedCrossing && InCorridor(sustainedOffsetM, track.WidthM, rangeM, path, egoSpeedMps, gate)) offsetAtArrival = sustainedOffsetM;
                else continue;
            }
            else if (crossing)
            {
                // A crossing target seen braking against its motion is dropped where it stops short of the corridor. It only
                // removes: one the constant speed carries past the path is not brought back into it by a (noisy) slowing,
                // which warned for cars crossing well ahead (fa-crossing-ahead, 8 of 200 runs at 50 seeds).
                float brakedOffsetM = measuredOffsetM + LateralTravelM(track.Id, lateralVel, horizon + ageS, gate, lateralHistory, coasted);
                if (!InCorridor(brakedOffsetM, track.WidthM, rangeM, path, egoSpeedMps, gate)) continue;
            }

            // A crossing return that mirrors a stronger one across a reflector line is multipath, not a second road user.
            if (crossing && MultipathImage.IsImage(ref radar, count, i, 0.5f * gate.EgoWidthM,
                MathF.Max(gate.LateralVelocityDeadbandMps, StationarySpeedMps), gate.LateralVelocityDeadbandPerM)) continue;

            // A young near track's corrected estimate carries its first detections' noise divided by the tracker's ramp
            // fraction (×2.6 at 3 updates): one list of it under the deadband between two in the path is that noise, so
            // its candidacy may bridge YoungTrackCandidateGapLists lists. Two candidate lists are still needed.
            bool young = track.UpdateCount < gate.YoungTrackUpdates && track.LongitudinalM <= gate.YoungTrackMaxRangeM;
            int gapLists = young ? gate.YoungTrackCandidateGapLists : 0;
            if (persistence is not null && persistence.Candidate(track.Id, gapLists) < gate.MinThreatLists) continue;

            float required = ThreatMath.RequiredDeceleration(
                rangeM, egoSpeedMps, targetSpeed, targetAccel, gate.BrakeLatencyS, gate.StopMarginM);

            if (!Outranks(best, required, rangeM)) continue;

            best.HasTarget = true;
            best.TrackId = track.Id;
            best.RangeM = rangeM;
            best.ClosingSpeedMps = -track.RelVelLongMps;
            best.ReportedClosingSpeedMps = -reportedRateMps;
            best.TargetSpeedMps = targetSpeed;
            best.TargetAccelMps2 = targetAccel;
            best.TtcS = ttc;
            best.RequiredDecelMps2 = required;
            best.PathOffsetM = offsetAtArrival;
            best.Class = track.ClassHint;
            best.LateralM = track.LateralM;
            bestLateralM = track.LateralM;
        }

        if (best.HasTarget && best.Class == ObjectClass.Unknown)
        {
            best.Class = CameraClassNear(ref camera, best.RangeM, bestLateralM);
        }

        if (cameraOk && cameraTracks is not null && gate.CameraCrossingMinSpeedMps > 0f)
        {
            AssessCameraCrossers(ref camera, path, egoSpeedMps, egoAccelMps2, gate, cameraTracks, cameraPersistence, ref best);
        }

        return best;
    }

    /// <summary>
    /// The slope of a track's own ranges (<see cref="RadarRangeHistory"/>, over <see cref="TargetGate.RangeSlopeWindowUs"/>,
    /// at least <see cref="TargetGate.RangeSlopeMinSamples"/> lists) where the reported range rate disagrees with it by more
    /// than <see cref="TargetGate.RangeSlopeToleranceMps"/> plus <see cref="TargetGate.RangeSlopeSigmas"/> standard errors
    /// of the slope; NaN where they agree or there are too few lists to tell. Where they disagree one field is corrupted
    /// (a rate glitch or drift, a range stuck or late) and neither is believed alone. <paramref name="allowedMps"/>: the
    /// disagreement allowed (+∞ with too few lists).
    /// Judged in the sensor's turning frame, as the whole-list monitor judges (<see cref="RadarRangeSlopeAgreement"/>):
    /// <paramref name="frameSlopeMps"/> is what the frame's turn adds to the track's range slope (yaw rate × its lateral
    /// position, <see cref="ThreatMath.RangeSlopeInTurningFrame"/>), and the rate returned is the one the ranges imply with
    /// that taken out. Why: judged against the rate alone, a sound track 9 m aside of a car turning at 0.5 rad/s (its range
    /// falls 4.5 m/s slower than its rate says) read as a contradiction, and its over-ground speed by the ranges moved by
    /// those 4.5 m/s (docs/exploration.md, session 15).
    /// </summary>
    public static float ContradictingRangeSlope(int trackId, float rateMps, in TargetGate gate, RadarRangeHistory history, out float allowedMps,
        float frameSlopeMps = 0f)
    {
        allowedMps = float.PositiveInfinity;
        if (gate.RangeSlopeWindowUs <= 0) return float.NaN;
        if (!history.TryRangeSlope(trackId, gate.RangeSlopeWindowUs, gate.RangeSlopeMinSamples, out float slopeMps, out float sigmaMps)) return float.NaN;
        allowedMps = gate.RangeSlopeToleranceMps + gate.RangeSlopeSigmas * sigmaMps;
        float frameMps = float.IsFinite(frameSlopeMps) ? frameSlopeMps : 0f;
        return ThreatMath.RangeSlopeContradicts(slopeMps, sigmaMps, rateMps + frameMps, gate.RangeSlopeToleranceMps, gate.RangeSlopeSigmas)
            ? slopeMps - frameMps
            : float.NaN;
    }

    /// <summary>
    /// Whether track <paramref name="trackId"/>'s range in the list in hand lies nearer than most of its own kept ranges allow
    /// by more than <see cref="TargetGate.RangeFallToleranceM"/> (<see cref="RadarRangeHistory.RangeFellBelow"/>), at the fastest closing it can have: the ego's speed (anything
    /// standing or crossing) or its rate's closing where faster (an oncoming road user). A rate glitch that says it drives
    /// away cannot make a true range suspect: the ego speed still bounds it.
    /// </summary>
    public static bool RangeFellBeyondClosing(int trackId, float rateMps, float egoSpeedMps, in TargetGate gate, RadarRangeHistory history,
        float frameClosingMps = 0f) =>
        RangeFell(trackId, rateMps, egoSpeedMps, gate.RangeFallToleranceM, history, frameClosingMps);

    /// <summary>
    /// The same with the tolerance given: <see cref="RangeFellBeyondClosing"/>. <paramref name="frameClosingMps"/> is what the
    /// sensor frame's turn adds to the closing of the track's range (−yaw rate × its lateral position,
    /// <see cref="ThreatMath.RangeSlopeInTurningFrame"/>; only a positive share counts): turning at 0.38 rad/s (a 20 km/h
    /// turn off the road) a road user 80 m aside closes its range 30 m/s faster than any speed says, and without it two such
    /// tracks faulted the radar with no fault (fa-turn-oncoming-gap-after-20 and -turns-away-20: `RadarRangeInconsistent`
    /// at 6.5 s in every run, forward AEB Degraded for the rest of the drive).
    /// </summary>
    public static bool RangeFell(int trackId, float rateMps, float egoSpeedMps, float toleranceM, RadarRangeHistory history, float frameClosingMps = 0f)
    {
        if (!(toleranceM < float.PositiveInfinity)) return false;
        float frameMps = float.IsFinite(frameClosingMps) ? MathF.Max(frameClosingMps, 0f) : 0f;
        float maxClosingMps = MathF.Max(MathF.Abs(egoSpeedMps), -rateMps) + frameMps;
        return history.RangeFellBelow(trackId, maxClosingMps, toleranceM);
    }

    /// <summary>Track ids of threats the camera alone stands for: this less the camera object's id (radar ids are ≥ 0, echoes −1 to −12).</summary>
    public const int CameraTrackIdBase = -1000;

    /// <summary>
    /// A road user the camera classes as a pedestrian, child or cyclist, moving across the path by its own positions
    /// (<see cref="CameraLateralTracks"/>) at <see cref="TargetGate.CameraCrossingMinSpeedMps"/> or more, is judged as a
    /// crossing radar return is: carried to its arrival, in the corridor, over consecutive camera lists. Why on the camera
    /// alone: a road user stepping out between parked cars is hidden from the radar's low mount by the parked car while
    /// the camera, higher, sees it set off (Euro NCAP CBNAO, CPNCO); camera-only pedestrian AEB is production practice
    /// (mono-camera systems). A faulted camera gives no candidates (its list is empty); its range is the camera's
    /// (σ = k·Z², 0.1 m at 10 m), which is why only a near road user about to arrive counts (the TTC limit).
    /// </summary>
    private static void AssessCameraCrossers(ref CameraObjectList camera, in EgoPath path, float egoSpeedMps, float egoAccelMps2,
        in TargetGate gate, CameraLateralTracks tracks, ThreatPersistence? persistence, ref ThreatAssessment best)
    {
        float ageS = ThreatMath.ListAgeS(camera.AgeUs);
        float egoSpeedAtMeasurement = egoSpeedMps - egoAccelMps2 * ageS;
        int count = Math.Min(camera.Count, CameraObjectBuffer.Capacity);
        for (int i = 0; i < count; i++)
        {
            ref readonly CameraObject obj = ref camera.Objects[i];
            if (obj.Class is not (ObjectClass.Pedestrian or ObjectClass.Child or ObjectClass.Cyclist)) continue;
            if (!TrackPlausibility.CameraObjectValid(obj) || obj.Confidence < gate.CameraVetoConfidence) continue;
            if (!(obj.LongitudinalM > 0f)) continue;
            if (!tracks.TryLateral(obj.Id, gate.CameraCrossingWindowUs, gate.CameraCrossingMinSamples, out float slope, out float lateralM)) continue;
            float lateralVel = PathRelativeLateralVelocity(slope, obj.LongitudinalM, obj.RelVelLongMps, path, gate.YawRateUncertaintyRps, egoSpeedMps);
            if (MathF.Abs(lateralVel) < gate.CameraCrossingMinSpeedMps) continue;

            float rangeM = MathF.Max(obj.LongitudinalM + obj.RelVelLongMps * ageS, 0.01f);
            // The camera gives no acceleration: the road user keeps its speed along the road.
            float targetSpeed = egoSpeedAtMeasurement + obj.RelVelLongMps;
            float ttc = ThreatMath.TimeToCollision(rangeM, egoSpeedMps, targetSpeed, 0f);
            if (!(ttc <= gate.CameraCrossingMaxTtcS)) continue;
            float offsetAtArrival = lateralM - path.LateralAt(rangeM) + lateralVel * (ttc + ageS);
            if (!InCorridor(offsetAtArrival, obj.WidthM, rangeM, path, egoSpeedMps, gate)) continue;
            int id = CameraTrackIdBase - obj.Id;
            if (persistence is not null && persistence.Candidate(id) < gate.MinThreatLists) continue;

            float required = ThreatMath.RequiredDeceleration(rangeM, egoSpeedMps, targetSpeed, 0f, gate.BrakeLatencyS, gate.StopMarginM);
            if (!Outranks(best, required, rangeM)) continue;

            best.HasTarget = true;
            best.TrackId = id;
            best.RangeM = rangeM;
            best.ClosingSpeedMps = -obj.RelVelLongMps;
            best.ReportedClosingSpeedMps = -obj.RelVelLongMps;
            best.TargetSpeedMps = targetSpeed;
            best.TargetAccelMps2 = 0f;
            best.TtcS = ttc;
            best.RequiredDecelMps2 = required;
            best.PathOffsetM = offsetAtArrival;
            best.Class = obj.Class;
            best.LateralM = lateralM;
        }
    }

    /// <summary>
    /// Over-ground speeds within which a radar return may be standing: the camera's standing window
    /// (CameraStationarySpeedMps + CameraStationarySpeedShare × ego speed), or the radar's own 0.5 m/s where no
    /// camera window is set.
    /// </summary>
    public static float StandingWindowMps(in TargetGate gate, float egoSpeedMps)
    {
        float window = gate.CameraStationarySpeedMps + gate.CameraStationarySpeedShare * MathF.Abs(egoSpeedMps);
        return float.IsFinite(window) ? MathF.Max(window, StationarySpeedMps) : StationarySpeedMps;
    }

    /// <summary>
    /// How fast the track moves across the predicted path, with the path's bend and the sensor frame's rotation taken out.
    /// The radar tracks positions in a frame that turns with the car (yaw rate ω = κ·v about the rear axle, κ the path's
    /// curvature), and the path at x ahead of the bumper runs at the slope κ·(x + a) to the car's axis (a = axle to
    /// bumper). A target going along a path parallel to ours at u over ground moves across our axis at u·κ(x + a) over
    /// ground and at that less ω·(x + a) in the turning frame: RelVelLat = κ(x + a)·(u − v) = κ(x + a)·RelVelLong. What is
    /// left after taking that out is its own motion across the path: 0 for a car standing in the lane of a bend (which
    /// drifted at 4.4 m/s at 50 m at 80 km/h on a 250 m bend, was predicted out of the path and hit at 58.6 km/h), for a
    /// lead car following the bend and for an oncoming car on the next lane (which was predicted into the path and
    /// braked the car fully); a pedestrian's walking speed for one crossing.
    /// </summary>
    /// <remarks>
    /// Only the part of the curvature beyond the yaw rate's own uncertainty (σ / v) is taken out: on a straight road the
    /// IMU's noise times 30–40 m of lever moved a pedestrian's estimate across the crossing deadband and braked
    /// <c>cpna-60</c> late in 1 seed of 20 (hit at 17 km/h). A real bend (80 km/h on 250 m: 0.089 rad/s) is far beyond it.
    /// </remarks>
    /// <remarks>
    /// A radar track's lateral velocity carries the frame's rotation as the radar's tracker followed it
    /// (<see cref="EgoPath.TrackedRotationCurvaturePerM"/>), not the present yaw rate's: the rotation −ω·(x + a) taken out
    /// is the tracked one, and the motion along the path the present one.
    /// </remarks>
    public static float PathRelativeLateralVelocity(in RadarTrack track, in EgoPath path, float yawRateUncertaintyRps = 0f, float egoSpeedMps = 0f) =>
        PathRelativeLateralVelocity(track.RelVelLatMps, track.LongitudinalM, track.RelVelLongMps, path, yawRateUncertaintyRps, egoSpeedMps, trackedRotation: true);

    /// <summary>
    /// The same for any sensor's lateral velocity <paramref name="relVelLatMps"/> of an object <paramref name="longitudinalM"/>
    /// ahead of the bumper; <paramref name="trackedRotation"/>: a radar tracker's estimate, which carries the frame's rotation
    /// of <see cref="EgoPath.TrackedRotationCurvaturePerM"/> (the camera's range-fitted slopes carry the present one).
    /// </summary>
    public static float PathRelativeLateralVelocity(float relVelLatMps, float longitudinalM, float relVelLongMps, in EgoPath path,
        float yawRateUncertaintyRps = 0f, float egoSpeedMps = 0f, bool trackedRotation = false)
    {
        float noise = egoSpeedMps > 1f ? yawRateUncertaintyRps / egoSpeedMps : 0f;
        float leverM = longitudinalM + path.AxleToBumperM;
        float yawSlope = BeyondNoise(path.CurvaturePerM, noise) * leverM;
        float alongYawPath = relVelLatMps - yawSlope * relVelLongMps;
        // relVelLat = u·slope − ω·lever for one going along the yaw circle at u: the rotation ω = κ·v that the estimate
        // carries is the tracked one (the same as the present one on a steady bend or a straight road).
        if (trackedRotation && egoSpeedMps > 1f)
            alongYawPath += (BeyondNoise(path.TrackedRotationCurvaturePerM, noise) * leverM - yawSlope) * egoSpeedMps;
        // Where the lane shapes the path, the path's slope there is the blend's, not the circle's: one going along the
        // lane at u over ground moves across our axis at slope·u, while the frame's rotation stays the yaw rate's.
        float w = path.LaneWeight(longitudinalM);
        if (!(w > 0f)) return alongYawPath;
        float pathSlope = yawSlope + w * (path.LaneSlopeAt(longitudinalM) - yawSlope);
        return alongYawPath - (pathSlope - yawSlope) * (egoSpeedMps + relVelLongMps);
    }

    /// <summary>Only the part of a curvature beyond the yaw rate's own uncertainty over speed (see the remarks above).</summary>
    private static float BeyondNoise(float curvaturePerM, float noisePerM) =>
        MathF.Sign(curvaturePerM) * MathF.Max(MathF.Abs(curvaturePerM) - noisePerM, 0f);

    /// <summary>
    /// How far a crossing track moves across the path in <paramref name="timeS"/> from its measurement: at its lateral
    /// velocity, or, where its kept velocities (<see cref="RadarLateralHistory"/>) fall against its motion by at least
    /// <see cref="TargetGate.LateralDecelMinMps2"/> and <see cref="TargetGate.LateralDecelSigmas"/> standard errors,
    /// decelerating from its speed (the estimate trails a decelerating target by <see cref="TargetGate.LateralVelocityLagS"/>
    /// of that deceleration) until it stops: v²/(2|a|) when it stops within the time. A crossing car braking at 4 m/s² to
    /// stop 3.5 m short of our lane is no longer carried into it; a track whose speed holds, or rises, travels as before.
    /// </summary>
    public static float LateralTravelM(int trackId, float lateralVelMps, float timeS, in TargetGate gate, RadarLateralHistory? history,
        bool coasted = false)
    {
        float constant = lateralVelMps * timeS;
        if (history is null || gate.LateralDecelWindowUs <= 0 || lateralVelMps == 0f) return constant;
        if (!history.TryLateralAccel(trackId, gate.LateralDecelWindowUs, gate.LateralDecelMinSamples, out float accel, out float sigma, coasted)) return constant;
        // Only a deceleration against the motion, beyond both the floor and the fit's own noise.
        if (!(accel * lateralVelMps < 0f) || !(MathF.Abs(accel) >= MathF.Max(gate.LateralDecelMinMps2, gate.LateralDecelSigmas * sigma))) return constant;
        float speed = lateralVelMps + accel * gate.LateralVelocityLagS;
        if (!(speed * lateralVelMps > 0f)) return 0f;
        float stopS = -speed / accel;
        float travel = stopS <= timeS ? 0.5f * speed * stopS : speed * timeS + 0.5f * accel * timeS * timeS;
        // Never farther than the constant-speed travel: the deceleration only ever shortens it.
        return MathF.Abs(travel) < MathF.Abs(constant) ? travel : constant;
    }

    /// <summary>
    /// The path-relative lateral velocity of a track younger than <see cref="TargetGate.YoungTrackUpdates"/> within
    /// <see cref="TargetGate.YoungTrackMaxRangeM"/>, its reported estimate divided by the share of a constant speed the
    /// radar's α-β tracker reports at that age (<see cref="ThreatMath.TrackerRampFraction"/>): a child that steps out
    /// from behind a parked car at 1.39 m/s reads 0.54, 0.84, 1.08 m/s in the lists after it is confirmed. NaN for any
    /// other track (NaN fails every comparison, so it never crosses).
    /// </summary>
    public static float YoungLateralVelocity(in RadarTrack track, in EgoPath path, in TargetGate gate, float egoSpeedMps)
    {
        if (track.UpdateCount >= gate.YoungTrackUpdates || !(track.LongitudinalM <= gate.YoungTrackMaxRangeM)) return float.NaN;
        float fraction = ThreatMath.TrackerRampFraction(gate.TrackerAlpha, gate.TrackerBeta, track.UpdateCount);
        if (!(fraction > 0f)) return float.NaN;
        return PathRelativeLateralVelocity(track.RelVelLatMps / fraction, track.LongitudinalM, track.RelVelLongMps, path,
            gate.YawRateUncertaintyRps, egoSpeedMps);
    }

    /// <summary>
    /// The lateral velocity of a track that is speeding up across the path, carried forward by the tracker's lag: its
    /// estimate plus <see cref="TargetGate.LateralVelocityLagS"/> times the least-squares slope of its last lists
    /// (<see cref="TargetGate.LateralOnsetWindowUs"/>, at least <see cref="TargetGate.LateralOnsetMinSamples"/>) when that
    /// slope is at least <see cref="TargetGate.LateralOnsetMinMps2"/> and <see cref="TargetGate.LateralDecelSigmas"/> of its
    /// standard errors. Why: a cyclist standing between parked cars and tracked for seconds that sets off at 2.78 m/s reads
    /// 0.59, 0.85, 1.74, 2.29 m/s in the lists after (ncap26-cbnao-60-il10): the reported estimate puts it in the path one
    /// list after the last brake command that avoids it. NaN when the slope is not that steep or the velocity it gives is
    /// not in the slope's direction.
    /// </summary>
    public static float OnsetLateralVelocity(int trackId, float lateralVelMps, in TargetGate gate, RadarLateralHistory? history, bool coasted = false)
    {
        if (history is null || gate.LateralOnsetWindowUs <= 0) return float.NaN;
        if (!history.TryLateralAccel(trackId, gate.LateralOnsetWindowUs, gate.LateralOnsetMinSamples, out float accel, out float sigma, coasted)) return float.NaN;
        if (!(MathF.Abs(accel) >= MathF.Max(gate.LateralOnsetMinMps2, gate.LateralDecelSigmas * sigma))) return float.NaN;
        float carried = lateralVelMps + accel * gate.LateralVelocityLagS;
        // Speeding up: the carried velocity goes the way the slope pushes it (a slowing crosser is LateralTravelM's).
        return carried * accel > 0f ? carried : float.NaN;
    }

    /// <summary>
    /// The mean path-relative lateral velocity of a track no longer young (<see cref="TargetGate.YoungTrackUpdates"/>) within
    /// <see cref="TargetGate.CrossingRadarOnlyMaxRangeM"/>, over its kept lists of the last
    /// <see cref="TargetGate.SustainedCrossingWindowUs"/> (at least <see cref="TargetGate.SustainedCrossingMinSamples"/>),
    /// where it holds its speed: the slope of those lists below <see cref="TargetGate.LateralDecelMinMps2"/> either way (a
    /// crosser braking to stop short, or setting off, is the deceleration's and the onset's, and the mean of a changing
    /// speed lags it by half the window). NaN otherwise. Why: one list's α-β estimate has σ ≈ 0.007 m/s per m, the mean of
    /// 8-10 lists 0.3-0.4 of that, so a pedestrian walking at 1.39 m/s 20-30 m ahead is told from a standing one where one
    /// list cannot tell it (ForwardAebCalibration.SustainedCrossingWindowS).
    /// </summary>
    public static float SustainedLateralVelocity(in RadarTrack track, in TargetGate gate, RadarLateralHistory? history, bool coasted = false)
    {
        if (history is null || gate.SustainedCrossingWindowUs <= 0 || track.UpdateCount < gate.YoungTrackUpdates) return float.NaN;
        if (!(track.LongitudinalM <= gate.CrossingRadarOnlyMaxRangeM)) return float.NaN;
        if (!history.TryMeanLateralVelocity(track.Id, gate.SustainedCrossingWindowUs, gate.SustainedCrossingMinSamples, out float meanMps, coasted)) return float.NaN;
        if (!history.TryLateralAccel(track.Id, gate.SustainedCrossingWindowUs, gate.SustainedCrossingMinSamples, out float accelMps2, out _, coasted)) return float.NaN;
        return MathF.Abs(accelMps2) < gate.LateralDecelMinMps2 ? meanMps : float.NaN;
    }

    /// <summary>
    /// Whether a target <paramref name="widthM"/> wide whose centre arrives <paramref name="offsetAtArrivalM"/> off the path
    /// overlaps the swept corridor enough: by the minimum overlap (half a narrow target's width at most) plus the path's
    /// own uncertainty there. The predicted path bends with the measured yaw rate; its uncertainty (IMU noise and residual
    /// offset) moves the path sideways by ½·(σ_yaw/v)·x² at distance x, so far targets must overlap by that much more.
    /// </summary>
    private static bool InCorridor(float offsetAtArrivalM, float widthM, float rangeM, in EgoPath path, float egoSpeedMps, in TargetGate gate)
    {
        float overlap = EgoPath.OverlapAtOffset(offsetAtArrivalM, gate.EgoWidthM, MathF.Max(widthM, 0.3f));
        float pathMargin = path.UncertaintyM(rangeM, gate.YawRateUncertaintyRps, egoSpeedMps);
        return overlap >= MathF.Min(gate.MinOverlapM, 0.5f * widthM) + pathMargin;
    }

    /// <summary>A candidate needing <paramref name="requiredMps2"/> at <paramref name="rangeM"/> replaces the best so far: none yet, a harder need, or the same need nearer.</summary>
    private static bool Outranks(in ThreatAssessment best, float requiredMps2, float rangeM) =>
        !best.HasTarget || requiredMps2 > best.RequiredDecelMps2 || (requiredMps2 == best.RequiredDecelMps2 && rangeM < best.RangeM);

    /// <summary>Sideways uncertainty of the predicted path at <paramref name="distanceM"/> from the rear axle.</summary>
    public static float PathUncertaintyM(float yawRateUncertaintyRps, float egoSpeedMps, float distanceM) =>
        egoSpeedMps > 1f ? 0.5f * yawRateUncertaintyRps / egoSpeedMps * distanceM * distanceM : 0f;

    /// <summary>The camera list's veto candidates and valid objects, worked out once per list at the first track that needs them.</summary>
    private static void KnowCameraMasks(ref CameraObjectList camera, in TargetGate gate, ref bool known, ref uint vetoCandidates, ref uint validCamera)
    {
        if (known) return;
        vetoCandidates = VetoCandidates(ref camera, gate);
        validCamera = ValidObjects(ref camera);
        known = true;
    }

    /// <summary>Whether the track lies inside the camera's field (angle and range) the gate names.</summary>
    public static bool InCameraField(in RadarTrack track, in TargetGate gate) =>
        track.LongitudinalM > 0f && track.LongitudinalM <= gate.CrossingCameraMaxRangeM
        && MathF.Atan2(MathF.Abs(track.LateralM), track.LongitudinalM) <= gate.CrossingCameraHalfFovRad;

    private static bool IsPlausible(in RadarTrack track, in TargetGate gate)
    {
        // Every field checked before use: NaN width or elevation never reaches the required deceleration.
        // RadarTrackValid bounds every field (a NaN or infinity fails its range), so no finiteness check is repeated here.
        if (!TrackPlausibility.RadarTrackValid(track)) return false;
        if (!(track.LongitudinalM >= 0f && track.LongitudinalM <= gate.MaxRangeM)) return false;
        if (track.UpdateCount < Math.Min(gate.MinTrackUpdates, Math.Max(gate.YoungCrossingMinTrackUpdates, 1))) return false;
        return true;
    }

    /// <summary>
    /// How many times the radar's datasheet azimuth noise this track's echo carries: √(SNRref/SNR) below the reference SNR, 1
    /// at and above it (the angle estimator's error bound goes as 1/√SNR; docs/sensors.md, the radar model's noise scale). The
    /// SNR relative to the reference follows from the radar equation (−40 dB per decade of range) and the track's reported
    /// RCS: RCS − <see cref="TargetGate.FullAccuracyRcsAt100MDbsm"/> − 40·log10(range / 100 m). Why: the crossing deadband grows
    /// 0.035 m/s per m, 5 σ of a strong echo's α-β lateral velocity; drivable clutter (−15 dBsm) 37-40 m ahead has 1.8-2 times
    /// that noise (SNR 14-15 dB), its young track read 2.0-2.5 m/s across against a 1.85 m/s deadband and braked the car fully
    /// at 112-119 km/h (aeb explore false-activation, seeds 13 and 14). Every road user within 40 m (≥ −10 dBsm) is at or above
    /// the reference: 1. 1 for a non-positive range or a gate without the reference (−∞).
    /// </summary>
    public static float LateralNoiseScale(in RadarTrack track, in TargetGate gate)
    {
        if (!(track.LongitudinalM > 0f) || !float.IsFinite(gate.FullAccuracyRcsAt100MDbsm)) return 1f;
        float belowReferenceDb = gate.FullAccuracyRcsAt100MDbsm + 40f * MathF.Log10(MathF.Max(track.LongitudinalM, 1f) / 100f) - track.RcsDbsm;
        return belowReferenceDb > 0f ? MathF.Pow(10f, belowReferenceDb / 20f) : 1f;
    }

    /// <summary>Whether a young near track's corrected lateral velocity (<see cref="YoungLateralVelocity"/>) passes the crossing deadband.</summary>
    private static bool YoungCrossesEarly(in RadarTrack track, in EgoPath path, in TargetGate gate, float egoSpeedMps)
    {
        if (gate.YoungCrossingMinTrackUpdates <= 0 || track.UpdateCount < gate.YoungCrossingMinTrackUpdates) return false;
        float deadband = gate.LateralVelocityDeadbandMps + gate.LateralVelocityDeadbandPerM * LateralNoiseScale(track, gate) * track.LongitudinalM;
        return MathF.Abs(YoungLateralVelocity(track, path, gate, egoSpeedMps)) >= MathF.Max(deadband, StationarySpeedMps);
    }

    /// <summary>Whether the camera reports any valid object (classified or not, moving or not) covering this place.</summary>
    public static bool CameraSeesObjectNear(ref CameraObjectList camera, float rangeM, float lateralM) =>
        CameraSeesObjectAt(ref camera, ValidObjects(ref camera), rangeM, lateralM, 0f, float.PositiveInfinity);

    /// <summary>Whether the camera reports any object (classified or not) covering this place.</summary>
    private static bool CameraSeesObjectAt(ref CameraObjectList camera, uint validObjects, float rangeM, float lateralM,
        float egoSpeedMps, float maxOverGroundSpeedMps)
    {
        for (int i = 0; validObjects != 0 && i < CameraObjectBuffer.Capacity; i++, validObjects >>= 1)
        {
            if ((validObjects & 1u) == 0) continue;
            ref readonly CameraObject obj = ref camera.Objects[i];
            // Mono-camera range error grows with range (about 5 % at 44 m, 10 % at 90 m): a wide range gate.
            // ...and the camera's object must stand as the radar's return does: a car driving ahead of a cover does not confirm it.
            if (MathF.Abs(obj.LongitudinalM - rangeM) < 2f + 0.15f * rangeM && MathF.Abs(obj.LateralM - lateralM) < 0.5f * obj.WidthM + 0.5f
                && MathF.Abs(egoSpeedMps + obj.RelVelLongMps) <= maxOverGroundSpeedMps)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a confident camera object (<paramref name="confidentObjects"/>: every field valid, confidence at least the
    /// veto's) classed as a road user stands at about this place (the veto's place gate: 2 m + 10 % along, 1.5 m across).
    /// </summary>
    public static bool CameraSeesRoadUserAt(ref CameraObjectList camera, uint confidentObjects, float rangeM, float lateralM)
    {
        for (int i = 0; confidentObjects != 0 && i < CameraObjectBuffer.Capacity; i++, confidentObjects >>= 1)
        {
            if ((confidentObjects & 1u) == 0) continue;
            ref readonly CameraObject obj = ref camera.Objects[i];
            if (!IsRoadUser(obj.Class)) continue;
            if (MathF.Abs(obj.LongitudinalM - rangeM) < 2f + 0.1f * rangeM && MathF.Abs(obj.LateralM - lateralM) < 1.5f) return true;
        }

        return false;
    }

    /// <summary>Classes that are road users: never overhead, never drivable.</summary>
    public static bool IsRoadUser(ObjectClass cls) => cls is ObjectClass.PassengerCar or ObjectClass.Pedestrian or ObjectClass.Child
        or ObjectClass.Cyclist or ObjectClass.Motorcycle;

    /// <summary>The camera objects whose every field is valid, bit i for object i.</summary>
    public static uint ValidObjects(ref CameraObjectList camera)
    {
        uint valid = 0;
        int count = Math.Min(camera.Count, CameraObjectBuffer.Capacity);
        for (int i = 0; i < count; i++)
        {
            if (TrackPlausibility.CameraObjectValid(camera.Objects[i])) valid |= 1u << i;
        }

        return valid;
    }

    /// <summary>
    /// The camera vetoes a stationary radar target only when it confidently sees, at the same place,
    /// something that must not cause braking (a gantry, a road plate, drivable clutter) and the
    /// radar's own elevation agrees (high for a gantry, low for a plate): both sensors must say so.
    /// A faulted camera gives an empty list, so a camera fault never removes a target; the camera
    /// never adds one either, so its absence never prevents braking for a radar-confirmed threat.
    /// </summary>
    public static bool CameraVetoes(ref CameraObjectList camera, in RadarTrack track, in TargetGate gate) =>
        CameraVetoes(ref camera, VetoCandidates(ref camera, gate), track, gate);

    /// <summary>The camera objects that may veto, bit i for object i: every field valid and the confidence at least the gate's.</summary>
    public static uint VetoCandidates(ref CameraObjectList camera, in TargetGate gate)
    {
        uint candidates = 0;
        int count = Math.Min(camera.Count, CameraObjectBuffer.Capacity);
        for (int i = 0; i < count; i++)
        {
            ref readonly CameraObject obj = ref camera.Objects[i];
            if (TrackPlausibility.CameraObjectValid(obj) && obj.Confidence >= gate.CameraVetoConfidence) candidates |= 1u << i;
        }

        return candidates;
    }

    private static bool CameraVetoes(ref CameraObjectList camera, uint candidates, in RadarTrack track, in TargetGate gate)
    {
        for (int i = 0; candidates != 0 && i < CameraObjectBuffer.Capacity; i++, candidates >>= 1)
        {
            if ((candidates & 1u) == 0) continue;
            ref readonly CameraObject obj = ref camera.Objects[i];
            bool samePlace = MathF.Abs(obj.LongitudinalM - track.LongitudinalM) < 2f + 0.1f * track.LongitudinalM
                && MathF.Abs(obj.LateralM - track.LateralM) < 1.5f;
            if (!samePlace) continue;
            if (VetoAgrees(obj.Class, track.ElevationM, gate.VetoHighElevationM, gate.VetoLowElevationM)) return true;
        }

        return false;
    }

    /// <summary>The camera's class and the radar's elevation agree that the object is not in the way.</summary>
    public static bool VetoAgrees(ObjectClass cameraClass, float radarElevationM, float highElevationM, float lowElevationM) => cameraClass switch
    {
        ObjectClass.OverheadGantry => radarElevationM >= highElevationM,
        ObjectClass.RoadPlate or ObjectClass.DrivableClutter => radarElevationM <= lowElevationM,
        _ => false,
    };

    /// <summary>The class of a confirmed camera object at about the same place, or Unknown.</summary>
    private static ObjectClass CameraClassNear(ref CameraObjectList camera, float rangeM, float lateralM)
    {
        int count = Math.Min(camera.Count, CameraObjectBuffer.Capacity);
        for (int i = 0; i < count; i++)
        {
            ref readonly CameraObject obj = ref camera.Objects[i];
            if (obj.Class == ObjectClass.Unknown || !TrackPlausibility.CameraObjectValid(obj)) continue;
            if (MathF.Abs(obj.LongitudinalM - rangeM) < 2f + 0.1f * rangeM && MathF.Abs(obj.LateralM - lateralM) < 1.5f)
            {
                return obj.Class;
            }
        }

        return ObjectClass.Unknown;
    }
}
