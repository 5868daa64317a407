using AebController.Firmware.Signals;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Faults;

/// <summary>
/// The campaign's oracle: a faulted run judged cycle by cycle against the fault-free run of the same
/// scenario and seed (both start together, so cycle i is the same instant in both).
/// </summary>
public static class OutcomeClassifier
{
    /// <summary>A brake request counts as braking above this.</summary>
    public const float BrakingMps2 = 0.1f;

    /// <summary>A release is a request this much below the fault-free run's…</summary>
    public const float ReleaseToleranceMps2 = 1.0f;

    /// <summary>…while the fault-free run asks at least this (its threat stands)…</summary>
    public const float ThreatBrakeMps2 = 0.5f;

    /// <summary>
    /// …below everything the fault-free run asked over the last this many seconds: a rise of the
    /// fault-free request may be followed this late. A stage threshold crossed one radar list (50 ms)
    /// later plus the persistence (30 ms) is the same decision taken on the next list — an undetectable
    /// bias within the sensor's accuracy, or the realistic world's noise on a diverged run, does that —
    /// not a release; a drop of a request already made is never excused by it, and a lag that matters
    /// shows as a collision.
    /// </summary>
    public const float ReleaseLagS = 0.1f;

    /// <summary>…and the faulted car is no slower than the fault-free one by more than this.</summary>
    public const float SameSpeedToleranceKph = 0.5f;

    /// <summary>An intervention is intended when the fault-free run did the same within this many seconds either side.</summary>
    public const float InterventionWindowS = 0.5f;

    /// <summary>A faulted run that hits more than this faster than the fault-free one collided because of the fault.</summary>
    public const float ImpactToleranceKph = 2f;

    /// <summary>
    /// A warning or a brake answers a real threat where the true world has a road user in the car's swept path that the
    /// car reaches within this many seconds at the true closing speed: Euro NCAP starts every AEB test run at TTC 4 s
    /// (T0), GB 39901-2025 starts its child and cyclist targets at TTC ≥ 4 s, so from there on a road user in the path is
    /// the situation AEB is tested in (the regulation notes the project verified: "T0 = TTC 4 s").
    /// </summary>
    public const float TrueThreatHorizonS = 4f;

    private const float StoppedKph = 0.1f;

    public static Verdict Classify(
        ReadOnlySpan<CycleRecord> baseline, RunFacts baselineEnd,
        ReadOnlySpan<CycleRecord> faulted, RunFacts faultedEnd,
        int faultIndex, float faultDurationS, float? detectWithinS, float cycleS, int visibleIndex = -2, float? stopGapM = null,
        bool restart = false)
    {
        var outcome = FaultOutcome.None;
        float? detected = Detection(faulted, faultIndex, cycleS);
        // The detection clock starts when the corrupted value first reaches the controller (a NaN
        // range on an empty object list corrupts nothing); -2 means from the fault's start.
        if (visibleIndex == -2) visibleIndex = faultIndex;
        if (detectWithinS is float within && faultDurationS >= within && visibleIndex >= faultIndex)
        {
            float sinceVisible = (visibleIndex - faultIndex) * cycleS;
            bool judged = (faulted.Length - 1 - visibleIndex) * cycleS >= within - 1e-4f;
            bool late = detected is not float d || d - sinceVisible > within + 1e-4f;
            if (judged && late) outcome |= FaultOutcome.LateDetection;
        }

        // A fault detected in time before any threat leaves the function unavailable with the lamp on:
        // the specified safe state. Not braking later is then no release, and contact is reported
        // but not a failure. Once a threat stands, nothing excuses a release or contact.
        int firstIntervention = FirstIntervention(baseline);
        bool degradedBeforeThreat = detected is float det && firstIntervention >= 0
            && faultIndex + (int)MathF.Round(det / cycleS) < firstIntervention
            && (detectWithinS is not float w || det <= w + 1e-4f);

        // A scenario that states the gap its stop must keep (a manoeuvring test) lets ground truth judge a lower request
        // that still stops the car short of its standing obstacle by that gap, when the faulted run truly did so.
        float? judgedStopGapM = stopGapM is float g && !faultedEnd.Collided && KeepsGap(faulted, faultIndex, g) ? g : null;
        // After a controller restart the fault-free run's MAI suppression is not owed while the restarted car truly stops
        // short (RestartForgetsSuppression).
        bool suppressionNotOwed = restart && !faultedEnd.Collided && KeepsGap(faulted, faultIndex, stopGapM ?? RestartStopGapM);
        var (releaseAt, drop) = FirstRelease(baseline, faulted, faultIndex, (int)MathF.Round(ReleaseLagS / cycleS), judgedStopGapM, cycleS,
            suppressionNotOwed);
        if (releaseAt >= 0 && !degradedBeforeThreat) outcome |= FaultOutcome.UnintendedRelease;

        var (interventionAt, kind) = FirstUnintendedIntervention(baseline, faulted, faultIndex, cycleS);
        if (interventionAt >= 0) outcome |= FaultOutcome.UnintendedIntervention;

        if (faultedEnd.Collided && (!baselineEnd.Collided || faultedEnd.ImpactSpeedKph > baselineEnd.ImpactSpeedKph + ImpactToleranceKph))
        {
            outcome |= degradedBeforeThreat ? FaultOutcome.DegradedCollision : FaultOutcome.Collision;
        }

        return new Verdict(outcome, detected,
            releaseAt >= 0 ? (releaseAt - faultIndex) * cycleS : null, drop,
            interventionAt >= 0 ? (interventionAt - faultIndex) * cycleS : null, kind,
            faultedEnd.Collided ? faultedEnd.ImpactSpeedKph : null,
            baselineEnd.Collided ? baselineEnd.ImpactSpeedKph : null);
    }

