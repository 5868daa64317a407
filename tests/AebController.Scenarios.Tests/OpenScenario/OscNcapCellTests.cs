using AebController.Scenarios.Model;
using AebController.Scenarios.OpenScenario;
using AebController.Scenarios.Running;
using AebController.Scenarios.Scoring.Protocols;

namespace AebController.Scenarios.Tests.OpenScenario;

/// <summary>
/// A Euro NCAP scenario recognised in an OpenSCENARIO file lands in the protocol's grid: the oracles are the
/// protocols' own grids, band rows and points tables (Euro NCAP CA Frontal Collisions v1.1 §3.1/§5.2 and its
/// scoring table; SA v10.4.1 §3.3 for 2023), not anything the importer computes.
/// </summary>
public class OscNcapCellTests
{
    private static string Data(string file) => Path.Combine(AppContext.BaseDirectory, "OpenScenario", "data", file);

    private static ScenarioResult Result(string name, float? impactKph) => new()
    {
        Scenario = name, Collided = impactKph is not null, ImpactSpeedKph = impactKph, MinGapM = 0f, MaxDecelMps2 = 0f,
        MaxBrakeRequestMps2 = 0f, MaxSpeedKph = 0f, TorqueLimitedS = 0f, EndTimeS = 5f, Diagnostics = 0, FaultDetectionCycles = [],
        Failures = [], Trace = [],
    };

