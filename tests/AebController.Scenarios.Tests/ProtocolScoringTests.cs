using AebController.Scenarios.Model;
using AebController.Scenarios.Running;
using AebController.Scenarios.Scoring;
using AebController.Scenarios.Scoring.Protocols;

namespace AebController.Scenarios.Tests;

/// <summary>
/// Protocol scoring against the documents' own figures: Euro NCAP 2026 FC v1.1 §4.2.4/§5.2 as the
/// rating calculator's tests print them (the 60 km/h worked table), the 2023 SA v10.4.1 50 km/h row,
/// and hand-worked grids, gates, comparison runs and repetition pass rates.
/// </summary>
public class ProtocolScoringTests
{
    private const Colour G = Colour.Green, Y = Colour.Yellow, O = Colour.Orange, B = Colour.Brown, R = Colour.Red;

    [Theory]
    [InlineData(60f, 0f, G)]
    [InlineData(60f, 0.1f, Y)]
    [InlineData(60f, 10f, Y)]
    [InlineData(60f, 10.1f, O)]
    [InlineData(60f, 20f, O)]
    [InlineData(60f, 20.1f, B)]
    [InlineData(60f, 30f, B)]
    [InlineData(60f, 30.1f, R)]
    [InlineData(130f, 29f, B)]
    [InlineData(50f, 31f, R)]
    [InlineData(40f, 10f, O)]
    [InlineData(40f, 20f, B)]
    [InlineData(40f, 20.5f, R)]
    [InlineData(30f, 10f, B)]
    [InlineData(30f, 10.5f, R)]
    [InlineData(20f, 0.5f, R)]
    [InlineData(10f, 0f, G)]
    public void Euro_ncap_2026_bands_by_test_speed(float testSpeedKph, float impactKph, Colour expected) =>
        Assert.Equal(expected, EuroNcap2026Bands.Of(testSpeedKph, impactKph));

    [Theory]
    [InlineData(G, 1f, 1f)]
    [InlineData(Y, 0.75f, 1f)]
    [InlineData(O, 0.5f, 1f)]
    [InlineData(B, 0.25f, 1f)]
    [InlineData(R, 0f, 0f)]
    public void Colour_scores_standard_and_extended(Colour colour, float standard, float extended)
    {
        Assert.Equal(standard, EuroNcap2026Bands.CellScore(colour, extended: false));
        Assert.Equal(extended, EuroNcap2026Bands.CellScore(colour, extended: true));
    }

    /// <summary>
    /// A cell passes when it earns all of its points (FC v1.1 §5.2): standard range Green only; extended range any
    /// colour but Red, because the extended points are the share of non-red cells. Impact speeds from the 60 km/h band
    /// row (Yellow to 10, Orange to 20, Brown to 30, Red above), one per colour.
    /// </summary>
    [Theory]
    [InlineData(null, CellRange.Standard, true)]
    [InlineData(5f, CellRange.Standard, false)]
    [InlineData(30f, CellRange.Standard, false)]
    [InlineData(null, CellRange.Extended, true)]
    [InlineData(5f, CellRange.Extended, true)]
    [InlineData(15f, CellRange.Extended, true)]
    [InlineData(30f, CellRange.Extended, true)]
    [InlineData(30.1f, CellRange.Extended, false)]
    [InlineData(42.4f, CellRange.Extended, false)]
    public void A_cell_passes_when_it_earns_its_full_points(float? impactKph, CellRange range, bool passes)
    {
        var (def, result) = Cell("euro-ncap-2026", "CPNCO day", 60f, 25f, range, CellCriterion.Bands2026, impactKph);
        var outcome = ProtocolScorer.Judge(def, result, new Dictionary<string, ScenarioResult>());
        Assert.Equal(passes, outcome.Passed);
        float full = EuroNcap2026Bands.CellScore(outcome.Colour!.Value, range == CellRange.Extended);
        Assert.Equal(passes, full == 1f);
    }

