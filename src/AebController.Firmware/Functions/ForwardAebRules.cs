using AebController.Firmware.Perception;

namespace AebController.Firmware.Functions;

/// <summary>
/// The conditions of forward AEB and FCW as small pure functions, each swept over its input range
/// by the unit tests. The state machine (<see cref="ForwardAeb"/>) only combines them.
/// </summary>
public static class ForwardAebRules
{
    /// <summary>Standard gravity: a friction coefficient of 1 gives this deceleration.</summary>
    public const float GravityMps2 = 9.81f;

    /// <summary>
    /// A speed window with hysteresis: entered inside [min, max], left only beyond it by the
    /// hysteresis, so wheel-speed noise at a boundary never toggles the function. Never inside out of drive.
    /// </summary>
    public static bool InSpeedWindow(bool wasInside, bool inDrive, float speedMps, float minMps, float maxMps, float hysteresisMps)
    {
        if (!inDrive || !float.IsFinite(speedMps)) return false;
        return wasInside
            ? speedMps >= minMps - hysteresisMps && speedMps <= maxMps + hysteresisMps
            : speedMps >= minMps && speedMps <= maxMps;
    }

    /// <summary>
    /// Whether forward AEB carries a threat on its prediction through a fault of its inputs instead of going to Degraded:
    /// one it already warns or brakes for, and one the radar tracked in the path, closing within the longest warning lead
    /// (TTC ≤ fcwMaxTtcS) when the fault struck. A radar found inconsistent (a range drifting away from its rate) while it
    /// follows a standing car towards a collision must not leave the driver without AEB just as the threat builds; a lead
    /// driving at the car's own speed (TTC ∞) or a target still beyond the warning's horizon is not carried, and the
    /// function goes to Degraded with the lamp as before.
    /// </summary>
    public static bool CarriedThroughFault(bool threatStands, bool tracked, float trackedTtcS, float fcwMaxTtcS) =>
        threatStands || (tracked && trackedTtcS >= 0f && trackedTtcS <= fcwMaxTtcS);

    /// <summary>
    /// Whether a healthy front radar is blind to the threat forward AEB carries: its whole list comes empty while the
    /// threat would be carried through a fault and the camera still sees an object where that threat now stands. A car
    /// in the path does not leave the radar's field together with every other return; a target that truly left (crossed
    /// out of the path, drove off) is gone from the camera's place as well, and then nothing is carried.
    /// </summary>
    public static bool RadarBlindToCarriedThreat(bool listEmpty, bool carriedThroughFault, bool cameraSeesIt) =>
        listEmpty && carriedThroughFault && cameraSeesIt;

    /// <summary>Warning threshold on TTC: the driver's reaction time plus the time a normal stop takes, within [min, max].</summary>
    public static float WarningTtcS(float closingSpeedMps, float reactionS, float driverDecelMps2, float minTtcS, float maxTtcS)
    {
        float closing = float.IsFinite(closingSpeedMps) ? MathF.Max(closingSpeedMps, 0f) : 0f;
        return Math.Clamp(reactionS + closing / (2f * driverDecelMps2), minTtcS, maxTtcS);
    }

    /// <summary>
    /// The deceleration the situation needs on this road: the dry-road need divided by the friction
    /// estimate (1 on a dry road), so a slippery road reaches every threshold earlier.
    /// </summary>
    public static float Need(float requiredDecelMps2, float frictionEstimate)
    {
        if (!float.IsFinite(requiredDecelMps2) || requiredDecelMps2 <= 0f) return float.IsPositiveInfinity(requiredDecelMps2) ? ThreatMath.Unavoidable : 0f;
        float mu = float.IsFinite(frictionEstimate) ? Math.Clamp(frictionEstimate, 0.1f, 1f) : 1f;
        return MathF.Min(requiredDecelMps2 / mu, ThreatMath.Unavoidable);
    }

    /// <summary>The target warrants a warning: inside the warning TTC, or already needing partial braking.</summary>
    public static bool ThreatWarns(bool hasTarget, float ttcS, float warningTtcS, float needMps2, float brakeEntryMps2) =>
        hasTarget && (ttcS <= warningTtcS || needMps2 >= brakeEntryMps2);

    /// <summary>
    /// Braking is foreseen within R152's warning lead: braking only after the whole lead (and the brake latency) would need
    /// at least the braking entry, within the warning's longest horizon. A warning given then is 0.8 s old when a steady
    /// approach reaches the braking entry, so braking starts at the entry instead of waiting out the lead while the need
    /// grows past what a slippery road gives.
    /// </summary>
    public static bool BrakingForeseen(bool hasTarget, float ttcS, float maxTtcS, float needAfterLeadMps2, float brakeEntryMps2) =>
        hasTarget && ttcS <= maxTtcS && needAfterLeadMps2 >= brakeEntryMps2;

