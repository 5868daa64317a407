using AebController.Firmware.Signals;
using AebController.Scenarios.Faults;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>The campaign's oracle on hand-built traces: each outcome where it must be, and nowhere else.</summary>
public class OutcomeClassifierTests
{
    private const float Cycle = 0.01f;
    private static readonly RunFacts NoContact = new(false, 0f);

    // 3 s at 10 ms: cruising at 50 km/h, braking at 9 m/s² from 1 s, the speed falling with it, stopped and held.
    private static CycleRecord[] Braking()
    {
        var t = new CycleRecord[300];
        float speed = 50f;
        for (int i = 0; i < t.Length; i++)
        {
            bool brake = i >= 100;
            if (brake) speed = MathF.Max(0f, speed - 9f * 3.6f * Cycle);
            t[i] = new CycleRecord { TimeS = i * Cycle, EgoSpeedKph = speed, TorqueLimit = 1f, BrakeRequestMps2 = brake ? 9f : 0f,
                Warnings = i >= 80 ? WarningOutputs.Acoustic : WarningOutputs.None };
        }

        return t;
    }

    private static Verdict Judge(CycleRecord[] baseline, CycleRecord[] faulted, int faultIndex = 50, float durationS = float.PositiveInfinity,
        float? within = null, RunFacts? baselineEnd = null, RunFacts? faultedEnd = null, int visible = -2) =>
        OutcomeClassifier.Classify(baseline, baselineEnd ?? NoContact, faulted, faultedEnd ?? NoContact, faultIndex, durationS, within, Cycle, visible);

    [Fact]
    public void A_run_identical_to_its_baseline_has_no_outcome()
    {
        Assert.Equal(FaultOutcome.None, Judge(Braking(), Braking()).Outcome);
    }

    [Fact]
    public void A_brake_request_dropped_at_the_same_speed_is_an_unintended_release()
    {
        var faulted = Braking();
        faulted[150].BrakeRequestMps2 = 0f;
        var v = Judge(Braking(), faulted);
        Assert.Equal(FaultOutcome.UnintendedRelease, v.Outcome);
        Assert.Equal(1.0f, v.ReleaseAfterS!.Value, 3);
        Assert.Equal(9f, v.ReleaseDropMps2);
    }

    [Theory]
    [InlineData(8.1f, false)]  // less than the 1 m/s² tolerance below
    [InlineData(7.9f, true)]
    public void A_release_is_a_drop_beyond_the_tolerance(float request, bool release)
    {
        var faulted = Braking();
        faulted[150].BrakeRequestMps2 = request;
        Assert.Equal(release, (Judge(Braking(), faulted).Outcome & FaultOutcome.UnintendedRelease) != 0);
    }

    [Theory]
    [InlineData(9, false)]   // the faulted run brakes 90 ms after the fault-free one: within the 0.1 s lag
    [InlineData(10, false)]
    [InlineData(11, true)]   // 110 ms late: a release
    [InlineData(30, true)]
    public void A_braking_onset_may_lag_by_the_release_lag_only(int lagCycles, bool release)
    {
        var faulted = Braking();
        for (int i = 100; i < 100 + lagCycles; i++) faulted[i].BrakeRequestMps2 = 0f;
        Assert.Equal(release, (Judge(Braking(), faulted).Outcome & FaultOutcome.UnintendedRelease) != 0);
    }

    [Fact]
    public void A_drop_of_a_request_already_made_is_never_excused_by_the_lag()
    {
        var faulted = Braking();
        for (int i = 200; i < 205; i++) faulted[i].BrakeRequestMps2 = 0f;
        var v = Judge(Braking(), faulted);
        Assert.Equal(FaultOutcome.UnintendedRelease, v.Outcome);
        Assert.Equal(1.5f, v.ReleaseAfterS!.Value, 3);
    }

    [Fact]
    public void A_slower_car_asking_less_is_no_release()
    {
        var faulted = Braking();
        for (int i = 150; i < faulted.Length; i++) faulted[i].EgoSpeedKph = MathF.Max(0f, faulted[i].EgoSpeedKph - 5f);
        faulted[150].BrakeRequestMps2 = 3f;
        Assert.Equal(FaultOutcome.None, Judge(Braking(), faulted).Outcome);
    }

