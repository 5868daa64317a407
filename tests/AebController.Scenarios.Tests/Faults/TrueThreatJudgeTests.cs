using AebController.Firmware.Signals;
using AebController.Scenarios.Faults;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// The judge's ground-truth rule (<see cref="OutcomeClassifier.TrueThreat"/>): where the faulted car's speed has gone its
/// own way, a warning, brake or torque cut is no unintended intervention when it answers a road user truly in the swept
/// path within 4 s. Hand cases both ways; every number worked out by hand.
/// </summary>
public class TrueThreatJudgeTests
{
    private const float Cycle = 0.01f;
    private static readonly RunFacts NoContact = new(false, 0f);

    /// <summary>Two cycles: the gap before and now (∞: nothing in the path).</summary>
    private static CycleRecord[] Gaps(float beforeM, float nowM) =>
        [new CycleRecord { PathGapM = beforeM }, new CycleRecord { PathGapM = nowM }];

    [Theory]
    // cpna-40's faulted run: a pedestrian 3.08 m ahead, the car at 8.6 km/h (2.39 m/s: 0.0239 m per cycle): TTC 1.29 s.
    [InlineData(3.1039f, 3.08f, true)]
    // 9.59 m at 2.4 m/s: 3.996 s (within), and 9.7 m: 4.04 s (beyond).
    [InlineData(9.614f, 9.59f, true)]
    [InlineData(9.724f, 9.7f, false)]
    // 60 m ahead at 2.4 m/s: 25 s, no threat yet.
    [InlineData(60.024f, 60f, false)]
    // A lead pulling away (the gap grows) and one keeping its distance (closing 0): no threat however near.
    [InlineData(3f, 3.01f, false)]
    [InlineData(3f, 3f, false)]
    // Nothing in the path now (beside it, or a gantry or plate, which is drivable and never in the gap).
    [InlineData(3.1f, float.PositiveInfinity, false)]
    // Entering the path this cycle: no closing speed yet.
    [InlineData(float.PositiveInfinity, 3f, false)]
    // Touching while closing: TTC 0.
    [InlineData(0.02f, 0f, true)]
    public void A_road_user_in_the_path_within_4_s_is_a_true_threat(float beforeM, float nowM, bool threat)
    {
        Assert.Equal(threat, OutcomeClassifier.TrueThreat(Gaps(beforeM, nowM), 1, Cycle));
    }

    [Fact]
    public void The_first_cycle_of_a_trace_has_no_closing_speed()
    {
        Assert.False(OutcomeClassifier.TrueThreat(Gaps(3.1f, 3f), 0, Cycle));
        Assert.False(OutcomeClassifier.TrueThreat(Gaps(3.1f, 3f), 2, Cycle));
    }

    // 4 s at 10 ms. The fault-free car drives at 10 km/h with nothing in its path and never intervenes. The faulted car
    // drives at `faultedKph`; a pedestrian crosses its path from 1.0 s to 2.0 s (in it from 3.0 m ahead, closing at the
    // car's speed), and the faulted run warns from `warnFrom` to `warnTo` (cycles).
    private static (CycleRecord[] Baseline, CycleRecord[] Faulted) Crossing(float faultedKph, int warnFrom, int warnTo,
        bool pedestrian = true, int restFrom = int.MaxValue)
    {
        var baseline = new CycleRecord[400];
        var faulted = new CycleRecord[400];
        float gap = 3f;
        for (int i = 0; i < baseline.Length; i++)
        {
            baseline[i] = new CycleRecord { TimeS = i * Cycle, EgoSpeedKph = 10f, TorqueLimit = 1f, PathGapM = float.PositiveInfinity };
            float kph = i >= restFrom ? 0f : faultedKph;
            bool inPath = pedestrian && i >= 100 && i < 200;
            faulted[i] = new CycleRecord { TimeS = i * Cycle, EgoSpeedKph = kph, TorqueLimit = 1f, PathGapM = inPath ? gap : float.PositiveInfinity,
                Warnings = i >= warnFrom && i < warnTo ? WarningOutputs.Acoustic : WarningOutputs.None };
            if (inPath) gap -= kph / 3.6f * Cycle;
        }

        return (baseline, faulted);
    }

    private static Verdict Judge(CycleRecord[] baseline, CycleRecord[] faulted) =>
        OutcomeClassifier.Classify(baseline, NoContact, faulted, NoContact, 10, float.PositiveInfinity, null, Cycle);

