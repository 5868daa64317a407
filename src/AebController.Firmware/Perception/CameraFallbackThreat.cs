using AebController.Firmware.Signals;

namespace AebController.Firmware.Perception;

/// <summary>
/// Forward AEB's threat on the camera alone while the front radar is lost (stale, frozen, a field out of range, or found
/// inconsistent): a fusion system keeps braking on the sensor that is still healthy for a threat that sensor can prove by
/// itself, with the fault lamp on. What the camera proves without the radar: an object it has classified (a car, a
/// pedestrian, a child, a cyclist; confidence at least the veto's) that stands along the road, its over-ground speed (the
/// ego's plus its relative speed) inside the camera's standing window, and that stands in the path or crosses into it by
/// the lateral speed fitted to its own positions over a long window. A moving lead is not judged (its speed would come
/// from the camera's scale change alone). The camera reports no clutter (plates, gantries, posts are never listed:
/// docs/sensors.md) and confuses classes only among road users, so a classified object is a solid road user; what is left
/// to guard against is a road user beside the path, which the corridor test, the crossing speed's 5σ threshold and the
/// persistence over consecutive camera lists answer. Why: aeb faults, cpna-40 with the radar's range drifting or its rate
/// offset from cruising: the radar was faulted before the pedestrian stepped out, forward AEB stood aside and the car hit
/// her at 40 km/h while the camera watched her cross (docs/faults.md, session 15).
/// </summary>
public static class CameraFallbackThreat
{
    /// <summary>Track ids of fallback threats: this less the camera object's id (apart from radar, echo and camera-crosser ids).</summary>
    public const int TrackIdBase = -2000;

    /// <summary>The calibration the fallback judges by (ForwardAebCalibration's cameraFallback* fields and the gate's corridor).</summary>
    public readonly record struct Settings(
        float MaxRangeM, long WindowUs, int MinSamples, float CrossingMinSpeedMps, int MinLists);

    /// <summary>
    /// Whether the camera stands in for the front radar this cycle: the radar is lost while everything else forward AEB
    /// judges by is healthy (camera, wheel speed, gear in drive, IMU), and the fallback is calibrated on (a range above 0).
    /// </summary>
    public static bool Active(bool radarLost, bool cameraOk, bool speedOk, bool imuOk, bool inDrive, float maxRangeM) =>
        radarLost && cameraOk && speedOk && imuOk && inDrive && maxRangeM > 0f;

    /// <summary>Classes the camera confirms that stand for a solid road user forward AEB brakes for.</summary>
    public static bool ProvableClass(ObjectClass c) =>
        c is ObjectClass.PassengerCar or ObjectClass.Pedestrian or ObjectClass.Child or ObjectClass.Cyclist;

