using AebController.Scenarios.Model;
using AebController.Scenarios.Running;
using AebController.Scenarios.Scoring;

namespace AebController.Scenarios.Tests;

/// <summary>Scoring worked by hand: points for correct actions, deductions for wrong ones.</summary>
public class ScoringTests
{
    private static ScenarioResult Result(bool collided = false, float? impactKph = null, float? warn = 1.0f, float? brake = 2.0f,
        float? stopGap = 1.0f, float peakRequest = 6f, float torqueLimitedS = 0f, params string[] failures) => new()
    {
        Scenario = "t", Collided = collided, ImpactSpeedKph = impactKph, MinGapM = 1f, StopGapM = stopGap,
        FirstWarningS = warn, FirstBrakeS = brake, MaxDecelMps2 = 6f, MaxBrakeRequestMps2 = peakRequest, MaxSpeedKph = 50f,
        TorqueLimitedS = torqueLimitedS, EndTimeS = 5f, Diagnostics = 0, FaultDetectionCycles = [], Failures = failures,
        Trace = Enumerable.Range(0, 100).Select(i => new CycleRecord { TimeS = i * 0.01f, BrakeRequestMps2 = i < 50 ? peakRequest : 0f }).ToArray(),
    };

    private static ScenarioDefinition Case(float speedKph, ScoreMethod method, ExpectationDefinition? expect = null, float points = 1f) => new()
    {
        Name = "t", DurationS = 5, Ego = new EgoDefinition { SpeedKph = speedKph },
        Score = new ScoreDefinition { Method = method, Points = points }, Expect = expect ?? new ExpectationDefinition(),
    };

    [Fact]
    public void Euro_ncap_speed_reduction_worked_examples()
    {
        // 50 km/h test, no contact: full points.
        Assert.Equal(2f, CaseScorer.SpeedReductionPoints(2f, 50f, Result()));
        // 50 km/h test, impact at 20 km/h: 30/50 of the points.
        Assert.Equal(0.6f * 2f, CaseScorer.SpeedReductionPoints(2f, 50f, Result(collided: true, impactKph: 20f)), 4);
        // Less than 5 km/h removed earns nothing.
        Assert.Equal(0f, CaseScorer.SpeedReductionPoints(2f, 50f, Result(collided: true, impactKph: 46f)));
    }

    [Fact]
    public void Pass_fail_cases_earn_all_or_nothing()
    {
        Assert.Equal(1f, CaseScorer.Score(Case(50, ScoreMethod.PassFail), Result()).Points);
        Assert.Equal(0f, CaseScorer.Score(Case(50, ScoreMethod.PassFail), Result(failures: "collided")).Points);
    }

    [Fact]
    public void Braking_without_a_threat_is_deducted_by_peak_and_duration()
    {
        var falseActivation = Case(80, ScoreMethod.PassFail, new ExpectationDefinition { Brakes = false });
        // 0.5 s at 2.45 m/s² (a quarter g): half for the peak + half of the second = 0.75 of the case.
        var score = CaseScorer.Score(falseActivation, Result(peakRequest: 2.45f));
        var deduction = Assert.Single(score.Deductions);
        Assert.Equal(0.75f, deduction.Points, 3);
        Assert.Contains("braked without a threat", deduction.Reason);
    }

    [Fact]
    public void A_missing_or_late_warning_and_a_suppressed_launch_are_deducted()
    {
        var missing = CaseScorer.Score(Case(50, ScoreMethod.PassFail, new ExpectationDefinition { Warns = true }), Result(warn: null));
        Assert.Equal(0.25f, missing.Deductions.Single().Points);

        var late = CaseScorer.Score(Case(50, ScoreMethod.PassFail, new ExpectationDefinition { WarningBeforeBrake = true, MinWarningLeadS = 0.8f }),
            Result(warn: 1.5f, brake: 2.0f));
        Assert.Equal(0.1f, late.Deductions.Single().Points, 4);

        var suppressed = CaseScorer.Score(Case(0, ScoreMethod.PassFail, new ExpectationDefinition { TorqueLimited = false }), Result(torqueLimitedS: 1.2f));
        Assert.Equal(0.5f, suppressed.Deductions.Single().Points);
        Assert.Equal(0.5f, suppressed.Points);
    }

    [Fact]
    public void Stopping_far_short_is_braking_harder_than_needed()
    {
        var score = CaseScorer.Score(Case(50, ScoreMethod.SpeedReduction), Result(stopGap: 12f));
        Assert.Equal(0.9f, score.Points, 4);
        Assert.Empty(CaseScorer.Score(Case(50, ScoreMethod.SpeedReduction), Result(stopGap: 2f)).Deductions);
    }

    [Fact]
    public void A_scorecard_totals_per_suite_and_counts_mandatory_failures()
    {
        var cases = new[]
        {
            new CaseScore("a", ["s1"], true, true, 1f, [], 1f, []),
            new CaseScore("b", ["s1", "s2"], true, false, 0f, [], 1f, ["collided"]),
            new CaseScore("c", ["s2"], false, false, 0.5f, [new Deduction("late", 0.1f)], 1f, ["late"]),
        };
        var card = Scorecard.Of("all", cases);
        Assert.Equal(3, card.Total.Cases);
        Assert.Equal(1, card.Total.MandatoryFailed);
        Assert.Equal(1.4f, card.Total.Score, 4);
        var s2 = card.Suites.Single(s => s.Suite == "s2");
        Assert.Equal(2, s2.Cases);
        Assert.Equal(0.4f, s2.Score, 4);
    }
}