    /// <summary>Seconds from the fault to the first diagnostic code it added, or null.</summary>
    public static float? Detection(ReadOnlySpan<CycleRecord> faulted, int faultIndex, float cycleS)
    {
        var before = faultIndex > 0 && faultIndex - 1 < faulted.Length ? faulted[faultIndex - 1].Diagnostics : DiagnosticCode.None;
        for (int i = faultIndex; i < faulted.Length; i++)
        {
            if ((faulted[i].Diagnostics & ~before) != 0) return (i - faultIndex) * cycleS;
        }

        return null;
    }

    private static (int Index, float Drop) FirstRelease(ReadOnlySpan<CycleRecord> baseline, ReadOnlySpan<CycleRecord> faulted, int faultIndex, int lagCycles,
        float? stopGapM, float cycleS, bool suppressionNotOwed = false)
    {
        int n = Math.Min(baseline.Length, faulted.Length);
        int baselineStopped = 0, faultedStopped = 0;
        for (int i = 0; i < n; i++)
        {
            ref readonly var b = ref baseline[i];
            ref readonly var f = ref faulted[i];
            baselineStopped = MathF.Abs(b.EgoSpeedKph) < StoppedKph ? baselineStopped + 1 : 0;
            faultedStopped = MathF.Abs(f.EgoSpeedKph) < StoppedKph ? faultedStopped + 1 : 0;
            if (i < faultIndex) continue;
            if (b.BrakeRequestMps2 < ThreatBrakeMps2) continue;
            float asked = b.BrakeRequestMps2;
            for (int k = Math.Max(0, i - lagCycles); k < i; k++) asked = MathF.Min(asked, baseline[k].BrakeRequestMps2);
            if (f.BrakeRequestMps2 >= asked - ReleaseToleranceMps2) continue;
            // A faulted car that is slower has less to stop: asking less is then no release.
            if (MathF.Abs(f.EgoSpeedKph) < MathF.Abs(b.EgoSpeedKph) - SameSpeedToleranceKph) continue;
            // Both stopped, the faulted one at least as long: its hold simply ran its course first.
            if (faultedStopped > 0 && faultedStopped >= baselineStopped) continue;
            // What it asks truly stops it short of a standing obstacle by the scenario's stop gap: no threat is released.
            if (stopGapM is float gapM && StopsShortOfStandingObstacle(faulted, i, gapM, cycleS)) continue;
            if (suppressionNotOwed && RestartForgetsSuppression(b)) continue;
            return (i, b.BrakeRequestMps2 - f.BrakeRequestMps2);
        }

        return (-1, 0f);
    }