    /// <summary>The target needs braking.</summary>
    public static bool ThreatBrakes(bool hasTarget, float needMps2, float brakeEntryMps2) => hasTarget && needMps2 >= brakeEntryMps2;

    /// <summary>
    /// Share of the braking entry a held threat's need may fall to before the warning or the brake lets it go (the need's
    /// hysteresis beside the TTC's): radar noise on a need near the entry never ends an intervention.
    /// </summary>
    public const float HeldEntryShare = 0.8f;

    /// <summary>
    /// A warning or a brake keeps its threat while the target stays inside the warning TTC plus the
    /// hysteresis, or needs at least <see cref="HeldEntryShare"/> of the braking entry: radar noise never ends it.
    /// </summary>
    public static bool ThreatHeld(bool hasTarget, float ttcS, float warningTtcS, float hysteresisS, float needMps2, float brakeEntryMps2) =>
        hasTarget && (ttcS <= warningTtcS + hysteresisS || needMps2 >= HeldEntryShare * brakeEntryMps2);

    /// <summary>At least <paramref name="seconds"/> have passed since <paramref name="sinceUs"/>.</summary>
    public static bool Elapsed(long nowUs, long sinceUs, float seconds) => nowUs - sinceUs >= (long)(seconds * 1e6f);

    /// <summary>Warn when the condition persisted and the hold-off is over, or at once when critical.</summary>
    public static bool WarningDue(bool warnConfirmed, bool holdOffOver, bool critical) => warnConfirmed && (holdOffOver || critical);

    /// <summary>
    /// What is left of the warning lead (R152 §5.2.1.1: the warning at least 0.8 s before emergency braking): all of it
    /// before a warning, the lead less the time warned while warning, none when no lead applies.
    /// </summary>
    public static float WarningLeadLeftS(bool warning, long nowUs, long warningStartUs, float leadS)
    {
        if (!warning) return leadS;
        float warnedS = (nowUs - warningStartUs) * 1e-6f;
        return warnedS >= leadS ? 0f : leadS - MathF.Max(warnedS, 0f);
    }

    /// <summary>
    /// The moment R152's warning lead is counted from when judging whether waiting it out is still possible: the
    /// warning, or the moment the target began to brake when that came later (what it does next was not foreseeable
    /// before it). Never before the warning; the lead's ordinary end (braking 0.8 s after the warning) is not moved.
    /// </summary>
    public static long LeadCountsFromUs(long warningStartUs, long targetBrakingSinceUs) => Math.Max(warningStartUs, targetBrakingSinceUs);

    /// <summary>
    /// The threat's target brakes: it moves faster than the speeds at which it might be standing (<paramref name="standingWindowMps"/>,
    /// where an acceleration is only the estimate's noise) and decelerates by more than that noise (<paramref name="brakingMps2"/>;
    /// 0 = never).
    /// </summary>
    public static bool TargetBraking(bool hasTarget, float targetSpeedMps, float targetAccelMps2, float standingWindowMps, float brakingMps2) =>
        hasTarget && brakingMps2 > 0f && targetSpeedMps > standingWindowMps && targetAccelMps2 <= -brakingMps2;

    /// <summary>
    /// The run of consecutive radar lists that read the lead braking, after one more list: 0 when this one does not
    /// (<paramref name="beyond"/> false); 1 when it starts a run (another track, or it eased from the list before while
    /// the run was confirmed); one more when it continues the run, which until <paramref name="confirmLists"/> means
    /// reading at least as much braking as the list before (<paramref name="building"/>), a braking that builds, and after
    /// that only staying beyond the line. Saturating.
    /// </summary>
    public static int BrakingListRun(int run, bool beyond, bool sameTrack, bool building, int confirmLists)
    {
        if (!beyond) return 0;
        if (!sameTrack || run <= 0) return 1;
        return building || run >= confirmLists ? Saturating.Count(run, true) : 1;
    }

    /// <summary>
    /// Waiting out the rest of the warning lead would make the collision certain: the deceleration the target needs
    /// if braking starts only after that rest plus the actuator latency reaches what full braking gives. R152 keeps its
    /// 0.8 s warning lead only for a collision that can be anticipated that early; past this moment it cannot, and
    /// braking now is the only braking that still avoids it.
    /// </summary>
    public static bool LeadTooLate(float needAfterLeadMps2, float fullBrakeMps2) =>
        float.IsFinite(needAfterLeadMps2) && needAfterLeadMps2 >= fullBrakeMps2;

    /// <summary>Brake when inside the AEB window and the condition persisted, after the minimum warning time or at once when critical.</summary>
    public static bool BrakeDue(bool aebArmed, bool brakeConfirmed, bool warnedLongEnough, bool critical) =>
        aebArmed && brakeConfirmed && (warnedLongEnough || critical);