    /// <summary>FC §4.2.4's worked table at 60 km/h, as the rating calculator's tests list it.</summary>
    [Theory]
    [InlineData(G, 0f, VerificationResult.Correct, G)]
    [InlineData(Y, 5f, VerificationResult.Correct, Y)]
    [InlineData(R, 40f, VerificationResult.Correct, R)]
    [InlineData(G, 1.9f, VerificationResult.InTolerance, G)]
    [InlineData(G, 2.0f, VerificationResult.Incorrect, Y)]
    [InlineData(Y, 0f, VerificationResult.Incorrect, G)]
    [InlineData(Y, 12f, VerificationResult.InTolerance, Y)]
    [InlineData(Y, 12.1f, VerificationResult.Incorrect, O)]
    [InlineData(O, 8f, VerificationResult.Incorrect, Y)]
    [InlineData(O, 8.1f, VerificationResult.InTolerance, O)]
    [InlineData(O, 22f, VerificationResult.InTolerance, O)]
    [InlineData(O, 22.1f, VerificationResult.Incorrect, B)]
    [InlineData(B, 18f, VerificationResult.Incorrect, O)]
    [InlineData(B, 18.1f, VerificationResult.InTolerance, B)]
    [InlineData(B, 32f, VerificationResult.InTolerance, B)]
    [InlineData(B, 32.1f, VerificationResult.Incorrect, R)]
    [InlineData(R, 28.1f, VerificationResult.InTolerance, R)]
    [InlineData(R, 27.9f, VerificationResult.Incorrect, B)]
    public void Two_kph_tolerance_worked_table(Colour predicted, float impactKph, VerificationResult result, Colour applied)
    {
        var (r, a) = Verification.Check(EuroNcap2026Bands.For(60f), predicted, impactKph);
        Assert.Equal(result, r);
        Assert.Equal(applied, a);
    }

    [Fact]
    public void Avoidance_criteria_have_no_tolerance()
    {
        // CCFtap (avoidance only): 1.5 km/h is an impact, Red, whatever was predicted.
        Assert.Equal((VerificationResult.Incorrect, R), Verification.Check(EuroNcap2026Bands.Avoidance, G, 1.5f, toleranceKph: 0f));
    }

    [Theory]
    [InlineData(3, 3, 1.00f)]
    [InlineData(3, 2, 0.67f)]
    [InlineData(3, 1, 0.33f)]
    [InlineData(5, 4, 0.80f)]
    [InlineData(5, 1, 0.20f)]
    [InlineData(4, 3, 0.75f)]
    [InlineData(2, 1, 0.50f)]
    public void Verification_factor_table(int tests, int correct, float factor) => Assert.Equal(factor, Verification.Factor(tests, correct), 3);

    [Theory]
    [InlineData(0.0656f, 0f)]       // 7 of 16 extended cells not red: below half
    [InlineData(0.075f, 0.075f)]    // exactly half
    [InlineData(0.1125f, 0.1125f)]  // exactly three quarters
    [InlineData(0.1406f, 0.1125f)]  // 15 of 16: still three quarters
    [InlineData(0.15f, 0.15f)]
    public void Extended_range_steps_of_CCRs(float linear, float expected) => Assert.Equal(expected, EuroNcap2026Bands.SnapExtended(linear, 0.15f), 5);

    /// <summary>
    /// The rating calculator's own worked CCRm case (tests/crash_avoidance/test_same_or_better_than_predicted.py): 14 of
    /// 22 extended cells not red give 14/22 × 0.3 = 0.191, banded to 0.15 (half of the 0.3 extended points).
    /// </summary>
    [Fact]
    public void Extended_range_of_CCRm_bands_the_calculators_worked_case() =>
        Assert.Equal(0.15f, EuroNcap2026Bands.SnapExtended(14f / 22f * 0.3f, 0.3f), 5);

    [Theory]
    [InlineData(4.9f, G)]
    [InlineData(5f, Y)]
    [InlineData(14.9f, Y)]
    [InlineData(15f, O)]
    [InlineData(29.9f, O)]
    [InlineData(30f, B)]
    [InlineData(39.9f, B)]
    [InlineData(40f, R)]
    public void Euro_ncap_2023_ccrs_50_kph_row(float impactKph, Colour expected) => Assert.Equal(expected, EuroNcap2023Bands.Ccrs(50f).Of(impactKph));

    [Fact]
    public void Euro_ncap_2023_low_speed_ccrs_is_avoidance_only() => Assert.Equal(R, EuroNcap2023Bands.Ccrs(20f).Of(1f));