    private static (int Index, string? Kind) FirstUnintendedIntervention(ReadOnlySpan<CycleRecord> baseline, ReadOnlySpan<CycleRecord> faulted, int faultIndex, float cycleS)
    {
        if (baseline.Length == 0) return (-1, null);
        int window = (int)MathF.Round(InterventionWindowS / cycleS);
        // An episode of warning, braking or torque cut that began answering a real threat answers it until it ends or the
        // car comes to rest (what a function does at rest is judged as before: a hold at rest is no intervention, an
        // acoustic warning or braking by a braking state at rest is).
        bool episodeAnswersTrueThreat = false;
        for (int i = faultIndex; i < faulted.Length; i++)
        {
            ref readonly var f = ref faulted[i];
            bool intervenes = f.BrakeRequestMps2 > BrakingMps2 || Warns(f) || CutsTorque(f);
            bool moving = MathF.Abs(f.EgoSpeedKph) >= StoppedKph;
            episodeAnswersTrueThreat = intervenes && moving && (episodeAnswersTrueThreat || TrueThreat(faulted, i, cycleS));
            if (HoldAtRest(f)) continue;
            int lo = Math.Min(Math.Max(0, i - window), baseline.Length - 1);
            int hi = Math.Min(i + window, baseline.Length - 1);
            // The fault-free run judges the faulted one while both cars are in the same situation; once the faulted car's
            // speed has gone its own way, only the true world can say whether a threat stands where it now is.
            bool ownWorld = MathF.Abs(f.EgoSpeedKph - baseline[Math.Min(i, baseline.Length - 1)].EgoSpeedKph) > SameSpeedToleranceKph;
            bool answersTrueThreat = ownWorld && episodeAnswersTrueThreat;
            if (f.BrakeRequestMps2 > BrakingMps2 && !Any(baseline, lo, hi, 0) && !answersTrueThreat) return (i, "braking");
            if (Warns(f) && !Any(baseline, lo, hi, 1) && !answersTrueThreat) return (i, "warning");
            if (CutsTorque(f) && !Any(baseline, lo, hi, 2) && !answersTrueThreat) return (i, "torque cut");
        }

        return (-1, null);
    }

    /// <summary>
    /// Ground truth, not the controller's view: in cycle <paramref name="i"/> a solid road user is in the car's swept path
    /// (<see cref="CycleRecord.PathGapM"/> finite in this cycle and the one before) and the gap closes so fast that the
    /// car reaches it within <see cref="TrueThreatHorizonS"/> (gap ≤ horizon × closing speed, the closing speed from the
    /// gap's change over the cycle). A warning or a brake in such a cycle answers a real threat in the faulted run's own
    /// world, even where the fault-free run, whose world went otherwise, had none: it is no unintended intervention. A
    /// road user beside the path, one pulling away or one further than the horizon, and a gantry or a plate
    /// (drivable, never in the gap) justify nothing. The first cycle a road user enters the path justifies nothing
    /// either (no closing speed yet).
    /// </summary>
    public static bool TrueThreat(ReadOnlySpan<CycleRecord> trace, int i, float cycleS)
    {
        if (i < 1 || i >= trace.Length) return false;
        float gap = trace[i].PathGapM;
        float before = trace[i - 1].PathGapM;
        if (!float.IsFinite(gap) || !float.IsFinite(before)) return false;
        float closingMps = (before - gap) / cycleS;
        return closingMps > 0f && gap <= TrueThreatHorizonS * closingMps;
    }

    /// <summary>
    /// Ground truth, not the fault-free run: in cycle <paramref name="i"/> the road user in the car's swept path stands (the
    /// true gap closes at the car's own speed, within <see cref="SameSpeedToleranceKph"/>) and the brake request stops the
    /// car short of it by <paramref name="stopGapM"/>: request ≥ v² / (2 (gap − stopGapM)). For a standing obstacle the
    /// need is exact, so a request that meets it holds the threat whatever the fault-free run, reading the same wall a
    /// little nearer through its own noise, asked on top. The judge uses it only where the scenario states the stop gap
    /// and the faulted run truly kept it (<see cref="KeepsGap"/>), so a request below the need, an obstacle that moves, a
    /// gap not kept or contact stays a release. The first cycle of a trace has no closing speed and is never excused.
    /// </summary>
    public static bool StopsShortOfStandingObstacle(ReadOnlySpan<CycleRecord> trace, int i, float stopGapM, float cycleS)
    {
        if (i < 1 || i >= trace.Length) return false;
        float gapM = trace[i].PathGapM;
        float beforeM = trace[i - 1].PathGapM;
        if (!float.IsFinite(gapM) || !float.IsFinite(beforeM) || gapM <= stopGapM) return false;
        float speedMps = MathF.Abs(trace[i].EgoSpeedKph) / 3.6f;
        float closingMps = (beforeM - gapM) / cycleS;
        if (MathF.Abs(closingMps - speedMps) > SameSpeedToleranceKph / 3.6f) return false;
        return trace[i].BrakeRequestMps2 >= speedMps * speedMps / (2f * (gapM - stopGapM));
    }

    /// <summary>
    /// Stop gap a restarted car must keep from the obstacle of a MAI case whose scenario states none: the low-speed
    /// obstacle tests' own (catalog low-speed matrices, `minStopGapM` 0.2 m).
    /// </summary>
    public const float RestartStopGapM = 0.2f;

