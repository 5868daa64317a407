using AebController.Scenarios.Model;
using AebController.Scenarios.Running;
using AebController.Scenarios.Scoring.Protocols;

namespace AebController.Scenarios.Tests;

/// <summary>
/// Euro NCAP 2026 robustness-layer scoring (FC v1.1 §4.2.2) against the figures the rating calculator's own tests
/// work out (CCFtap: 0.5 robustness points over 8 applicable layers, 7 claimed: 0.0625 per layer, 0.4375 held,
/// 0.375 failed; the cross-scenario collision-partner rule's cases) and against hand-worked cases.
/// </summary>
public class RobustnessScoringTests
{
    private const string CarPtw = "Frontal Collisions / Car & PTW";
    private static readonly RobustnessLayer[] SevenClaimed =
    [
        RobustnessLayer.DriverInputPreCrash, RobustnessLayer.Speed, RobustnessLayer.InitialPositionOffset, RobustnessLayer.IlluminationNight,
        RobustnessLayer.Type, RobustnessLayer.Appearance, RobustnessLayer.AdverseWeather,
    ];

    private static RobustnessInput Ccftap(bool held, RobustnessLayer? tested = RobustnessLayer.Speed, IReadOnlyCollection<RobustnessLayer>? claimed = null,
        float standard = 4f, string sub = CarPtw, int applicable = 8) =>
        new("CCFtap", sub, 0.5f, applicable, claimed ?? SevenClaimed, tested, held, standard, 4f);

    private static RobustnessInput Failing(string scenario, float points, RobustnessLayer layer, string sub = CarPtw, int applicable = 8) =>
        new(scenario, sub, points, applicable, [layer], layer, false, 1f, 1f);

    [Fact]
    public void Ccftap_seven_of_eight_claimed_and_held_earns_0_4375()
    {
        var s = Robustness.Score(Ccftap(held: true));
        Assert.Equal(0.0625f, s.PerLayer, 6);
        Assert.Equal(0.4375f, s.Points, 6);
        Assert.False(s.Failed);
    }

    [Fact]
    public void Ccftap_tested_layer_failed_keeps_only_the_untested_claims_0_375()
    {
        var s = Robustness.Score(Ccftap(held: false));
        Assert.Equal(0.375f, s.Points, 6);
        Assert.True(s.Failed);
    }

    [Fact]
    public void No_pool_layer_claimed_earns_the_claims_when_verification_holds()
    {
        // Only Illumination (Night) claimed: nothing in the Frontal pool to test; 1 × 0.5 / 8 when the standard verification holds.
        var s = Robustness.Score(Ccftap(held: true, tested: null, claimed: [RobustnessLayer.IlluminationNight]));
        Assert.Equal(0.0625f, s.Points, 6);
    }

    [Fact]
    public void Nothing_claimed_earns_nothing()
    {
        Assert.Equal(0f, Robustness.Score(Ccftap(held: true, tested: null, claimed: [])).Points);
        Assert.Equal(0f, Robustness.Score(Ccftap(held: false, tested: null, claimed: [])).Points);
    }

    [Theory]
    [InlineData(1.99f, 0f)]
    [InlineData(2.0f, 0.4375f)]
    [InlineData(1.9999999f, 0.4375f)] // the calculator compares at 6 decimals: 1.9999999 is half of 4
    public void Robustness_counts_only_from_half_the_standard_range(float standard, float expected) =>
        Assert.Equal(expected, Robustness.Score(Ccftap(held: true, standard: standard)).Points, 6);

    [Fact]
    public void Hand_case_ccrb_three_of_five_claimed()
    {
        // CCRb 0.2 points, 5 applicable layers, 3 claimed, Acceleration tested and held: 3 × 0.2 / 5 = 0.12; failed: 0.08.
        RobustnessLayer[] claimed = [RobustnessLayer.Acceleration, RobustnessLayer.InitialPositionOffset, RobustnessLayer.DriverInputPreCrash];
        Assert.Equal(0.12f, Robustness.Score(new RobustnessInput("CCRb", CarPtw, 0.2f, 5, claimed, RobustnessLayer.Acceleration, true, 1.6f, 1.6f)).Points, 6);
        Assert.Equal(0.08f, Robustness.Score(new RobustnessInput("CCRb", CarPtw, 0.2f, 5, claimed, RobustnessLayer.Acceleration, false, 1.6f, 1.6f)).Points, 6);
    }

