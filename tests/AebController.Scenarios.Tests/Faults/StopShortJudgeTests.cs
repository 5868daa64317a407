using AebController.Scenarios.Faults;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// The judge's stop-gap rule (<see cref="OutcomeClassifier.StopsShortOfStandingObstacle"/>, <see cref="OutcomeClassifier.KeepsGap"/>):
/// in a scenario that states the gap its stop must keep, a lower request than the fault-free run's is no release where
/// ground truth shows it stops the car short of its standing obstacle by that gap and the faulted run truly did so.
/// Every number by hand: a stop from v needs v² / (2 (gap − stop gap)).
/// </summary>
public class StopShortJudgeTests
{
    private const float Cycle = 0.01f;
    private static readonly RunFacts NoContact = new(false, 0f);

    /// <summary>Two cycles at <paramref name="speedMps"/>: the gap before and now, and the request now.</summary>
    private static CycleRecord[] Step(float beforeM, float nowM, float speedMps, float requestMps2) =>
    [
        new CycleRecord { PathGapM = beforeM, EgoSpeedKph = speedMps * 3.6f },
        new CycleRecord { PathGapM = nowM, EgoSpeedKph = speedMps * 3.6f, BrakeRequestMps2 = requestMps2 },
    ];

    [Theory]
    // A wall 1.5 m ahead at 1.8 m/s (0.018 m per cycle), stop gap 0.2 m: need 1.8² / (2 × 1.3) = 1.246 m/s².
    [InlineData(1.518f, 1.5f, 1.8f, 1.25f, true)]
    [InlineData(1.518f, 1.5f, 1.8f, 1.24f, false)]
    [InlineData(1.518f, 1.5f, 1.8f, 9.8f, true)]
    // lsf-wall-6's faulted run at 3.41 s: 1.8221 m at 5.99 km/h (1.664 m/s), stage 2 at 4.8 m/s²: need 1.664² / (2 × 1.6221) = 0.85 m/s².
    [InlineData(1.83874f, 1.8221f, 1.664f, 4.8f, true)]
    // At 0.25 m the same speed needs 1.8² / 0.1 = 32.4 m/s²: more than any brake.
    [InlineData(0.268f, 0.25f, 1.8f, 9.8f, false)]
    // At or inside the stop gap nothing is excused.
    [InlineData(0.218f, 0.2f, 1.8f, 9.8f, false)]
    [InlineData(0.168f, 0.15f, 1.8f, 9.8f, false)]
    // A road user that moves: the gap closes at 1.0 m/s while the car drives 1.8 m/s (it walks away at 0.8 m/s), and one
    // coming towards the car (closing 2.6 m/s): the need is not the car's own, nothing is excused.
    [InlineData(1.51f, 1.5f, 1.8f, 9.8f, false)]
    [InlineData(1.526f, 1.5f, 1.8f, 9.8f, false)]
    // Closing within 0.5 km/h (0.139 m/s) of the car's speed counts as standing: 1.93 and 1.67 m/s; 1.95 m/s does not.
    [InlineData(1.5193f, 1.5f, 1.8f, 1.25f, true)]
    [InlineData(1.5167f, 1.5f, 1.8f, 1.25f, true)]
    [InlineData(1.5195f, 1.5f, 1.8f, 9.8f, false)]
    // Nothing in the path now or before.
    [InlineData(1.518f, float.PositiveInfinity, 1.8f, 9.8f, false)]
    [InlineData(float.PositiveInfinity, 1.5f, 1.8f, 9.8f, false)]
    // At rest in front of the wall: the need is 0, any request meets it.
    [InlineData(1.5f, 1.5f, 0f, 0f, true)]
    public void A_request_that_meets_a_standing_obstacles_need_stops_short(float beforeM, float nowM, float speedMps, float requestMps2, bool excused)
    {
        Assert.Equal(excused, OutcomeClassifier.StopsShortOfStandingObstacle(Step(beforeM, nowM, speedMps, requestMps2), 1, 0.2f, Cycle));
    }

    [Fact]
    public void The_first_cycle_and_cycles_past_the_trace_are_never_excused()
    {
        var trace = Step(1.518f, 1.5f, 1.8f, 9.8f);
        Assert.False(OutcomeClassifier.StopsShortOfStandingObstacle(trace, 0, 0.2f, Cycle));
        Assert.False(OutcomeClassifier.StopsShortOfStandingObstacle(trace, 2, 0.2f, Cycle));
    }