    [Fact]
    public void Ccrs_2026_grid_hand_worked()
    {
        // Two rows (30 and 50 km/h), five standard columns each, plus two extended columns at 50 km/h.
        // 50 km/h, 50 %: 8 km/h (Yellow 0.75); 30 km/h, 0 %: 5 km/h (Brown 0.25); extended 125 %: 35 km/h (Red).
        var cells = new List<(ScenarioDefinition, ScenarioResult)>();
        foreach (float speed in new[] { 30f, 50f })
        {
            foreach (float il in new[] { 0f, 25f, 50f, 75f, 100f })
            {
                float? impact = speed == 50f && il == 50f ? 8f : speed == 30f && il == 0f ? 5f : null;
                cells.Add(Cell("euro-ncap-2026", "CCRs", speed, il, CellRange.Standard, CellCriterion.Bands2026, impact));
            }
        }

        cells.Add(Cell("euro-ncap-2026", "CCRs", 50f, -25f, CellRange.Extended, CellCriterion.Bands2026, null));
        cells.Add(Cell("euro-ncap-2026", "CCRs", 50f, 125f, CellRange.Extended, CellCriterion.Bands2026, 35f));
        var card = Single(cells);
        var grid = Assert.Single(card.Grids);
        // Standard: (8 × 1 + 0.75 + 0.25) / 10 × 1.2 = 1.08. Extended: 1 of 2 not red = 0.075 = half of 0.15, stays 0.075.
        Assert.Equal(1.08f, grid.StandardPoints, 4);
        Assert.Equal(0.075f, grid.ExtendedPoints, 4);
        Assert.Equal(1.35f, grid.MaxPoints, 4);
        Assert.Equal(1.155f, card.Score, 4);
        var yellow = card.CellOutcomes.Single(c => c.TestSpeedKph == 50f && c.ImpactLocationPct == 50f);
        Assert.Equal(Y, yellow.Colour);
        Assert.Equal(0.09f, yellow.Points, 4);
        Assert.Equal(0.12f, yellow.MaxPoints, 4);
    }

    [Fact]
    public void A_ccrs_contact_at_20_kph_zeroes_frontal_collisions()
    {
        var cells = new List<(ScenarioDefinition, ScenarioResult)>
        {
            Cell("euro-ncap-2026", "CCRs", 20f, 50f, CellRange.Standard, CellCriterion.Bands2026, 3f),
            Cell("euro-ncap-2026", "CCRs", 50f, 50f, CellRange.Standard, CellCriterion.Bands2026, null),
            Cell("euro-ncap-2026", "CCRm", 50f, 50f, CellRange.Standard, CellCriterion.Bands2026, null),
        };
        var card = Single(cells);
        Assert.Equal(0f, card.Score);
        Assert.Equal(1.2f + 2.4f, card.MaxScore, 4);
        var gate = card.Gates.Single(g => g.Name.StartsWith("CCRs", StringComparison.Ordinal));
        Assert.False(gate.Held);
        Assert.Null(card.Gates.Single(g => g.Name.Contains("day", StringComparison.Ordinal)).Held);
    }

    [Fact]
    public void A_cpna_75_contact_at_10_kph_by_night_zeroes_frontal_collisions()
    {
        // FC v1.1 general requirements (rating calculator's gate): AEB Pedestrian must avoid CPNA-75 at 10 km/h by day and by night.
        var cells = new List<(ScenarioDefinition, ScenarioResult)>
        {
            Cell("euro-ncap-2026", "CPNA day", 10f, 75f, CellRange.Standard, CellCriterion.Bands2026, null, name: "day"),
            Cell("euro-ncap-2026", "CPNA night", 10f, 75f, CellRange.Standard, CellCriterion.Bands2026, 4f, name: "night"),
            Cell("euro-ncap-2026", "CCRs", 50f, 50f, CellRange.Standard, CellCriterion.Bands2026, null),
        };
        var card = Single(cells);
        Assert.Equal(0f, card.Score);
        Assert.Equal(0.5f + 0.5f + 1.2f, card.MaxScore, 4);
        Assert.True(card.Gates.Single(g => g.Name.Contains("(day)", StringComparison.Ordinal)).Held);
        Assert.False(card.Gates.Single(g => g.Name.Contains("(night)", StringComparison.Ordinal)).Held);
    }

    [Fact]
    public void Cpna_day_grid_hand_worked()
    {
        // Standard cells at 50 km/h: avoided (Green 1), 8 km/h (Yellow 0.75), 25 km/h (Brown 0.25): (1 + 0.75 + 0.25) / 3 × 0.5 = 0.3333.
        // Extended 10 % avoided, 90 % at 35 km/h (Red): 1 of 2 non-red = 50 % of 0.0625 → the 50 % step, 0.03125.
        var cells = new List<(ScenarioDefinition, ScenarioResult)>
        {
            Cell("euro-ncap-2026", "CPNA day", 50f, 25f, CellRange.Standard, CellCriterion.Bands2026, null),
            Cell("euro-ncap-2026", "CPNA day", 50f, 50f, CellRange.Standard, CellCriterion.Bands2026, 8f),
            Cell("euro-ncap-2026", "CPNA day", 50f, 75f, CellRange.Standard, CellCriterion.Bands2026, 25f),
            Cell("euro-ncap-2026", "CPNA day", 50f, 10f, CellRange.Extended, CellCriterion.Bands2026, null),
            Cell("euro-ncap-2026", "CPNA day", 50f, 90f, CellRange.Extended, CellCriterion.Bands2026, 35f),
        };
        var card = Single(cells);
        Assert.Equal(0.5f + 0.0625f, card.MaxScore, 5);
        Assert.Equal(2f / 3f * 0.5f + 0.03125f, card.Score, 4);
        Assert.Equal([G, Y, B, G, R], card.CellOutcomes.Select(c => c.Colour!.Value).ToArray());
    }