    [Fact]
    public void A_warning_for_a_pedestrian_truly_ahead_is_no_unintended_intervention_once_the_car_went_its_own_way()
    {
        // 9 km/h against 10: 1 km/h apart, beyond the judge's 0.5 km/h; the pedestrian 3 m ahead closing at 2.5 m/s (TTC 1.2 s).
        var (baseline, faulted) = Crossing(9f, warnFrom: 120, warnTo: 180);
        Assert.Equal(FaultOutcome.None, Judge(baseline, faulted).Outcome);
    }

    [Fact]
    public void The_same_warning_with_nobody_in_the_path_is_unintended()
    {
        var (baseline, faulted) = Crossing(9f, warnFrom: 120, warnTo: 180, pedestrian: false);
        var v = Judge(baseline, faulted);
        Assert.Equal(FaultOutcome.UnintendedIntervention, v.Outcome);
        Assert.Equal("warning", v.InterventionKind);
        Assert.Equal(1.1f, v.InterventionAfterS!.Value, 3);
    }

    [Fact]
    public void While_the_car_is_in_the_fault_free_runs_situation_the_fault_free_run_judges()
    {
        // 9.6 km/h against 10: within 0.5 km/h, so the fault-free run, which did not warn, is the judge, pedestrian or not.
        var (baseline, faulted) = Crossing(9.6f, warnFrom: 120, warnTo: 180);
        Assert.Equal(FaultOutcome.UnintendedIntervention, Judge(baseline, faulted).Outcome);
    }

    [Fact]
    public void A_warning_that_starts_before_the_road_user_is_a_threat_is_unintended()
    {
        // The warning starts at 0.9 s; the pedestrian steps into the path only at 1.0 s.
        var v = Judge(Crossing(9f, warnFrom: 90, warnTo: 180).Baseline, Crossing(9f, warnFrom: 90, warnTo: 180).Faulted);
        Assert.Equal(0.8f, v.InterventionAfterS!.Value, 3);
    }

    [Fact]
    public void An_episode_that_answered_a_true_threat_is_excused_to_its_end_while_the_car_moves()
    {
        // The warning goes on 0.5 s after the pedestrian has left the path (2.0 s to 2.5 s), the car still moving: the
        // same episode, answering the same pedestrian.
        var (baseline, faulted) = Crossing(9f, warnFrom: 120, warnTo: 250);
        Assert.Equal(FaultOutcome.None, Judge(baseline, faulted).Outcome);
    }

    [Fact]
    public void An_episode_goes_on_warning_at_rest_is_unintended()
    {
        // The car comes to rest at 2.2 s and the acoustic warning goes on to 3.0 s: at rest it answers nothing.
        var (baseline, faulted) = Crossing(9f, warnFrom: 120, warnTo: 300, restFrom: 220);
        var v = Judge(baseline, faulted);
        Assert.Equal(FaultOutcome.UnintendedIntervention, v.Outcome);
        Assert.Equal(2.1f, v.InterventionAfterS!.Value, 3);
    }

    [Fact]
    public void A_new_episode_after_the_threat_has_gone_is_unintended()
    {
        // A warning from 1.2 s to 1.5 s for the pedestrian, then a second one from 2.5 s, after she has left the path.
        var (baseline, faulted) = Crossing(9f, warnFrom: 120, warnTo: 150);
        for (int i = 250; i < 300; i++) faulted[i].Warnings = WarningOutputs.Acoustic;
        Assert.Equal(2.4f, Judge(baseline, faulted).InterventionAfterS!.Value, 3);
    }

    [Fact]
    public void Braking_and_a_torque_cut_in_the_episode_are_judged_alike()
    {
        var (baseline, faulted) = Crossing(9f, warnFrom: 120, warnTo: 180);
        for (int i = 150; i < 230; i++) { faulted[i].BrakeRequestMps2 = 3.6f; faulted[i].TorqueLimit = 0f; }
        Assert.Equal(FaultOutcome.None, Judge(baseline, faulted).Outcome);

        var (_, blind) = Crossing(9f, warnFrom: 120, warnTo: 180, pedestrian: false);
        for (int i = 150; i < 230; i++) { blind[i].BrakeRequestMps2 = 3.6f; blind[i].TorqueLimit = 0f; }
        Assert.Equal(FaultOutcome.UnintendedIntervention, Judge(baseline, blind).Outcome);
    }
}