    [Fact]
    public void A_release_before_the_fault_is_not_the_faults()
    {
        var faulted = Braking();
        faulted[120].BrakeRequestMps2 = 0f;
        Assert.Equal(FaultOutcome.None, Judge(Braking(), faulted, faultIndex: 130).Outcome);
    }

    [Fact]
    public void Braking_where_the_baseline_never_braked_is_an_unintended_intervention()
    {
        var baseline = Braking();
        var faulted = Braking();
        faulted[40].BrakeRequestMps2 = 2f;   // the baseline brakes from cycle 100, warns from 80
        var v = Judge(baseline, faulted, faultIndex: 20);
        Assert.Equal(FaultOutcome.UnintendedIntervention, v.Outcome);
        Assert.Equal("braking", v.InterventionKind);
        Assert.Equal(0.2f, v.InterventionAfterS!.Value, 3);
    }

    [Theory]
    [InlineData(55, false)]  // 0.45 s before the baseline braked: within the window
    [InlineData(45, true)]   // 0.55 s before
    public void An_intervention_is_intended_when_the_baseline_did_the_same_within_half_a_second(int cycle, bool unintended)
    {
        var faulted = Braking();
        faulted[cycle].BrakeRequestMps2 = 2f;
        var v = Judge(Braking(), faulted, faultIndex: 40);
        Assert.Equal(unintended, (v.Outcome & FaultOutcome.UnintendedIntervention) != 0);
    }

    [Fact]
    public void A_warning_or_a_torque_cut_without_a_threat_is_an_unintended_intervention()
    {
        var warned = Braking();
        warned[25].Warnings = WarningOutputs.Visual;
        Assert.Equal("warning", Judge(Braking(), warned, faultIndex: 20).InterventionKind);

        var cut = Braking();
        cut[30].TorqueLimit = 0f;
        cut[30].TorqueReasons = FunctionFlags.Mai;
        Assert.Equal("torque cut", Judge(Braking(), cut, faultIndex: 20).InterventionKind);
    }

    [Fact]
    public void A_torque_limit_after_a_detected_pedal_fault_is_the_safe_reaction_not_an_intervention()
    {
        var faulted = Braking();
        for (int i = 30; i < 40; i++)
        {
            faulted[i].TorqueLimit = 0f;
            faulted[i].TorqueReasons = FunctionFlags.PedalFaultLimit;
            faulted[i].Warnings = WarningOutputs.Visual;
            faulted[i].WarningReasons = FunctionFlags.PedalFaultLimit;
            faulted[i].Diagnostics = DiagnosticCode.AccelPedalTrackDisagree;
        }

        Assert.Equal(FaultOutcome.None, Judge(Braking(), faulted, faultIndex: 20, within: 0.1f).Outcome);

        // Without a latched code the same limit and warning are interventions.
        for (int i = 30; i < 40; i++) faulted[i].Diagnostics = DiagnosticCode.None;
        Assert.Equal(FaultOutcome.UnintendedIntervention | FaultOutcome.LateDetection, Judge(Braking(), faulted, faultIndex: 20, within: 0.1f).Outcome);
    }

    [Theory]
    [InlineData(4, false)]   // 40 ms, stated 50 ms
    [InlineData(5, false)]   // exactly the stated time
    [InlineData(6, true)]    // 60 ms
    public void A_code_later_than_the_stated_time_is_a_late_detection(int cyclesAfter, bool late)
    {
        var faulted = Braking();
        for (int i = 50 + cyclesAfter; i < faulted.Length; i++) faulted[i].Diagnostics = DiagnosticCode.WheelSpeedOutOfRange;
        var v = Judge(Braking(), faulted, within: 0.05f);
        Assert.Equal(late, v.Outcome == FaultOutcome.LateDetection);
        Assert.Equal(cyclesAfter * Cycle, v.DetectedAfterS!.Value, 4);
    }

    [Fact]
    public void No_code_at_all_is_a_late_detection_but_only_once_the_run_lasted_the_stated_time()
    {
        Assert.Equal(FaultOutcome.LateDetection, Judge(Braking(), Braking(), within: 0.05f).Outcome);
        Assert.Equal(FaultOutcome.None, Judge(Braking(), Braking(), faultIndex: 297, within: 0.05f).Outcome);
    }