    [Fact]
    public void Euro_ncap_2023_weights_speeds_and_the_full_overlap_twice()
    {
        // CCRs AEB 10–50 km/h, five overlaps each; one cell lost: 50 km/h, 100 %, impact 10 km/h (Yellow).
        // 50 km/h weighs 1 of 14 speed points and 100 % counts 2 of 6: 1 − 0.25 × (2/6) / 14 = 0.994048.
        var cells = new List<(ScenarioDefinition, ScenarioResult)>();
        for (float speed = 10f; speed <= 50f; speed += 5f)
        {
            foreach (float overlap in new[] { -50f, -75f, 100f, 75f, 50f })
            {
                float? impact = speed == 50f && overlap == 100f ? 10f : null;
                cells.Add(Cell("euro-ncap-2023", "CCRs AEB", speed, overlap, CellRange.Standard, CellCriterion.Bands2023Ccrs, impact));
            }
        }

        var card = Single(cells);
        Assert.Equal(1f, card.MaxScore, 4);
        Assert.Equal(1f - 0.25f * (2f / 6f) / 14f, card.Score, 4);
    }

    [Theory]
    [InlineData(6f, 10f, true)]    // ≤ 8 km/h and 40 % slower
    [InlineData(7.5f, 10f, false)] // ≤ 8 km/h but only 25 % slower
    [InlineData(8f, 20f, true)]
    [InlineData(8.5f, 20f, false)] // above 8 km/h
    public void Un_r175_compares_with_the_run_without_the_system(float impactKph, float withoutKph, bool passes)
    {
        var judged = Cell("un-r175", "ACPE forward", 0f, null, CellRange.Standard, CellCriterion.PedalErrorR175, impactKph, baseline: "without");
        var baseline = Cell("un-r175", "ACPE forward", 0f, null, CellRange.Standard, CellCriterion.BaselineRun, withoutKph, name: "without");
        var card = Single([judged, baseline]);
        Assert.Equal(passes, card.CellOutcomes.Single(c => c.Case == "cell").Passed);
        Assert.Equal(1, card.Cells);
    }

    [Theory]
    [InlineData(5.0f, 4.6f, G)]
    [InlineData(5.0f, 4.5f, G)]
    [InlineData(5.0f, 4.4f, R)]
    [InlineData(20f, 5f, R)]
    public void Cpmfc_torque_suppression_against_the_no_pedal_run(float impactKph, float noPedalKph, Colour expected)
    {
        var judged = Cell("euro-ncap-2026", "CPMFC", 0f, 50f, CellRange.Standard, CellCriterion.TorqueSuppression, impactKph, baseline: "nopedal");
        var baseline = Cell("euro-ncap-2026", "CPMFC", 0f, 50f, CellRange.Standard, CellCriterion.BaselineRun, noPedalKph, name: "nopedal");
        var card = Single([judged, baseline]);
        var cell = card.CellOutcomes.Single(c => c.Case == "cell");
        Assert.Equal(expected, cell.Colour);
        Assert.Equal(expected == G ? 2f : 0f, card.Score, 4);
        Assert.Equal(2f, card.MaxScore, 4);
    }

    [Theory]
    [InlineData(9, true)]
    [InlineData(8, false)]
    public void Gb_39901_repetitions_pass_at_90_percent(int passing, bool groupPasses)
    {
        var cells = Enumerable.Range(0, 10).Select(i => Cell("gb-39901-2025", "stationary car", 60f, null, CellRange.Standard,
            CellCriterion.PassFail, null, name: $"rep{i}", failed: i >= passing, group: "g", passRate: 0.9f)).ToList();
        var card = Single(cells);
        Assert.All(card.CellOutcomes, c => Assert.Equal(groupPasses, c.Passed));
        Assert.Contains($"{passing} of 10 repetitions passed", card.CellOutcomes[0].Why);
    }