    /// <summary>
    /// A car at 1.8 m/s reaching a wall 1.5 m ahead at cycle 10, then braking at <paramref name="requestMps2"/> from
    /// cycle 10 (achieved at once) and holding it at rest; 200 cycles. Contact when the gap would go below 0.
    /// </summary>
    private static (CycleRecord[] Trace, RunFacts End) Approach(float requestMps2)
    {
        var trace = new CycleRecord[200];
        float speedMps = 1.8f, gapM = 1.5f + 10 * 1.8f * Cycle;
        bool contact = false;
        for (int i = 0; i < trace.Length; i++)
        {
            float request = i >= 10 ? requestMps2 : 0f;
            trace[i] = new CycleRecord { TimeS = i * Cycle, EgoSpeedKph = speedMps * 3.6f, PathGapM = gapM, BrakeRequestMps2 = request, TorqueLimit = 1f };
            gapM -= speedMps * Cycle;
            if (gapM <= 0f)
            {
                contact = true;
                gapM = 0f;
                speedMps = 0f;
            }

            speedMps = MathF.Max(0f, speedMps - request * Cycle);
        }

        return (trace, new RunFacts(contact, 0f));
    }

    private static Verdict Judge(float faultedRequestMps2, float? stopGapM)
    {
        var (baseline, _) = Approach(9.8f);
        var (faulted, end) = Approach(faultedRequestMps2);
        return OutcomeClassifier.Classify(baseline, NoContact, faulted, end, 10, float.PositiveInfinity, null, Cycle, -2, stopGapM);
    }

    [Fact]
    public void Stage_two_that_stops_short_of_the_wall_is_no_release_where_the_scenario_states_its_stop_gap()
    {
        // 3.8 m/s² from 1.8 m/s stops in 1.8² / 7.6 = 0.43 m: at 1.07 m from the wall, beyond 0.2 m. The fault-free run
        // asked 9.8 throughout; the need at 1.5 m was 1.25 m/s² and only falls while the car brakes harder than it.
        Assert.False(Judge(3.8f, 0.2f).Outcome.HasFlag(FaultOutcome.UnintendedRelease));
    }

    [Fact]
    public void Without_a_stated_stop_gap_the_fault_free_run_stays_the_judge()
    {
        Assert.True(Judge(3.8f, null).Outcome.HasFlag(FaultOutcome.UnintendedRelease));
    }

    [Fact]
    public void A_request_below_the_need_is_still_a_release()
    {
        // 1.0 m/s² from 1.8 m/s needs 1.62 m: contact with the wall 1.5 m ahead.
        var verdict = Judge(1.0f, 0.2f);
        Assert.True(verdict.Outcome.HasFlag(FaultOutcome.UnintendedRelease));
        Assert.True(verdict.Outcome.HasFlag(FaultOutcome.Collision));
        // 1.2 m/s² stops in 1.35 m, 0.15 m from the wall: inside the 0.2 m gap (and below the 1.25 m/s² need).
        Assert.True(Judge(1.2f, 0.2f).Outcome.HasFlag(FaultOutcome.UnintendedRelease));
    }

    [Fact]
    public void A_stop_that_keeps_the_gap_by_hand_is_judged_as_kept()
    {
        // 1.3 m/s² stops in 1.8² / 2.6 = 1.246 m: 0.254 m from the wall, the need (1.246) met; 0.2 m kept, 0.3 m not.
        var (trace, _) = Approach(1.3f);
        Assert.True(OutcomeClassifier.KeepsGap(trace, 10, 0.2f));
        Assert.False(OutcomeClassifier.KeepsGap(trace, 10, 0.3f));
        Assert.False(Judge(1.3f, 0.2f).Outcome.HasFlag(FaultOutcome.UnintendedRelease));
        Assert.True(Judge(1.3f, 0.3f).Outcome.HasFlag(FaultOutcome.UnintendedRelease));
    }

    [Fact]
    public void A_run_that_never_comes_to_rest_keeps_no_gap()
    {
        var (trace, _) = Approach(0f);
        Assert.False(OutcomeClassifier.KeepsGap(trace.AsSpan(0, 50), 10, 0.2f));
    }
}