    /// <summary>
    /// After a controller restart, a cycle in which the fault-free run's MAI suppresses (its torque cut and the low-speed
    /// AEB braking linked to it) is owed no braking by the restarted controller: a restart forgets every state
    /// (docs/scenario-format.md) and issue 9 requires that MAI never limits a deliberate acceleration "whatever state the
    /// car starts in (including a controller restart)", so a press held across the restart is the driver's (MaiRestartTests,
    /// MaiSuspectedPressTests) and the suppression the fault-free run keeps answered a press whose rate only it saw. What the
    /// restarted car still owes is judged elsewhere: it must come to rest short of the obstacle by the stop gap (the caller
    /// asks <see cref="KeepsGap"/>), without contact, and braking owed outside a suppression is still a release.
    /// </summary>
    public static bool RestartForgetsSuppression(in CycleRecord baseline) =>
        baseline.MaiState is MaiState.SuppressingObstacle or MaiState.SuppressingOpen;

    /// <summary>
    /// The run, from cycle <paramref name="from"/> on, comes to rest and never has a road user in its swept path nearer than
    /// <paramref name="stopGapM"/> (ground truth): the stop a manoeuvring scenario requires, achieved with the brake as it
    /// truly built up, not as requested.
    /// </summary>
    public static bool KeepsGap(ReadOnlySpan<CycleRecord> trace, int from, float stopGapM)
    {
        bool rests = false;
        for (int i = Math.Max(0, from); i < trace.Length; i++)
        {
            if (trace[i].PathGapM < stopGapM) return false;
            rests |= MathF.Abs(trace[i].EgoSpeedKph) < StoppedKph;
        }

        return rests;
    }

    /// <summary>
    /// A car at rest whose only intervention is a standstill hold (its brake, its visual telltale, its torque
    /// cut) or that hold's brake ramping out after it (forward AEB in a state whose brake only ramps out to 0:
    /// Release, Degraded, Overridden, Standby, Off; no warning): it decelerates
    /// nothing and warns of nothing, so it is no unintended intervention. The braking that brought the car to
    /// rest was judged cycle by cycle before it stopped, and the hold ends by design after its calibrated
    /// time or at the driver's accelerator. The same judgement as the release side's "its hold simply ran its
    /// course": a hold at rest is judged neither as a release nor as an intervention.
    /// </summary>
    public static bool HoldAtRest(in CycleRecord c)
    {
        if (MathF.Abs(c.EgoSpeedKph) >= StoppedKph || (c.Warnings & ~WarningOutputs.Visual) != 0) return false;
        var allowed = FunctionFlags.StandstillHold;
        bool rampingOut = c.ForwardState is not (ForwardAebState.Warning or ForwardAebState.PartialBraking or ForwardAebState.FullBraking or ForwardAebState.StandstillHold);
        if (rampingOut && c.Warnings == WarningOutputs.None) allowed |= FunctionFlags.ForwardAeb;
        return (c.BrakeReasons & ~allowed) == 0 && (c.WarningReasons & ~FunctionFlags.StandstillHold) == 0 && (c.TorqueReasons & ~allowed) == 0;
    }

    // A torque limit after a detected accelerator fault, and the warning that tells the driver so, are
    // the specified safe reaction, not an intervention.
    private static bool CutsTorque(in CycleRecord c) =>
        c.TorqueLimit < 0.999f && !(c.TorqueReasons == FunctionFlags.PedalFaultLimit && c.Diagnostics != DiagnosticCode.None);

    private static bool Warns(in CycleRecord c) =>
        c.Warnings != WarningOutputs.None && !(c.WarningReasons == FunctionFlags.PedalFaultLimit && c.Diagnostics != DiagnosticCode.None);

    private static bool Any(ReadOnlySpan<CycleRecord> trace, int lo, int hi, int kind)
    {
        for (int k = lo; k <= hi; k++)
        {
            ref readonly var c = ref trace[k];
            bool hit = kind switch
            {
                0 => c.BrakeRequestMps2 > BrakingMps2,
                1 => c.Warnings != WarningOutputs.None,
                _ => c.TorqueLimit < 0.999f,
            };
            if (hit) return true;
        }

        return false;
    }

    private static int FirstIntervention(ReadOnlySpan<CycleRecord> trace)
    {
        for (int i = 0; i < trace.Length; i++)
        {
            if (MomentFinder.Intervenes(trace[i])) return i;
        }

        return -1;
    }
}