    [Fact]
    public void Cccscp_cell_tested_from_both_sides_scores_its_worse_side()
    {
        // Two standard cells of CCCscp (6.0 points): 20/20 km/h avoided from the left but hit from the right (Red),
        // 40/40 km/h avoided from both sides (Green): 6.0 × (0 + 1) / 2 = 3.0; each run of a cell holds half the cell's 3.0.
        var cells = new List<(ScenarioDefinition, ScenarioResult)>
        {
            Cell("euro-ncap-2026", "CCCscp", 20f, null, CellRange.Standard, CellCriterion.Avoidance, null, name: "20-far", group: "20"),
            Cell("euro-ncap-2026", "CCCscp", 20f, null, CellRange.Standard, CellCriterion.Avoidance, 20f, name: "20-near", group: "20"),
            Cell("euro-ncap-2026", "CCCscp", 40f, null, CellRange.Standard, CellCriterion.Avoidance, null, name: "40-far", group: "40"),
            Cell("euro-ncap-2026", "CCCscp", 40f, null, CellRange.Standard, CellCriterion.Avoidance, null, name: "40-near", group: "40"),
        };
        var card = Single(cells);
        Assert.Equal(6.0f, card.MaxScore, 4);
        Assert.Equal(3.0f, card.Score, 4);
        Assert.All(card.CellOutcomes, c => Assert.Equal(1.5f, c.MaxPoints, 4));
        Assert.Equal([0f, 0f, 1.5f, 1.5f], card.CellOutcomes.Select(c => c.Points).ToArray());
        var grid = Assert.Single(card.Grids);
        Assert.Equal(2, grid.Cells);
        Assert.Equal(1, grid.Failed);
    }

    [Fact]
    public void Suite_scoring_reports_protocol_points_per_case()
    {
        var cells = new[]
        {
            Cell("euro-ncap-2026", "CCRm", 50f, 50f, CellRange.Standard, CellCriterion.Bands2026, 15f, name: "a"),
            Cell("euro-ncap-2026", "CCRm", 50f, 75f, CellRange.Standard, CellCriterion.Bands2026, null, name: "b"),
        };
        var (card, protocols) = SuiteScoring.Score("x", cells.Select(c => c.Item1).ToList(), cells.Select(c => c.Item2).ToList());
        // Orange (0.5) and Green of 2.4 points over two cells: 0.6 + 1.2.
        Assert.Equal(1.8f, card.Total.Score, 4);
        Assert.Equal(2.4f, card.Total.MaxScore, 4);
        Assert.Equal(1.8f, Assert.Single(protocols).Score, 4);
        Assert.Equal(0, card.Total.MandatoryFailed);
        Assert.Equal(1, card.Total.Failed);
    }

    [Fact]
    public void Suite_total_of_one_protocol_is_the_stepped_protocol_score()
    {
        // CCRs 1.2 + 0.15: two standard cells avoided; five extended cells, three not red: 3/5 × 0.15 = 0.09 linear, stepped
        // to the 50 % step, 0.075. Total 1.2 + 0.075 = 1.275, not the linear 1.29: --min-score and scorePercent judge the
        // protocol's points (FC v1.1 §4.2; the rating calculator's apply_extended_range_bands).
        var cells = new List<(ScenarioDefinition, ScenarioResult)>
        {
            Cell("euro-ncap-2026", "CCRs", 30f, 50f, CellRange.Standard, CellCriterion.Bands2026, null),
            Cell("euro-ncap-2026", "CCRs", 40f, 50f, CellRange.Standard, CellCriterion.Bands2026, null),
        };
        for (int i = 0; i < 5; i++)
        {
            cells.Add(Cell("euro-ncap-2026", "CCRs", 50f + 10f * i, 125f, CellRange.Extended, CellCriterion.Bands2026, i < 3 ? null : 45f));
        }

        var (card, protocols) = SuiteScoring.Score("x", cells.Select(c => c.Item1).ToList(), cells.Select(c => c.Item2).ToList());
        Assert.Equal(1.275f, Assert.Single(protocols).Score, 4);
        Assert.Equal(1.275f, card.Total.Score, 4);
        Assert.Equal(1.35f, card.Total.MaxScore, 4);
        Assert.Equal(1.29f, card.Cases.Sum(c => c.Points), 4);
    }

