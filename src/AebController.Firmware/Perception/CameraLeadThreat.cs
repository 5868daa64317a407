using AebController.Firmware.Signals;

namespace AebController.Firmware.Perception;

/// <summary>
/// The camera fallback's moving lead (a sibling of <see cref="CameraFallbackThreat"/>, which judges what stands or
/// crosses): while the front radar is lost, a classified vehicle moving our way in the path is judged on the speed and
/// deceleration its own camera ranges give (<see cref="CameraLeadRanges"/>), as a single-camera FCW judges time to contact
/// from the image's scale change (Dagan et al. 2004, docs/faults.md session 16). Every quantity is taken at the less critical
/// end of its confidence interval (range and speed higher, braking smaller by <see cref="Settings.Sigmas"/> σ of the camera's
/// range error model), so the camera's noise can only make the judged threat less critical than the truth, never more,
/// except in the interval's own tail; the fit must follow the ranges (<see cref="Settings.MaxResidualRatio"/>), hold enough
/// samples, and the object must be a vehicle the camera has classified with the veto's confidence, in the path for the
/// fallback's consecutive lists. Why: aeb faults, ccrb-12m-6 and ccrm-50 with the front radar lost while cruising (stale,
/// frozen, a range or lateral field faulted): forward AEB stood aside and the car hit the lead at 30-43 km/h.
/// </summary>
public static class CameraLeadThreat
{
    /// <summary>The calibration of the lead's fit (ForwardAebCalibration's cameraLead* fields).</summary>
    public readonly record struct Settings(long WindowUs, int MinSamples, float RangeErrorPerM, float Sigmas, float MaxResidualRatio, float MaxDecelMps2);

    /// <summary>Classes the lead judgement takes: vehicles (a walker's or cyclist's class may be confused; docs/sensors.md).</summary>
    public static bool VehicleClass(ObjectClass c) => c is ObjectClass.PassengerCar or ObjectClass.Motorcycle;

    /// <summary>The fit is trusted: enough samples (checked by the fit) and the ranges lie on it within the camera's noise.</summary>
    public static bool Trusted(in CameraLeadFit fit, in Settings settings) =>
        fit.Samples >= settings.MinSamples && fit.ResidualRatio <= settings.MaxResidualRatio;