    /// <summary>
    /// The most critical provable camera threat (<see cref="ThreatAssessment.None"/> when there is none). Marks each
    /// in-path candidate in <paramref name="persistence"/> (observed with the camera list's age every cycle).
    /// </summary>
    public static ThreatAssessment Assess(ref CameraObjectList camera, in EgoPath path, float egoSpeedMps, float egoAccelMps2,
        in TargetGate gate, CameraLateralTracks tracks, ThreatPersistence persistence, in Settings settings)
    {
        var best = ThreatAssessment.None;
        if (!(egoSpeedMps > 0f)) return best;
        float ageS = ThreatMath.ListAgeS(camera.AgeUs);
        float egoAtMeasurementMps = egoSpeedMps - egoAccelMps2 * ageS;
        float standingWindowMps = RadarThreatAssessor.StandingWindowMps(gate, egoSpeedMps);
        int count = Math.Min(camera.Count, CameraObjectBuffer.Capacity);
        for (int i = 0; i < count; i++)
        {
            ref readonly CameraObject obj = ref camera.Objects[i];
            if (!TrackPlausibility.CameraObjectValid(obj) || !ProvableClass(obj.Class) || obj.Confidence < gate.CameraVetoConfidence) continue;
            if (!(obj.LongitudinalM > 0f) || obj.LongitudinalM > settings.MaxRangeM) continue;
            // Standing along the road: a moving lead's speed is not proven by the camera alone.
            if (!Stands(egoAtMeasurementMps, obj.RelVelLongMps, standingWindowMps)) continue;
            if (!tracks.TryLateral(obj.Id, settings.WindowUs, settings.MinSamples, out float slopeMps, out float lateralM)) continue;

            float rangeM = MathF.Max(obj.LongitudinalM - egoSpeedMps * ageS, 0.01f);
            float ttcS = ThreatMath.TimeToCollision(rangeM, egoSpeedMps, 0f, 0f);
            float lateralVelMps = RadarThreatAssessor.PathRelativeLateralVelocity(slopeMps, obj.LongitudinalM, obj.RelVelLongMps, path,
                gate.YawRateUncertaintyRps, egoSpeedMps);
            float offsetAtArrivalM = OffsetAtArrival(lateralM - path.LateralAt(rangeM), lateralVelMps, ttcS + ageS, settings.CrossingMinSpeedMps);
            if (!InCorridor(offsetAtArrivalM, obj.WidthM, rangeM, path, egoSpeedMps, gate)) continue;
            int id = TrackIdBase - obj.Id;
            if (persistence.Candidate(id) < settings.MinLists) continue;

            float requiredMps2 = ThreatMath.RequiredDeceleration(rangeM, egoSpeedMps, 0f, 0f, gate.BrakeLatencyS, gate.StopMarginM);
            if (best.HasTarget && !(requiredMps2 > best.RequiredDecelMps2 || (requiredMps2 == best.RequiredDecelMps2 && rangeM < best.RangeM))) continue;
            best.HasTarget = true;
            best.TrackId = id;
            best.RangeM = rangeM;
            best.ClosingSpeedMps = egoSpeedMps;
            best.ReportedClosingSpeedMps = egoSpeedMps;
            best.TargetSpeedMps = 0f;
            best.TargetAccelMps2 = 0f;
            best.TtcS = ttcS;
            best.RequiredDecelMps2 = requiredMps2;
            best.PathOffsetM = offsetAtArrivalM;
            best.Class = obj.Class;
            best.LateralM = lateralM;
        }

        return best;
    }

    /// <summary>The object stands along the road: its over-ground speed (ego at measurement plus relative speed) is inside the window.</summary>
    public static bool Stands(float egoAtMeasurementMps, float relVelLongMps, float standingWindowMps) =>
        float.IsFinite(relVelLongMps) && MathF.Abs(egoAtMeasurementMps + relVelLongMps) <= standingWindowMps;

    /// <summary>
    /// Where the object will be, off the path centre, when the car arrives: one that crosses (its path-relative lateral
    /// speed reaches the crossing threshold, 5σ of the fit) carried there at that speed, into the path or out of it (a car
    /// or a walker that will have cleared the path is no threat); anything slower judged where it stands now (noise on a
    /// standing object's slope is never extrapolated into the path).
    /// </summary>
    public static float OffsetAtArrival(float offsetNowM, float lateralVelMps, float arrivalS, float crossingMinSpeedMps) =>
        crossingMinSpeedMps > 0f && MathF.Abs(lateralVelMps) >= crossingMinSpeedMps && float.IsFinite(arrivalS)
            ? offsetNowM + lateralVelMps * arrivalS
            : offsetNowM;

    /// <summary>
    /// The object overlaps the swept corridor by the gate's minimum overlap (half a narrow object's width at most) plus the
    /// path's own uncertainty at its range: the same test a radar threat passes.
    /// </summary>
    public static bool InCorridor(float offsetAtArrivalM, float widthM, float rangeM, in EgoPath path, float egoSpeedMps, in TargetGate gate)
    {
        float overlapM = EgoPath.OverlapAtOffset(offsetAtArrivalM, gate.EgoWidthM, MathF.Max(widthM, 0.3f));
        float pathMarginM = path.UncertaintyM(rangeM, gate.YawRateUncertaintyRps, egoSpeedMps);
        return overlapM >= MathF.Min(gate.MinOverlapM, 0.5f * widthM) + pathMarginM;
    }
}