    [Fact]
    public void Ccftap_2023_shares_one_point_over_its_nine_tests()
    {
        // SA v10.4.1 §3.3: CCFtap is avoidance-based, 9 combinations, 1 point: one impact leaves 8/9.
        var cells = new List<(ScenarioDefinition, ScenarioResult)>();
        foreach (float speed in new[] { 10f, 15f, 20f })
        {
            for (int t = 0; t < 3; t++)
            {
                var (d, r) = Cell("euro-ncap-2023", "CCFtap", speed, null, CellRange.Standard, CellCriterion.Avoidance,
                    speed == 20f && t == 2 ? 12f : null, name: $"ccftap-{speed}-{t}");
                cells.Add((d with { Cell = d.Cell! with { Chapter = ProtocolPoints.C2cTurning2023 } }, r));
            }
        }

        var card = Single(cells);
        Assert.Equal(8f / 9f, card.Score, 5);
        Assert.Equal(1f, card.MaxScore, 5);
        Assert.Equal(1, card.Failed);
    }

    // ---- Euro NCAP 2023 CCCscp AEB and head-on (SA v10.4.1 §3.3, regulations-verified.md §1.2) ----

    [Fact]
    public void Cccscp_2023_grid_weighs_twenty_over_its_thirty_cells()
    {
        // SA v10.4.1 §3.3: start-from-stop 5 × 0.5 = 2.5; VUT 20: 1 + 4 × 0.25 = 2; 30: 2 + 0.75; 40: 3 + 0.5; 50: 4 + 0.25; 60: 5.
        Assert.Equal(2.5f + 2f + 2.75f + 3.5f + 4.25f + 5f, EuroNcap2023Bands.FullGridWeight(EuroNcap2023Bands.CccscpAeb)!.Value, 5);
        Assert.Equal(20f, EuroNcap2023Bands.FullGridWeight(EuroNcap2023Bands.CccscpAeb)!.Value, 5);
        Assert.Null(EuroNcap2023Bands.FullGridWeight("CCRs AEB"));
    }

    [Theory]
    [InlineData(20f, false, 0f, G)]
    [InlineData(20f, true, 20f, R)]  // up to 30 km/h: avoidance only, even when the VUT had stopped
    [InlineData(30f, true, 30f, R)]
    [InlineData(40f, true, 30f, O)]  // from 40 km/h: half for a 30 km/h reduction
    [InlineData(40f, true, 29.9f, R)]
    [InlineData(60f, true, 45f, O)]
    [InlineData(60f, false, 60f, G)]
    public void Cccscp_2023_colour(float testSpeedKph, bool contact, float reductionKph, Colour expected) =>
        Assert.Equal(expected, EuroNcap2023Bands.Cccscp(testSpeedKph, contact, reductionKph));

    [Fact]
    public void Cccscp_2023_hand_worked_grid_without_the_start_from_stop_row()
    {
        // Three cells of the 2.0-point grid (total weight 20): 40/20 (weight 1) avoided; 50/40 (weight 1) hit with the VUT
        // at 15 km/h (reduced by 35: half); 20/50 (weight 0.25) hit from one side only (its worse side counts).
        // Maximum 2.0 × 2.25 / 20 = 0.225; score 2.0 × (1 + 0.5) / 20 = 0.15.
        const string ch = ProtocolPoints.C2cCrossing2023, sc = EuroNcap2023Bands.CccscpAeb;
        var cells = new List<(ScenarioDefinition, ScenarioResult)>
        {
            Cell("euro-ncap-2023", sc, 40f, null, CellRange.Standard, CellCriterion.Cccscp2023, null, name: "40-20", target: 20f, chapter: ch),
            Cell("euro-ncap-2023", sc, 50f, null, CellRange.Standard, CellCriterion.Cccscp2023, 15f, name: "50-40", target: 40f, chapter: ch),
            Cell("euro-ncap-2023", sc, 20f, null, CellRange.Standard, CellCriterion.Cccscp2023, null, name: "20-50-far", group: "20-50", target: 50f, chapter: ch),
            Cell("euro-ncap-2023", sc, 20f, null, CellRange.Standard, CellCriterion.Cccscp2023, 20f, name: "20-50-near", group: "20-50", target: 50f, chapter: ch),
        };
        var card = Single(cells);
        Assert.Equal(0.225f, card.MaxScore, 5);
        Assert.Equal(0.15f, card.Score, 5);
        Assert.Equal(O, card.CellOutcomes.Single(c => c.Case == "50-40").Colour);
        Assert.Equal([0f, 0f], card.CellOutcomes.Where(c => c.Case.StartsWith("20-50", StringComparison.Ordinal)).Select(c => c.Points).ToArray());
        Assert.Equal(0.0125f, card.CellOutcomes.Single(c => c.Case == "20-50-far").MaxPoints, 5);
        Assert.Equal(3, Assert.Single(card.Grids).Cells);
    }