    private static Dictionary<string, string> P(params (string Key, string Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    [Fact]
    public void A_2026_variation_in_an_ExtendedRange_folder_fills_the_extended_CCRs_cells_worth_the_protocols_points()
    {
        var cases = OpenScenarioImporter.Load(Data(Path.Combine("ExtendedRange", "ncap-ccrs.variation.xosc")));
        Assert.Equal(10, cases.Count);                                    // 10..50 km/h by 10 × two columns
        Assert.All(cases, c =>
        {
            var cell = Assert.IsType<ProtocolCellDefinition>(c.Cell);
            Assert.Equal("euro-ncap-2026", cell.Protocol);
            Assert.Equal("CCRs", cell.Scenario);
            Assert.Equal("Frontal Collisions / Car & PTW / Longitudinal", cell.Chapter);
            Assert.Equal(CellRange.Extended, cell.Range);
            Assert.Equal(CellCriterion.Bands2026, cell.Criterion);
            Assert.Equal(c.Ego.SpeedKph, cell.TestSpeedKph, 3);
        });
        Assert.Equal(new float?[] { -25f, 125f }, cases.Select(c => c.Cell!.ImpactLocationPct).Distinct().Order().ToArray());

        // Every extended cell avoided: the grid is worth CCRs' extended points, 0.15 (FC v1.1 scoring table).
        var results = cases.Select(c => Result(c.Name, null)).ToList();
        var card = Assert.Single(ProtocolScorer.Score(cases, results));
        var grid = Assert.Single(card.Grids);
        Assert.Equal(0.15f, grid.MaxPoints, 4);
        Assert.Equal(0.15f, grid.Points, 4);
    }

    [Fact]
    public void The_base_file_alone_is_the_standard_cell_of_its_defaults_and_its_impact_speed_is_banded_by_its_row()
    {
        var s = Assert.Single(OpenScenarioImporter.Load(Data("ncap-ccrs.xosc")));
        var cell = Assert.IsType<ProtocolCellDefinition>(s.Cell);
        Assert.Equal(CellRange.Standard, cell.Range);
        Assert.Equal(20f, cell.TestSpeedKph);
        Assert.Equal(50f, cell.ImpactLocationPct);

        // 20 km/h row: only avoidance is Green (FC v1.1 §5.2); any contact is Red.
        var hit = ProtocolScorer.Judge(s, Result(s.Name, 4f), new Dictionary<string, ScenarioResult>());
        Assert.Equal(Colour.Red, hit.Colour);
        var avoided = ProtocolScorer.Judge(s, Result(s.Name, null), new Dictionary<string, ScenarioResult>());
        Assert.Equal(Colour.Green, avoided.Colour);
    }

    [Theory]
    [InlineData(50f, 15f, Colour.Orange)]   // ≥ 50 km/h row: Yellow ≤ 10, Orange ≤ 20
    [InlineData(40f, 15f, Colour.Brown)]    // 40 km/h row: Orange ≤ 10, Brown ≤ 20
    [InlineData(30f, 10f, Colour.Brown)]    // 30 km/h row: Brown ≤ 10 (bands close at their upper bound)
    public void A_recognised_2026_CCRm_cell_takes_the_band_row_of_its_test_speed(float speedKph, float impactKph, Colour expected)
    {
        var (cell, why) = OscNcapCell.Of(P(("Scenario_ID", "CCRm"), ("Ego_speed_kph", speedKph.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Target_init_speed_kph", "20"), ("ImpactLocation", "75")), "CA-FC_2026/Variations/StandardRange/CCRm.xosc");
        Assert.Null(why);
        Assert.Equal(CellCriterion.Bands2026, cell!.Criterion);
        Assert.Equal(20f, cell.TargetSpeedKph);
        Assert.Equal(expected, EuroNcap2026Bands.Of(cell.TestSpeedKph, impactKph));
    }

    [Fact]
    public void Turning_and_crossing_scenarios_are_judged_by_avoidance_in_their_own_chapters()
    {
        var (tap, _) = OscNcapCell.Of(P(("Scenario_ID", "CCFtap"), ("Ego_speed_kph", "10")), "CCFtap.xosc");
        Assert.Equal(CellCriterion.Avoidance, tap!.Criterion);
        Assert.Equal("Frontal Collisions / Car & PTW / Turning", tap.Chapter);
        var (scp, _) = OscNcapCell.Of(P(("Scenario_ID", "CCCscp"), ("Ego_speed_kph", "20")), "CCCscp.xosc");
        Assert.Equal("Frontal Collisions / Car & PTW / Crossing", scp!.Chapter);
    }

    // Head-on: the VUT's speed at contact is the relative impact speed less the target's held speed; the
    // reduction is banded ≤ 10 Red, ≤ 20 Orange, above Green (Euro NCAP's 2026 rating calculator,
    // crash_avoidance/matrix_processing.py mitigation thresholds; above 35 FC v1.1 asks the dossier, which is named).
    [Theory]
    [InlineData(50f, 50f, 95f, Colour.Red)]      // VUT 45 km/h at contact: reduced by 5
    [InlineData(50f, 50f, 85f, Colour.Orange)]   // VUT 35: reduced by 15
    [InlineData(30f, 50f, 60f, Colour.Orange)]   // VUT 10: reduced by 20 (a band closes at its upper bound)
    [InlineData(50f, 50f, 75f, Colour.Green)]    // VUT 25: reduced by 25
    [InlineData(50f, 50f, 70f, Colour.Green)]    // VUT 20: reduced by exactly 30 (the band closes at its upper bound)
    [InlineData(50f, 50f, 60f, Colour.Green)]    // VUT 10: reduced by 40, above 35 (the dossier is named)
    [InlineData(50f, 50f, 50f, Colour.Green)]    // VUT stopped: reduced by 50 - never worse than reducing by 25
    public void A_head_on_cell_is_coloured_by_the_VUTs_speed_reduction(float vutKph, float targetKph, float relativeImpactKph, Colour expected)
    {
        var (cell, _) = OscNcapCell.Of(P(("Scenario_ID", "CCFhos"), ("Ego_speed_kph", vutKph.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Target_init_speed_kph", targetKph.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("ImpactLocation", "50")), "CCFhos.xosc");
        Assert.Equal(CellCriterion.HeadOnReduction2026, cell!.Criterion);
        var s = new ScenarioDefinition { Name = "ho", DurationS = 10f, Ego = new EgoDefinition { SpeedKph = vutKph }, Cell = cell };
        var outcome = ProtocolScorer.Judge(s, Result("ho", relativeImpactKph), new Dictionary<string, ScenarioResult>());
        Assert.Equal(expected, outcome.Colour);
        Assert.Equal(vutKph - (relativeImpactKph - targetKph) > 35f, outcome.Why.Contains("dossier", StringComparison.Ordinal));
    }

    [Fact]
    public void The_2023_files_take_the_2023_tables_CCRb_by_headway_and_deceleration()
    {
        const string names = "AEB_C2C_2023/Variations/NCAP_AEB_C2C_CCRb_Variation_2023.xosc";
        var (ccrb, _) = OscNcapCell.Of(P(("Scenario_ID", "CCRb"), ("Ego_speed_kph", "50"), ("GVT_init_speed_kph", "50"),
            ("GVT_headway", "12"), ("GVT_deceleration", "6"), ("Overlap", "100")), names);
        Assert.Equal("euro-ncap-2023", ccrb!.Protocol);
        Assert.Equal(CellCriterion.Bands2023Ccrs, ccrb.Criterion);
        Assert.Equal("12 m", ccrb.Row);
        Assert.Equal("−6 m/s²", ccrb.Column);
        var (ccrs, _) = OscNcapCell.Of(P(("Scenario_ID", "CCRs"), ("Ego_speed_kph", "35"), ("Overlap", "-50")), names);
        Assert.Equal("CCRs AEB", ccrs!.Scenario);
        Assert.Equal(-50f, ccrs.ImpactLocationPct);
    }

    [Theory]
    [InlineData("CCRs", "35", "", "no Euro NCAP 2026 band row")]            // the grid has 10 km/h steps
    [InlineData("CPNA-25", "20", "", "no Euro NCAP 2026 Frontal Collisions scoring table")]
    [InlineData("CCRs_FCW", "60", "_2023", "braking robot")]
    [InlineData("CCRs", "", "", "no Ego_speed_kph")]
    public void A_case_outside_our_grids_keeps_its_speed_reduction_score_and_says_why(string id, string speed, string year, string why)
    {
        var values = P(("Scenario_ID", id));
        if (speed.Length > 0) values["Ego_speed_kph"] = speed;
        var (cell, reason) = OscNcapCell.Of(values, $"file{year}.xosc");
        Assert.Null(cell);
        Assert.Contains(why, reason);
    }

    [Fact]
    public void The_users_mapping_names_scenario_and_protocol_when_the_file_does_not()
    {
        var (cell, _) = OscNcapCell.Of(P(("aeb_ncap_scenario", "CCRm"), ("aeb_ncap_protocol", "euro-ncap-2023"), ("Ego_speed_kph", "45")), "mine.xosc");
        Assert.Equal("euro-ncap-2023", cell!.Protocol);
        Assert.Equal(CellCriterion.Bands2023Ccrm, cell.Criterion);
        var (none, why) = OscNcapCell.Of(P(("aeb_ncap_scenario", "CCRm"), ("aeb_ncap_protocol", "iihs"), ("Ego_speed_kph", "45")), "mine.xosc");
        Assert.Null(none);
        Assert.Contains("not one of euro-ncap-2023, euro-ncap-2026", why);
    }

    [Fact]
    public void A_file_without_a_scenario_id_is_not_placed_and_gives_no_reason()
    {
        Assert.Equal((null, null), OscNcapCell.Of(P(("Ego_speed_kph", "50")), "plain.xosc"));
    }
}