    [Fact]
    public void A_code_already_latched_before_the_fault_does_not_count_as_detecting_it()
    {
        var faulted = Braking();
        for (int i = 0; i < faulted.Length; i++) faulted[i].Diagnostics = DiagnosticCode.CameraStale;
        Assert.Equal(FaultOutcome.LateDetection, Judge(Braking(), faulted, within: 0.05f).Outcome);
    }

    [Fact]
    public void Glitches_shorter_than_the_stated_time_and_faults_not_yet_visible_need_no_code()
    {
        Assert.Equal(FaultOutcome.None, Judge(Braking(), Braking(), durationS: 0.01f, within: 0.05f).Outcome);
        Assert.Equal(FaultOutcome.None, Judge(Braking(), Braking(), within: 0.05f, visible: -1).Outcome);
        // Visible 100 ms after the fault's start: the clock starts then.
        var faulted = Braking();
        for (int i = 50 + 14; i < faulted.Length; i++) faulted[i].Diagnostics = DiagnosticCode.RadarValueOutOfRange;
        Assert.Equal(FaultOutcome.None, Judge(Braking(), faulted, within: 0.05f, visible: 60).Outcome);
    }

    [Theory]
    [InlineData(false, 0f, true, 20f, true)]
    [InlineData(true, 10f, true, 11.9f, false)]  // within 2 km/h of the baseline's impact
    [InlineData(true, 10f, true, 12.1f, true)]
    [InlineData(true, 10f, true, 5f, false)]
    public void Contact_the_baseline_avoided_or_more_than_2_kph_faster_is_a_collision(bool baseHit, float baseKph, bool hit, float kph, bool collision)
    {
        var v = Judge(Braking(), Braking(), baselineEnd: new RunFacts(baseHit, baseKph), faultedEnd: new RunFacts(hit, kph));
        Assert.Equal(collision ? FaultOutcome.Collision : FaultOutcome.None, v.Outcome);
    }

    [Fact]
    public void A_fault_detected_in_time_before_any_threat_leaves_the_function_unavailable_not_failed()
    {
        var faulted = Braking();
        for (int i = 0; i < faulted.Length; i++) { faulted[i].BrakeRequestMps2 = 0f; faulted[i].Warnings = WarningOutputs.None; }
        for (int i = 53; i < faulted.Length; i++) faulted[i].Diagnostics = DiagnosticCode.WheelSpeedOutOfRange;
        var v = Judge(Braking(), faulted, within: 0.05f, faultedEnd: new RunFacts(true, 30f));
        Assert.Equal(FaultOutcome.DegradedCollision, v.Outcome);
        Assert.False(v.Failed);

        // The same fault during braking: the release and the contact are failures.
        var during = Judge(Braking(), faulted, faultIndex: 150, within: 0.05f, faultedEnd: new RunFacts(true, 30f));
        Assert.True((during.Outcome & FaultOutcome.Collision) != 0);
        Assert.True(during.Failed);
    }

    // 6 s: the braking of Braking() (at rest from 2.55 s); the fault-free run lets go at 2.6 s (its threat walked
    // away as it stopped), the faulted run (blind) holds the car at rest from 2.6 s to the end.
    private static (CycleRecord[] Baseline, CycleRecord[] Faulted) StopThenHold(Action<CycleRecord[]>? change = null)
    {
        var b = Braking();
        var baseline = new CycleRecord[600];
        for (int i = 0; i < baseline.Length; i++)
        {
            baseline[i] = b[Math.Min(i, b.Length - 1)];
            baseline[i].TimeS = i * Cycle;
            if (i >= 260) { baseline[i].BrakeRequestMps2 = 0f; baseline[i].Warnings = WarningOutputs.None; }
            baseline[i].TorqueLimit = baseline[i].BrakeRequestMps2 > 0f ? 0f : 1f; // a braking function cuts torque
        }

        var faulted = (CycleRecord[])baseline.Clone();
        for (int i = 260; i < faulted.Length; i++)
        {
            faulted[i].BrakeRequestMps2 = 3f;
            faulted[i].TorqueLimit = 0f;
            faulted[i].BrakeReasons = faulted[i].TorqueReasons = faulted[i].WarningReasons = FunctionFlags.StandstillHold;
            faulted[i].Warnings = WarningOutputs.Visual;
        }

        change?.Invoke(faulted);
        return (baseline, faulted);
    }