    [Theory]
    [InlineData(50f, null, 0.25f)]   // no contact: the VUT shed all 50 km/h
    [InlineData(50f, 80f, 0.25f)]    // VUT at 30 km/h at contact (80 − 50 relative): reduced by 20
    [InlineData(50f, 85f, 0.125f)]   // reduced by 15
    [InlineData(70f, 130f, 0.125f)]  // reduced by 10
    [InlineData(70f, 131f, 0f)]      // reduced by 9
    public void Head_on_2023_scores_a_quarter_per_case_from_20_kph_and_an_eighth_from_10(float speed, float? relativeImpactKph, float points)
    {
        // SA v10.4.1 §3.3: 0.25 per case for a speed reduction of 20 km/h or more, 0.125 for 10–20 km/h; four cases share 1.0.
        const string ch = ProtocolPoints.C2cHeadOn2023, sc = EuroNcap2023Bands.HeadOn;
        var cells = new List<(ScenarioDefinition, ScenarioResult)>
        {
            Cell("euro-ncap-2023", sc, speed, 50f, CellRange.Standard, CellCriterion.HeadOnReduction2023, relativeImpactKph, name: "x", target: speed, chapter: ch),
        };
        foreach (string other in new[] { "a", "b", "c" })
        {
            cells.Add(Cell("euro-ncap-2023", sc, 50f, 50f, CellRange.Standard, CellCriterion.HeadOnReduction2023, null, name: other, target: 50f, chapter: ch));
        }

        var card = Single(cells);
        Assert.Equal(1f, card.MaxScore, 5);
        Assert.Equal(points, card.CellOutcomes.Single(c => c.Case == "x").Points, 5);
    }

    // ---- the rating calculator's own worked figures (Euro-NCAP/euroncap_rating_2026, tests/crash_avoidance) ----

    /// <summary>
    /// test_band_gate_stability.py, TestComputePredictedScoreUsesBands: CCFhos's 14 extended cells (8 × 4 grid, first
    /// column and last two rows), 7 Green and 7 Red snap to 0.125 of 0.25; all 14 Green give 0.25.
    /// </summary>
    [Theory]
    [InlineData(7, 0.125f)]
    [InlineData(14, 0.25f)]
    public void Ccfhos_extended_range_of_fourteen_cells(int notRed, float expected)
    {
        var cells = new List<(ScenarioDefinition, ScenarioResult)>();
        for (int i = 0; i < 14; i++)
        {
            // Not red: avoided (a reduction of the whole 50 km/h); red: contact with no reduction (relative 50 + 50).
            cells.Add(Cell("euro-ncap-2026", "CCFhos", 50f, 100f, CellRange.Extended, CellCriterion.HeadOnReduction2026, i < notRed ? null : 100f,
                name: $"ext-{i}", target: 50f));
        }

        var grid = Assert.Single(Single(cells).Grids);
        Assert.Equal(expected, grid.ExtendedPoints, 5);
        Assert.Equal(0.25f, grid.ExtendedMax, 5);
    }

    /// <summary>test_band_gate_stability.py, TestApplyExtendedRangeBands: the band edges of the 0.25 and 0.15 totals.</summary>
    [Theory]
    [InlineData(0.25f, 0f, 0f)]
    [InlineData(0.25f, 0.125f, 0.125f)]
    [InlineData(0.25f, 0.1875f, 0.1875f)]
    [InlineData(0.25f, 0.1225f, 0f)]     // 0.49 of the total
    [InlineData(0.25f, 0.15f, 0.125f)]   // 0.6
    [InlineData(0.25f, 0.225f, 0.1875f)] // 0.9
    [InlineData(0.15f, 0.075f, 0.075f)]
    [InlineData(0.15f, 0.1125f, 0.1125f)]
    [InlineData(0.15f, 0.15f, 0.15f)]
    public void Extended_range_band_edges_of_the_calculators_totals(float total, float linear, float expected) =>
        Assert.Equal(expected, EuroNcap2026Bands.SnapExtended(linear, total), 5);