    /// <summary>
    /// The most critical moving lead the camera proves (<see cref="ThreatAssessment.None"/> when there is none), with the
    /// fallback's track ids and persistence (a lead that comes to a stop is the same candidate for the standing judgement).
    /// </summary>
    public static ThreatAssessment Assess(ref CameraObjectList camera, in EgoPath path, float egoSpeedMps, float egoAccelMps2, float yawRateRps,
        in TargetGate gate, CameraLateralTracks tracks, CameraLeadRanges ranges, ThreatPersistence persistence,
        in CameraFallbackThreat.Settings fallback, in Settings settings)
    {
        var best = ThreatAssessment.None;
        if (!(egoSpeedMps > 0f) || settings.WindowUs <= 0) return best;
        float ageS = ThreatMath.ListAgeS(camera.AgeUs);
        float egoAtMeasurementMps = egoSpeedMps - egoAccelMps2 * ageS;
        float standingWindowMps = RadarThreatAssessor.StandingWindowMps(gate, egoSpeedMps);
        int count = Math.Min(camera.Count, CameraObjectBuffer.Capacity);
        for (int i = 0; i < count; i++)
        {
            ref readonly CameraObject obj = ref camera.Objects[i];
            if (!TrackPlausibility.CameraObjectValid(obj) || !VehicleClass(obj.Class) || obj.Confidence < gate.CameraVetoConfidence) continue;
            if (!(obj.LongitudinalM > 0f) || obj.LongitudinalM > fallback.MaxRangeM) continue;
            if (!ranges.TryFit(obj.Id, settings.WindowUs, settings.MinSamples, settings.RangeErrorPerM, out CameraLeadFit fit) || !Trusted(fit, settings)) continue;
            if (!tracks.TryLateral(obj.Id, fallback.WindowUs, fallback.MinSamples, out float slopeMps, out float lateralM)) continue;
            // The camera's frame turns with the car: an object y aside moves along our axis at ω·y more than it does over
            // ground (ThreatMath.RangeSlopeInTurningFrame), so on a bend that is taken out of the speed its ranges give.
            fit = fit with { SpeedMps = fit.SpeedMps - (float.IsFinite(yawRateRps) ? yawRateRps : 0f) * lateralM };
            // Moving our way: what stands (or comes toward us) is the standing judgement's.
            if (!(fit.SpeedMps > standingWindowMps)) continue;

            var lead = Judge(fit, settings.Sigmas, settings.MaxDecelMps2, ageS, egoSpeedMps, egoAccelMps2, gate.BrakeLatencyS, gate.StopMarginM);
            float lateralVelMps = RadarThreatAssessor.PathRelativeLateralVelocity(slopeMps, obj.LongitudinalM, fit.SpeedMps - egoAtMeasurementMps, path,
                gate.YawRateUncertaintyRps, egoSpeedMps);
            float offsetAtArrivalM = CameraFallbackThreat.OffsetAtArrival(lateralM - path.LateralAt(lead.RangeM), lateralVelMps, lead.TtcS + ageS,
                fallback.CrossingMinSpeedMps);
            if (!CameraFallbackThreat.InCorridor(offsetAtArrivalM, obj.WidthM, lead.RangeM, path, egoSpeedMps, gate)) continue;
            int id = CameraFallbackThreat.TrackIdBase - obj.Id;
            if (persistence.Candidate(id) < fallback.MinLists) continue;
            if (best.HasTarget && !(lead.RequiredDecelMps2 > best.RequiredDecelMps2 || (lead.RequiredDecelMps2 == best.RequiredDecelMps2 && lead.RangeM < best.RangeM))) continue;
            best = lead;
            best.TrackId = id;
            best.PathOffsetM = offsetAtArrivalM;
            best.Class = obj.Class;
            best.LateralM = lateralM;
        }

        return best;
    }

    /// <summary>
    /// The lead as judged now: range, speed and braking at the less critical ends of the fit's intervals
    /// (<see cref="CameraLeadFit"/>), both cars carried over the list's age <paramref name="ageS"/> (the lead until it
    /// stops), and its time to collision and the deceleration the ego needs.
    /// </summary>
    public static ThreatAssessment Judge(in CameraLeadFit fit, float sigmas, float maxDecelMps2, float ageS, float egoSpeedMps, float egoAccelMps2,
        float latencyS, float marginM)
    {
        float accelMps2 = fit.JudgedAccelMps2(sigmas, maxDecelMps2);
        float speedAtCaptureMps = fit.JudgedSpeedMps(sigmas, maxDecelMps2);
        float moveS = accelMps2 < 0f ? MathF.Min(ageS, speedAtCaptureMps / -accelMps2) : ageS;
        float leadTravelM = speedAtCaptureMps * moveS + 0.5f * accelMps2 * moveS * moveS;
        float egoTravelM = egoSpeedMps * ageS - 0.5f * egoAccelMps2 * ageS * ageS;
        float rangeM = MathF.Max(fit.JudgedRangeM(sigmas, maxDecelMps2) + leadTravelM - egoTravelM, 0.01f);
        float speedMps = MathF.Max(speedAtCaptureMps + accelMps2 * moveS, 0f);
        var threat = ThreatAssessment.None;
        threat.HasTarget = true;
        threat.RangeM = rangeM;
        threat.ClosingSpeedMps = egoSpeedMps - speedMps;
        threat.ReportedClosingSpeedMps = threat.ClosingSpeedMps;
        threat.TargetSpeedMps = speedMps;
        threat.TargetAccelMps2 = accelMps2;
        threat.TtcS = ThreatMath.TimeToCollision(rangeM, egoSpeedMps, speedMps, accelMps2);
        threat.RequiredDecelMps2 = ThreatMath.RequiredDeceleration(rangeM, egoSpeedMps, speedMps, accelMps2, latencyS, marginM);
        return threat;
    }
}