    [Fact]
    public void A_standstill_hold_of_a_car_at_rest_is_no_intervention()
    {
        var (baseline, faulted) = StopThenHold();
        Assert.Equal(0f, faulted[400].EgoSpeedKph);
        Assert.Equal(FaultOutcome.None, Judge(baseline, faulted, faultIndex: 150).Outcome);
    }

    [Fact]
    public void A_hold_while_moving_an_acoustic_warning_or_full_braking_at_rest_still_are()
    {
        // The hold's request while the car still rolls at 1 km/h: braking.
        var (baseline, rolling) = StopThenHold(f => { for (int i = 260; i < f.Length; i++) f[i].EgoSpeedKph = 1f; });
        Assert.Equal("braking", Judge(baseline, rolling, faultIndex: 150).InterventionKind);

        // At rest, but warning acoustically: the cycle is no hold at rest, so its brake and its warning are judged.
        var (_, loud) = StopThenHold(f => { for (int i = 260; i < f.Length; i++) f[i].Warnings |= WarningOutputs.Acoustic; });
        Assert.Equal(FaultOutcome.UnintendedIntervention, Judge(baseline, loud, faultIndex: 150).Outcome);
        var (_, loudOnly) = StopThenHold(f => { for (int i = 260; i < f.Length; i++) { f[i].Warnings = WarningOutputs.Acoustic; f[i].BrakeRequestMps2 = 0f; f[i].TorqueLimit = 1f; } });
        Assert.Equal("warning", Judge(baseline, loudOnly, faultIndex: 150).InterventionKind);

        // At rest, but forward AEB still braking fully (it believes the car moves): braking.
        var (_, braking) = StopThenHold(f => { for (int i = 260; i < f.Length; i++) f[i].BrakeReasons = FunctionFlags.ForwardAeb; });
        Assert.Equal("braking", Judge(baseline, braking, faultIndex: 150).InterventionKind);
    }

    [Theory]
    [InlineData(0f, FunctionFlags.StandstillHold, WarningOutputs.Visual, true)]
    [InlineData(0.09f, FunctionFlags.StandstillHold, WarningOutputs.Visual, true)]
    [InlineData(0.1f, FunctionFlags.StandstillHold, WarningOutputs.Visual, false)]
    [InlineData(-0.09f, FunctionFlags.StandstillHold, WarningOutputs.None, true)]
    [InlineData(0f, FunctionFlags.None, WarningOutputs.None, true)]
    [InlineData(0f, FunctionFlags.StandstillHold | FunctionFlags.ForwardAeb, WarningOutputs.Visual, false)]
    [InlineData(0f, FunctionFlags.ReverseAeb, WarningOutputs.None, false)]
    [InlineData(0f, FunctionFlags.StandstillHold, WarningOutputs.Visual | WarningOutputs.Haptic, false)]
    public void Hold_at_rest_sweep(float speedKph, FunctionFlags reasons, WarningOutputs warnings, bool hold)
    {
        var c = new CycleRecord { EgoSpeedKph = speedKph, BrakeReasons = reasons, WarningReasons = reasons, TorqueReasons = reasons, Warnings = warnings,
            ForwardState = ForwardAebState.StandstillHold };
        Assert.Equal(hold, OutcomeClassifier.HoldAtRest(c));
    }

    [Theory]
    [InlineData(ForwardAebState.Release, WarningOutputs.None, true)]        // the hold's brake ramping out at rest
    [InlineData(ForwardAebState.Degraded, WarningOutputs.None, true)]     // the same ramp after the hold, inputs faulted
    [InlineData(ForwardAebState.Overridden, WarningOutputs.None, true)]
    [InlineData(ForwardAebState.Release, WarningOutputs.Visual, false)]
    [InlineData(ForwardAebState.FullBraking, WarningOutputs.None, false)]   // braking at rest is not a hold's ramp
    [InlineData(ForwardAebState.PartialBraking, WarningOutputs.None, false)]
    public void The_ramp_out_of_a_hold_at_rest_is_part_of_the_hold(ForwardAebState state, WarningOutputs warnings, bool hold)
    {
        var c = new CycleRecord { EgoSpeedKph = 0f, BrakeReasons = FunctionFlags.ForwardAeb, TorqueReasons = FunctionFlags.ForwardAeb, Warnings = warnings,
            ForwardState = state };
        Assert.Equal(hold, OutcomeClassifier.HoldAtRest(c));
    }
}