    [Fact]
    public void Night_grids_and_scenarios_without_layers_score_nothing() =>
        Assert.Equal(0f, Robustness.Score(new RobustnessInput("CPNA night", "Frontal Collisions / Pedestrian & Cyclist", 0f, 0, [], null, true, 0.5f, 0.5f)).Points);

    [Fact]
    public void A_claim_of_more_layers_than_apply_or_an_unclaimed_test_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Robustness.Score(Ccftap(held: true, applicable: 6)));
        Assert.Throws<ArgumentException>(() => Robustness.Score(Ccftap(held: true, tested: RobustnessLayer.Acceleration)));
    }

    [Fact]
    public void One_failure_does_not_spread()
    {
        var scores = Robustness.Score([Failing("CCRs", 0.15f, RobustnessLayer.Speed), Ccftap(held: true, tested: RobustnessLayer.DriverInputPreCrash)]);
        Assert.Equal(0.4375f, scores[1].Points, 6);
    }

    [Fact]
    public void Two_failures_of_one_partner_take_the_layer_from_a_third_car_scenario()
    {
        var scores = Robustness.Score([
            Failing("CCRs", 0.15f, RobustnessLayer.Speed),
            Failing("CCRm", 0.3f, RobustnessLayer.Speed),
            Ccftap(held: true, tested: RobustnessLayer.DriverInputPreCrash),
        ]);
        Assert.Equal(0.4375f - 0.0625f, scores[2].Points, 6);
    }

    [Fact]
    public void A_layer_not_claimed_is_not_taken()
    {
        var scores = Robustness.Score([
            Failing("CCRs", 0.15f, RobustnessLayer.Speed),
            Failing("CCRm", 0.3f, RobustnessLayer.Speed),
            Ccftap(held: true, tested: RobustnessLayer.DriverInputPreCrash, claimed: [RobustnessLayer.DriverInputPreCrash]),
        ]);
        Assert.Equal(0.0625f, scores[2].Points, 6);
    }

    [Fact]
    public void Failures_in_different_subelements_do_not_add_up()
    {
        var scores = Robustness.Score([
            Failing("CCRs", 0.15f, RobustnessLayer.Speed, sub: "A"),
            Failing("CCRm", 0.3f, RobustnessLayer.Speed, sub: "B"),
            Ccftap(held: true, tested: RobustnessLayer.DriverInputPreCrash, sub: "A"),
        ]);
        Assert.Equal(0.4375f, scores[2].Points, 6);
    }

    [Fact]
    public void A_scenario_whose_own_test_failed_on_that_layer_is_not_reduced_twice()
    {
        var scores = Robustness.Score([
            Failing("CCRs", 0.15f, RobustnessLayer.Speed),
            Failing("CCRm", 0.3f, RobustnessLayer.Speed),
            Ccftap(held: false, tested: RobustnessLayer.Speed),
        ]);
        Assert.Equal(0.375f, scores[2].Points, 6);
    }

    [Fact]
    public void Another_collision_partner_is_not_affected()
    {
        var scores = Robustness.Score([
            Failing("CCRs", 0.15f, RobustnessLayer.Speed),
            Failing("CCRm", 0.3f, RobustnessLayer.Speed),
            new RobustnessInput("CMRs", CarPtw, 0.15f, 2, [RobustnessLayer.Speed, RobustnessLayer.TrajectoryHeading], RobustnessLayer.TrajectoryHeading, true, 1.2f, 1.2f),
        ]);
        Assert.Equal(0.15f, scores[2].Points, 6);
    }

    [Fact]
    public void Two_layers_failing_twice_each_take_two_shares()
    {
        var scores = Robustness.Score([
            Failing("CCRs", 0.15f, RobustnessLayer.Speed),
            Failing("CCRm", 0.3f, RobustnessLayer.Speed),
            Failing("CCRb", 0.2f, RobustnessLayer.DriverInputPreCrash),
            Failing("CCFhos", 0.25f, RobustnessLayer.DriverInputPreCrash),
            Ccftap(held: true, tested: RobustnessLayer.InitialPositionOffset),
        ]);
        Assert.Equal(0.4375f - 0.0625f - 0.0625f, scores[4].Points, 6);
    }

    [Fact]
    public void Reductions_stop_at_zero()
    {
        var scores = Robustness.Score([
            Failing("CCRs", 0.15f, RobustnessLayer.Speed),
            Failing("CCRm", 0.3f, RobustnessLayer.Speed),
            Ccftap(held: true, tested: RobustnessLayer.Speed, claimed: [RobustnessLayer.Speed], standard: 1f),
        ]);
        Assert.Equal(0f, scores[2].Points);
    }

    [Theory]
    [InlineData("CCRs", "car")]
    [InlineData("CCFtap", "car")]
    [InlineData("CMCscp", "PTW")]
    [InlineData("CPNA day", "pedestrian")]
    [InlineData("CPTAfs & CPTAns", "pedestrian")]
    [InlineData("CBTAfo & CBTAno", "bicyclist")]
    [InlineData("CBNAO", "bicyclist")]
    [InlineData("CPMFC", null)]
    public void Collision_partners(string scenario, string? partner) => Assert.Equal(partner, Robustness.CollisionPartner(scenario));

    [Fact]
    public void Verification_conditions_of_the_pool_layers()
    {
        Assert.Equal([("-2 m/s²", RobustnessCriterion.NotRed), ("+2 m/s²", RobustnessCriterion.SameOrBetterThanPredicted)],
            Robustness.Conditions(RobustnessLayer.Acceleration, "CCRb"));
        Assert.Equal(2, Robustness.Conditions(RobustnessLayer.TrajectoryHeading, "CCRs").Count);
        Assert.Empty(Robustness.Conditions(RobustnessLayer.TrajectoryHeading, "CCRm"));
        Assert.Equal(RobustnessCriterion.NotRed, Robustness.Conditions(RobustnessLayer.InitialPositionOffset, "CCRb")[0].Criterion);
        Assert.Single(Robustness.Conditions(RobustnessLayer.Speed, "CPTAfs & CPTAns"));
        Assert.Single(Robustness.Conditions(RobustnessLayer.DriverInputPreCrash, "CPNCO day"));
    }

    /// <summary>
    /// The calculator's colour-pair regression (CCRm at 50 km/h, mid-band impact speeds Green 0, Yellow 5, Orange 15,
    /// Brown 25, Red 40): same or better is credited exactly when the measured colour is at least the predicted one;
    /// Not Red reads the measured colour with no tolerance.
    /// </summary>
    [Theory]
    [InlineData(Colour.Brown, 15f, true)] // measured Orange against predicted Brown: better, credited
    [InlineData(Colour.Orange, 25f, false)]
    [InlineData(Colour.Green, 0f, true)]
    [InlineData(Colour.Yellow, 0f, true)]
    [InlineData(Colour.Green, 5f, false)]
    [InlineData(Colour.Red, 40f, true)]
    [InlineData(Colour.Brown, 40f, false)]
    public void Same_or_better_than_predicted(Colour predicted, float impactKph, bool holds) =>
        Assert.Equal(holds, Robustness.Holds(RobustnessCriterion.SameOrBetterThanPredicted, EuroNcap2026Bands.For(50f), predicted, impactKph));

    [Theory]
    [InlineData(30f, true)]
    [InlineData(30.1f, false)]
    [InlineData(31.9f, false)] // within 2 km/h of Brown, still measured Red
    public void Not_red_has_no_tolerance(float impactKph, bool holds) =>
        Assert.Equal(holds, Robustness.Holds(RobustnessCriterion.NotRed, EuroNcap2026Bands.For(60f), Colour.Brown, impactKph));

    [Theory]
    [InlineData(5, 4, false, false, 0.8f)]
    [InlineData(5, 3, true, false, 0f)]
    [InlineData(5, 3, false, false, 0.6f)]
    [InlineData(4, 3, true, false, 0.75f)]
    [InlineData(3, 2, true, false, 0.67f)]
    [InlineData(3, 1, true, false, 0f)]
    [InlineData(2, 1, true, false, 0.5f)]
    [InlineData(2, 1, true, true, 0f)]
    [InlineData(2, 1, false, true, 0.5f)]
    [InlineData(2, 2, true, true, 1f)]
    [InlineData(1, 0, false, false, 0f)]
    [InlineData(0, 0, true, true, 1f)]
    public void Verification_factor_vta_and_self_claimed(int tests, int correct, bool selfClaimed, bool extended, float factor) =>
        Assert.Equal(factor, Verification.Factor(tests, correct, selfClaimed, extended), 3);

    // ---- the suite's robustness runs (ProtocolScorer), hand-worked ----

    private static readonly RobustnessLayer[] CcrbApplicable =
    [
        RobustnessLayer.DriverInputPreCrash, RobustnessLayer.Acceleration, RobustnessLayer.InitialPositionOffset,
        RobustnessLayer.IlluminationNight, RobustnessLayer.InfrastructureClutter,
    ];

    private static (ScenarioDefinition, ScenarioResult) Run(string name, float speed, float? impactKph, RobustnessRunDefinition? robustness = null,
        RobustnessLayer[]? claimed = null)
    {
        var def = new ScenarioDefinition
        {
            Name = name, DurationS = 5, Ego = new EgoDefinition { SpeedKph = speed }, Clause = "test",
            Cell = new ProtocolCellDefinition
            {
                Protocol = "euro-ncap-2026", Chapter = ProtocolPoints.FrontalLongitudinal, Scenario = "CCRb", TestSpeedKph = speed, TargetSpeedKph = speed,
                ImpactLocationPct = 50f, Range = CellRange.Standard, Criterion = CellCriterion.Bands2026,
                Robustness = robustness is null ? null : robustness with { Applicable = CcrbApplicable, Claimed = claimed ?? [RobustnessLayer.Acceleration, RobustnessLayer.InitialPositionOffset] },
            },
        };
        var result = new ScenarioResult
        {
            Scenario = name, Collided = impactKph is not null, ImpactSpeedKph = impactKph, MinGapM = 0f, MaxDecelMps2 = 0f,
            MaxBrakeRequestMps2 = 0f, MaxSpeedKph = speed, TorqueLimitedS = 0f, EndTimeS = 5f, Diagnostics = 0, FaultDetectionCycles = [],
            Failures = [], Trace = [],
        };
        return (def, result);
    }

    private static RobustnessRunDefinition Rob(RobustnessLayer layer, string condition, string nominal) =>
        new() { Layer = layer, Condition = condition, Nominal = nominal };

    /// <summary>CCRb at 50 km/h (Green) and 60 km/h (Yellow, 5 km/h); both pool layers claimed, every condition run on both cells.</summary>
    private static List<(ScenarioDefinition, ScenarioResult)> CcrbSuite(float? accPlus2At60Kph)
    {
        var acc = RobustnessLayer.Acceleration;
        var hw = RobustnessLayer.InitialPositionOffset;
        return
        [
            Run("n50", 50f, null), Run("n60", 60f, 5f),
            Run("a-50", 50f, null, Rob(acc, "-2 m/s²", "n50")), Run("a+50", 50f, null, Rob(acc, "+2 m/s²", "n50")),
            Run("a-60", 60f, 25f, Rob(acc, "-2 m/s²", "n60")), Run("a+60", 60f, accPlus2At60Kph, Rob(acc, "+2 m/s²", "n60")),
            Run("h+50", 50f, 8f, Rob(hw, "+0.5 s time headway", "n50")), Run("h-50", 50f, 29f, Rob(hw, "-0.5 s time headway", "n50")),
            Run("h+60", 60f, null, Rob(hw, "+0.5 s time headway", "n60")), Run("h-60", 60f, 30f, Rob(hw, "-0.5 s time headway", "n60")),
        ];
    }

    private static ProtocolScorecard Score(List<(ScenarioDefinition Def, ScenarioResult Result)> cells) =>
        Assert.Single(ProtocolScorer.Score(cells.Select(c => c.Def).ToList(), cells.Select(c => c.Result).ToList()));

    [Fact]
    public void Ccrb_robustness_runs_all_holding_earn_two_of_five_layers_beside_the_score()
    {
        // +2 m/s² at 60 km/h hits at 11 km/h: Orange, but within 2 km/h of the nominal Yellow (≤ 10): same or better holds.
        // Not red: 25, 29, 30 km/h at 50/60 km/h are Brown. Standard range (1 + 0.75) / 2 × 1.6 = 1.4 ≥ 0.8.
        var card = Score(CcrbSuite(accPlus2At60Kph: 11f));
        var grid = Assert.Single(card.Grids);
        Assert.Equal(1.4f, grid.StandardPoints, 5);
        Assert.Equal(1.4f, card.Score, 5);
        Assert.Equal(2, card.Cells);
        Assert.Equal(0.2f * 2 / 5, grid.RobustnessPoints, 6);
        Assert.Equal(0.2f, grid.RobustnessMax, 6);
        Assert.Equal(0.08f, card.RobustnessScore, 6);
        Assert.All(card.CellOutcomes.Where(c => c.Robustness is not null), c => Assert.True(c.Passed, c.Why));
        Assert.Equal(10, card.CellOutcomes.Count);
    }

    [Fact]
    public void A_worse_colour_than_the_nominal_cell_fails_the_layer_and_keeps_the_untested_claim()
    {
        // 12.1 km/h at 60 km/h: Orange, beyond Yellow + 2 km/h: worse than predicted. Acceleration failed: 1 × 0.2 / 5.
        var card = Score(CcrbSuite(accPlus2At60Kph: 12.1f));
        var grid = Assert.Single(card.Grids);
        Assert.Equal(0.04f, grid.RobustnessPoints, 6);
        Assert.Contains("Acceleration tested: failed", grid.RobustnessWhy);
        Assert.False(card.CellOutcomes.Single(c => c.Case == "a+60").Passed);
        Assert.Equal(1.4f, card.Score, 5);
    }

    [Fact]
    public void A_run_whose_nominal_cell_is_red_is_not_a_verification_cell()
    {
        var suite = CcrbSuite(accPlus2At60Kph: null);
        suite[1] = Run("n60", 60f, 40f); // nominal Red: its robustness runs are not drawn
        suite[5] = Run("a+60", 60f, 45f, Rob(RobustnessLayer.Acceleration, "+2 m/s²", "n60"));
        var card = Score(suite);
        Assert.True(card.CellOutcomes.Single(c => c.Case == "a+60").Passed);
        Assert.Equal(0.08f, Assert.Single(card.Grids).RobustnessPoints, 6);
    }

    [Fact]
    public void A_claimed_pool_layer_must_run_every_condition()
    {
        var suite = CcrbSuite(accPlus2At60Kph: 0f);
        suite.RemoveAll(c => c.Item1.Name is "a+50" or "a+60");
        var e = Assert.Throws<InvalidOperationException>(() => Score(suite));
        Assert.Contains("+2 m/s²", e.Message);
    }

    [Fact]
    public void A_robustness_run_needs_its_nominal_cell()
    {
        var suite = CcrbSuite(accPlus2At60Kph: 0f);
        suite.RemoveAt(0);
        Assert.Contains("'n50'", Assert.Throws<InvalidOperationException>(() => Score(suite)).Message);
    }
}