    /// <summary>
    /// Partial braking becomes full braking: the need reached the full-braking entry, the brakes fell
    /// short for the confirmation time, or the threat is carried blind. A dead-reckoned threat
    /// (<see cref="ThreatPredictor"/>) cannot see what the target does next (a lead car that brakes,
    /// the apparent deceleration the live radar shows once the ego brakes), so the stage it was at
    /// may be too little: facing a collision it can no longer see, the controller stops the car.
    /// </summary>
    public static bool FullBrakeNeeded(bool degraded, float needMps2, float fullEntryMps2, bool shortfallConfirmed, bool blind) =>
        !degraded && (needMps2 >= fullEntryMps2 || shortfallConfirmed || blind);

    /// <summary>
    /// What stage 1 asks: its level, or the need itself where the gap needs more, never beyond stage 2's level (a need
    /// that high is stage 2's, entered at stage2EntryDecelMps2). At its fixed level stage 1 asked less than the gap needed
    /// whenever the need lay between the level and stage 2's entry (3.8-4.3 m/s²), and the opening eased down below the
    /// need; the moment stage 2 came then hung on the need crossing its entry while it hovered just under it (ccrs-50: 4.1-4.3
    /// m/s² for 0.16 s), so a 1 % smaller need (a range 0.3 m far, a torque limit that slowed the car by 0.1 km/h) moved
    /// the 3.8 → 4.95 m/s² step by more than 0.1 s. Braking at the need, the step at stage 2's entry is only what
    /// the graduation keeps in hand. A non-finite or non-positive need asks the level.
    /// </summary>
    public static float StageOneDecel(float needMps2, float stageOneMps2, float stageTwoMps2) =>
        float.IsFinite(needMps2) && needMps2 > stageOneMps2 ? MathF.Min(needMps2, MathF.Max(stageTwoMps2, stageOneMps2)) : stageOneMps2;

    /// <summary>
    /// A partial-braking request may ease toward a lower level (graduated stage 2 following a smaller need, or the
    /// emergency opening easing down to stage 1) only on a threat measured this cycle. A cycle with no threat is no
    /// measurement of a smaller need: one or two radar lists lost to a glitch (a range, lateral or elevation spike
    /// that puts the track out of the gate for 100 ms) eased the request by 1.3 m/s² while the car still closed on the
    /// target. The request is held instead; a threat that is truly gone ends the braking through the threat-lost time
    /// (Release ramps out), as before. Facing a collision the safe state is braking.
    /// </summary>
    public static bool MayEase(bool threatMeasured, byte stage, bool opening, float requestMps2, float stageDecelMps2) =>
        threatMeasured && (stage == 2 || (!opening && requestMps2 > stageDecelMps2));

    /// <summary>
    /// The brakes deliver less than a healthy actuator would for the requests sent (low friction, a
    /// weak actuator): the expected deceleration exceeds the achieved one by more than the tolerance.
    /// An unknown achieved deceleration (NaN) is never a shortfall.
    /// </summary>
    public static bool Shortfall(float expectedMps2, float achievedMps2, float toleranceMps2) =>
        float.IsFinite(expectedMps2) && float.IsFinite(achievedMps2) && expectedMps2 - achievedMps2 > toleranceMps2;

    /// <summary>
    /// Friction estimate from a braking shortfall: the tyres give what was achieved, so μ ≈ achieved / g,
    /// never below <paramref name="minFriction"/>, never above 1, never raised by a shortfall.
    /// </summary>
    public static float FrictionFromShortfall(float currentEstimate, float achievedMps2, float minFriction)
    {
        if (!float.IsFinite(achievedMps2)) return currentEstimate;
        float mu = Math.Clamp(achievedMps2 / GravityMps2, minFriction, 1f);
        return MathF.Min(currentEstimate, mu);
    }

    /// <summary>
    /// The car has stopped: the speed reads standstill and the IMU (where trusted: a finite
    /// <paramref name="achievedDecelMps2"/>) no longer feels the car decelerating hard. A wheel speed that
    /// reads low (a bias, a worn sensor) must not end emergency braking while the car still slows at 9 m/s².
    /// </summary>
    public static bool AtStandstill(float speedMps, float standstillMps, float achievedDecelMps2 = float.NaN, float maxStandstillDecelMps2 = float.PositiveInfinity) =>
        speedMps <= standstillMps && !(achievedDecelMps2 > maxStandstillDecelMps2);

    /// <summary>The standstill hold ends: its time is over, the driver deliberately pressed the accelerator, or the car rolls out of drive.</summary>
    public static bool HoldEnds(bool holdTimeOver, bool accelConfirmedEdge, bool rollingOutOfDrive) => holdTimeOver || accelConfirmedEdge || rollingOutOfDrive;
}