    /// <summary>
    /// test_impact_speed_tolerance.py, TestToleranceScopedToVRelImpact: a CCFhos speed reduction of 11 km/h is Orange
    /// (the mitigation KPI has no 2 km/h tolerance), and a CCFtap impact at 1.5 km/h is Red.
    /// </summary>
    [Fact]
    public void Head_on_reduction_of_11_kph_is_orange_and_a_turning_contact_at_1_5_kph_is_red()
    {
        Assert.Equal(O, EuroNcap2026Bands.HeadOnReduction.Of(11f));
        Assert.Equal(R, EuroNcap2026Bands.Avoidance.Of(1.5f));
        var cells = new List<(ScenarioDefinition, ScenarioResult)>
        {
            // VUT 30 km/h against 50 km/h: relative 69 km/h at contact means the VUT was at 19 km/h, reduced by 11.
            Cell("euro-ncap-2026", "CCFhos", 30f, 50f, CellRange.Standard, CellCriterion.HeadOnReduction2026, 69f, name: "hos", target: 50f),
        };
        Assert.Equal(O, Assert.Single(Single(cells).CellOutcomes).Colour);
    }

    /// <summary>
    /// test_impact_speed_tolerance.py, TestNotRedReadsTheTrueColour (CCRb at VUT 60 km/h): 32 km/h predicted Brown is within
    /// tolerance as a prediction but measured Red, so Not red fails; 29 km/h predicted Red is measured Brown, so it holds.
    /// </summary>
    [Fact]
    public void Not_red_reads_the_measured_colour_at_ccrb_60()
    {
        var row = EuroNcap2026Bands.For(60f);
        Assert.Equal(VerificationResult.InTolerance, Verification.Check(row, B, 32f).Result);
        Assert.Equal(R, row.Of(32f));
        Assert.False(Robustness.Holds(RobustnessCriterion.NotRed, row, B, 32f, Verification.ToleranceKph));
        Assert.Equal(VerificationResult.InTolerance, Verification.Check(row, R, 29f).Result);
        Assert.True(Robustness.Holds(RobustnessCriterion.NotRed, row, R, 29f, Verification.ToleranceKph));
    }

    /// <summary>
    /// test_file_score.py, test_lsc_avoidance_scoring_formula: CCCscp SfS (3.0 points) with 3 of 5 cells avoided scores
    /// 3/5 × 3.0 = 1.8; all five avoided give the 3.0.
    /// </summary>
    [Theory]
    [InlineData(3, 1.8f)]
    [InlineData(5, 3.0f)]
    public void Low_speed_avoidance_grid_scores_its_share_of_avoided_cells(int avoided, float expected)
    {
        var cells = new List<(ScenarioDefinition, ScenarioResult)>();
        for (int i = 0; i < 5; i++)
        {
            cells.Add(Cell("euro-ncap-2026", "CCCscp SfS", 0f, null, CellRange.Standard, CellCriterion.Avoidance, i < avoided ? null : 1f,
                name: $"sfs-{i}", chapter: ProtocolPoints.LowSpeedCar));
        }

        var card = Single(cells);
        Assert.Equal(expected, card.Score, 4);
        Assert.Equal(3.0f, card.MaxScore, 4);
    }

    private static ProtocolScorecard Single(IReadOnlyList<(ScenarioDefinition Def, ScenarioResult Result)> cells) =>
        Assert.Single(ProtocolScorer.Score(cells.Select(c => c.Def).ToList(), cells.Select(c => c.Result).ToList()));

    private static (ScenarioDefinition, ScenarioResult) Cell(string protocol, string scenario, float speed, float? il, CellRange range,
        CellCriterion criterion, float? impactKph, string? baseline = null, string? name = null, bool failed = false, string? group = null,
        float passRate = 1f, float target = 0f, string? chapter = null)
    {
        name ??= criterion == CellCriterion.BaselineRun ? "baseline" : il is null && baseline is not null ? "cell" : baseline is not null ? "cell" : $"{scenario}-{speed}-{il}";
        var def = new ScenarioDefinition
        {
            Name = name, DurationS = 5, Ego = new EgoDefinition { SpeedKph = speed }, Clause = "test",
            Cell = new ProtocolCellDefinition
            {
                Protocol = protocol, Chapter = chapter ?? (protocol == "euro-ncap-2026" ? ProtocolPoints.FrontalLongitudinal : "chapter"), Scenario = scenario,
                TestSpeedKph = speed, TargetSpeedKph = target, ImpactLocationPct = il, Range = range, Criterion = criterion, Baseline = baseline, Group = group, PassRate = passRate,
            },
        };
        var result = new ScenarioResult
        {
            Scenario = name, Collided = impactKph is not null, ImpactSpeedKph = impactKph, MinGapM = 0f, MaxDecelMps2 = 0f,
            MaxBrakeRequestMps2 = 0f, MaxSpeedKph = speed, TorqueLimitedS = 0f, EndTimeS = 5f, Diagnostics = 0, FaultDetectionCycles = [],
            Failures = failed ? ["failed"] : [], Trace = [],
        };
        return (def, result);
    }
}
