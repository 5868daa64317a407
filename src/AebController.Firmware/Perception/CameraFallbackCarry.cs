using AebController.Firmware.Functions;

namespace AebController.Firmware.Perception;

/// <summary>
/// The camera fallback's threat carried through a second fault. With the front radar lost, forward AEB warns and brakes on
/// the camera alone (<see cref="CameraFallbackThreat"/>, <see cref="CameraLeadThreat"/>); a second fault that ends the
/// fallback (the camera stale or corrupt, the wheel speed or the IMU lost) must not end an intervention the camera
/// justified. The radar's own carry (<see cref="ThreatPredictor"/> fed by a live radar only) holds the radar's last threat,
/// seen before the radar was lost: in `aeb faults`' ccrb-12m-6 with the radar stale from 0.57 s and the camera stale from
/// 3.35 s (braking from 3.30 s), that was the lead 12 m ahead at the ego's speed, a need of 0.05 m/s², so full braking
/// was released at 3.70 s and the car met the lead at 18.2 km/h (docs/faults.md, session 16, camlead "Left").
/// So the fallback's threat feeds a prediction of its own while the fallback judges, and when the fallback ends with
/// that threat standing (or within the warning's reach, the radar carry's rule:
/// <see cref="ForwardAebRules.CarriedThroughFault"/>) it is dead-reckoned as the radar's is, for at most the coast time
/// counted from the fallback's end. Silent wherever the fallback never judged or still judges, and while the radar is live
/// (the radar's own carry and judgement are untouched). No tuning number of its own: the radar carry's.
/// Allocation-free, constant work per cycle.
/// </summary>
public sealed class CameraFallbackCarry
{
    /// <summary>The radar carry's calibration (forwardAeb coast*, fcwMaxTtcS, brakeLatencyS, stopMarginM) in cycles and SI.</summary>
    public readonly record struct Settings(
        int CoastCycles, float FcwMaxTtcS, float LatencyS, float MarginM, float RangeRelaxMps, float JerkTimeConstantS,
        float AccelLagS, float BrakingBelowMps2);

    private ThreatPredictor _prediction;
    private bool _judged;
    private int _endedCycles;
    private float _trackedTtcS = float.PositiveInfinity;

    /// <summary>The fallback's threat as last observed, or as carried to now after the fallback ended.</summary>
    public ThreatAssessment Carried => _prediction.Carried;

    public void Reset()
    {
        _prediction.Reset();
        _judged = false;
        _endedCycles = 0;
        _trackedTtcS = float.PositiveInfinity;
    }

    /// <summary>
    /// One cycle. Returns whether the fallback's threat is carried this cycle (then <paramref name="carried"/> holds it,
    /// advanced by the ego's travel at <paramref name="egoSpeedMps"/>); otherwise <paramref name="carried"/> is None.
    /// </summary>
    /// <param name="radarLive">The front radar judges this cycle: its own threat and carry rule; nothing of the fallback's is kept.</param>
    /// <param name="fallbackLive">The camera stands in for the radar this cycle (<see cref="CameraFallbackThreat.Active"/>).</param>
    /// <param name="fallbackThreat">The fallback's threat this cycle (None when it sees none).</param>
    /// <param name="threatStands">Forward AEB holds a warning, a brake or a standstill hold.</param>
    /// <param name="inDrive">The last trusted gear is drive.</param>
    /// <param name="maxDecelMps2">The hardest a carried braking lead can brake (the friction estimate × g).</param>
    public bool Step(bool radarLive, bool fallbackLive, in ThreatAssessment fallbackThreat, bool threatStands, bool inDrive,
        float egoSpeedMps, float maxDecelMps2, float cycleS, in Settings settings, out ThreatAssessment carried)
    {
        carried = ThreatAssessment.None;
        if (radarLive)
        {
            Reset();
            return false;
        }

        if (fallbackLive)
        {
            Observe(fallbackThreat, threatStands, egoSpeedMps, maxDecelMps2, cycleS, settings);
            return false;
        }

        if (!_judged) return false;
        _endedCycles = Saturating.Count(_endedCycles, true);
        bool carry = inDrive && _endedCycles <= settings.CoastCycles && _prediction.HasThreat
            && ForwardAebRules.CarriedThroughFault(threatStands, _prediction.HasThreat, _trackedTtcS, settings.FcwMaxTtcS);
        if (!carry) return false;
        // A braking lead's deceleration may still build: start from where it is now (the radar carry's rule).
        _prediction.StartBlind(settings.AccelLagS, -settings.BrakingBelowMps2, maxDecelMps2);
        carried = _prediction.Advance(egoSpeedMps, cycleS, settings.LatencyS, settings.MarginM);
        return true;
    }

    private void Observe(in ThreatAssessment fallbackThreat, bool threatStands, float egoSpeedMps, float maxDecelMps2, float cycleS, in Settings settings)
    {
        _judged = true;
        _endedCycles = 0;
        if (!fallbackThreat.HasTarget && threatStands)
        {
            // A camera list that misses the threat the function still holds: bridged, as a live radar's gap is, so a
            // fault that strikes inside the gap carries the threat that stands, not nothing.
            _prediction.Bridge(egoSpeedMps, cycleS, settings.LatencyS, settings.MarginM);
            return;
        }

        // The fallback's ranges are already brought to now (the camera list's age): measurement age 0.
        var observed = BrakingLeadToLimit(fallbackThreat, settings.BrakingBelowMps2, maxDecelMps2);
        _prediction.Observe(observed, 0f, cycleS, settings.RangeRelaxMps);
        _prediction.ObserveJerk(observed, cycleS, settings.JerkTimeConstantS);
        _trackedTtcS = fallbackThreat.HasTarget ? fallbackThreat.TtcS : float.PositiveInfinity;
    }

    /// <summary>
    /// A lead the camera judged braking (moving our way, its deceleration beyond <paramref name="brakingBelowMps2"/>) is carried
    /// braking as hard as the road allows (<paramref name="maxDecelMps2"/>): the camera credits a lead's deceleration only at
    /// the less critical end of its fit (3σ, <see cref="CameraLeadThreat"/>), which guards the start of an intervention;
    /// blind, nothing can follow the lead any more, and its stop is the most critical thing it can do. Without this the
    /// carry of ccrb-12m-6 (camera stale 0.3 s into the fallback's braking) took the lead at 3.4 m/s² (truth 6) and 7.9 m/s
    /// (truth 4.3), read it pulling away from the stopping ego and released full braking 0.1 s before standstill. Any other
    /// threat is carried as judged.
    /// </summary>
    public static ThreatAssessment BrakingLeadToLimit(in ThreatAssessment threat, float brakingBelowMps2, float maxDecelMps2)
    {
        var carried = threat;
        bool brakingLead = threat.HasTarget && threat.TargetSpeedMps > 0f && threat.TargetAccelMps2 < -MathF.Abs(brakingBelowMps2);
        float limitMps2 = -MathF.Abs(float.IsFinite(maxDecelMps2) ? maxDecelMps2 : 0f);
        if (brakingLead && limitMps2 < threat.TargetAccelMps2) carried.TargetAccelMps2 = limitMps2;
        return carried;
    }
}
