using AebController.Scenarios.Catalog;
using AebController.Scenarios.Model;
using AebController.Scenarios.Running;
using AebController.Scenarios.Scoring;
using AebController.Scenarios.Scoring.Protocols;

namespace AebController.Scenarios.Tests;

/// <summary>
/// The suites named after documents: their grids have the documents' cell counts, every cell names
/// its clause and its comparison run, the maximum is the protocol's for the cells included, and the
/// regulation suites pass closed loop.
/// </summary>
public class ProtocolSuiteTests
{
    [ThreadStatic]
    private static ScenarioRunner? t_runner;

    private static ScenarioRunner Runner => t_runner ??= new ScenarioRunner();

    [Theory]
    [InlineData("ncap26-ccrs", 56)]  // 10–80 km/h in 10 km/h steps × 7 impact locations (−25…125 %)
    [InlineData("ncap26-ccrm", 77)]  // 11 rows (30–80 behind 20; 90–130 behind 30–70) × 7
    [InlineData("ncap26-ccrb", 77)]  // 30–130 km/h × 7
    [InlineData("ncap26-cccscp", 66)] // (20–60 × 20–60 km/h standard + 8 extended cells) × both approach sides
    [InlineData("ncap26-cmrs", 40)]  // 10–80 km/h × 10/25/50/75/90 %, motorcycle target
    [InlineData("ncap26-cmrb", 55)]  // 30–130 km/h × 10/25/50/75/90 %
    [InlineData("ncap26-ccfhol", 32)] // 8 rows (30–80 against 50/70; 90/90, 100/100) × 25/50/75/100 %
    [InlineData("ncap26-cpla", 64)]  // (10–60 and 70/80 km/h) × 10/25/50/75 % × day and night, choice rows declared AEB
    [InlineData("ncap26-cbla", 28)]  // (20–60 and 70/80 km/h) × 10/25/50/75 %
    [InlineData("ncap26-cpna", 60)]  // 10–60 km/h × 10/25/50/75/90 % × day and night
    [InlineData("ncap26-cpfa", 60)]  // 10–60 km/h × 10/25/50/75/90 % × day and night
    [InlineData("ncap26-cpnco", 36)] // 10–60 km/h × 25/50/75 % × day and night
    [InlineData("ncap26-cbna", 30)]  // 10–60 km/h × 10/25/50/75/90 %
    [InlineData("ncap26-cbfa", 30)]
    [InlineData("ncap26-cbnao", 30)]
    [InlineData("ncap26-cpmrcs", 6)] // 4 and 8 km/h × 25/50/75 %
    [InlineData("ncap26-cpmfc", 12)] // 1.0/1.5 m × 25/50/75 %, each with its no-pedal run
    [InlineData("un-r175", 12)]      // 3 obstacles × 1.0/1.5 m, each with its run without the system
    [InlineData("un-r152-01", 25)]   // 12 stationary + 4 moving (two loads) + 9 pedestrian
    [InlineData("un-r152-02", 9)]    // bicycle table: 20, 30, 38, 40 (two loads), 45, 50, 55, 60 km/h
    [InlineData("gb-39901-2025", 34)] // 3 table cells × 10 repetitions + 4 false-response tests
    [InlineData("euro-ncap-2023-c2c", 147)] // CCRs AEB 9×5 + FCW 6×5 + CCRm 11×5 + CCRb 4 + CCFtap 3×3 + CCFhos/hol 2 × 2
    [InlineData("ncap23-head-on", 4)]       // CCFhos and CCFhol at 50/50 and 70/70 km/h (C2C v4.3.1 §8.2.5)
    [InlineData("euro-ncap-2026-robustness", 812)] // nominal CCRs 8×7 + CCRb 6×7 + CMRs 8×5 + CMRb 6×5 + CBNA, CBFA 6×5 + CPNA, CPFA 6×5 × day and night; CCRb 6×5 and CMRb 6×3 × (2 acceleration + 2 headway); CCRs 8×5 and CMRs 8×3 × 2 headings; CBNA, CBFA 6×2, CPNA day 6×3, CPFA day 6×1 × (2 headings + 1 offset)
    public void Suites_have_the_documents_cell_counts(string tag, int count) => Assert.Equal(count, ScenarioCatalog.Builtin.WithTag(tag).Count);

    [Fact]
    public void Every_cell_names_its_clause_and_its_comparison_run()
    {
        var all = ScenarioCatalog.Builtin.Entries.Select(e => e.Scenario).Where(s => s.Cell is not null).ToList();
        Assert.NotEmpty(all);
        foreach (var s in all)
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Clause), $"{s.Name} has no clause");
            if (s.Cell!.Baseline is string baseline)
            {
                Assert.True(ScenarioCatalog.Builtin.TryGet(baseline, out var b), $"{s.Name}: no comparison run {baseline}");
                Assert.Equal(CellCriterion.BaselineRun, b.Cell!.Criterion);
                Assert.True(b.Tags.Intersect(s.Tags).Any(), $"{s.Name}: comparison run {baseline} is in another suite");
            }
        }
    }

    [Theory]
    [InlineData(ProtocolPoints.FrontalLongitudinal, 15.0f)]
    [InlineData(ProtocolPoints.FrontalTurning, 10.0f)]
    [InlineData(ProtocolPoints.FrontalCrossing, 15.0f)]
    [InlineData(ProtocolPoints.FrontalPedCycLongitudinal, 5.0f)]
    [InlineData(ProtocolPoints.FrontalPedCycTurning, 5.0f)]
    [InlineData(ProtocolPoints.FrontalPedCycCrossing, 10.0f)]
    public void Each_frontal_chapters_scenarios_add_up_to_the_protocols_chapter_points(string chapter, float chapterPoints)
    {
        // FC v1.1 (regulations-verified.md §2): Car & PTW 40 = Longitudinal 15 + Turning 10 + Crossing 15; Pedestrian &
        // Cyclist 20 = Longitudinal 5 + Turning 5 + Crossing 10, standard + extended + robustness of every scenario.
        // Robustness points given only by day (CPLA, CPNA, CPFA, CPNCO) are counted once, as the calculator counts them.
        float sum = ProtocolPoints.Of("euro-ncap-2026").Where(p => p.Chapter == chapter).Sum(p => p.Standard + p.Extended + p.Robustness);
        Assert.Equal(chapterPoints, sum, 4);
    }

    [Fact]
    public void Frontal_maximum_is_the_protocols_points_for_the_longitudinal_grids()
    {
        // CCRs 1.2 + 0.15, CCRm 2.4 + 0.3, CCRb 1.6 + 0.2, CCFhos 2.0 + 0.25, CCFhol 2.0 + 0.25 (standard + extended; robustness layers not assessed);
        // Pedestrian & Cyclist crossing: CPNA, CPFA day and night 0.5 + 0.0625 each, CPNCO day and night 1.0 + 0.125 each,
        // CBNA, CBFA 1.0 + 0.125, CBNAO 2.0 + 0.25 (FC v1.1 scoring table; the rating calculator's TOTAL_SCORES).
        var cases = ScenarioCatalog.Builtin.WithTag("euro-ncap-2026-frontal");
        var results = cases.Select(c => Stub(c.Name)).ToList();
        var card = Assert.Single(ProtocolScorer.Score(cases, results));
        // Pedestrian & Cyclist longitudinal: CPLA day and night 1.0 + 0.125 each, CBLA 2.0 + 0.25.
        // Motorcycle: CMRs 1.2 + 0.15, CMRb 1.6 + 0.2.
        // Crossing: CCCscp 6.0 + 0.75. Turning: CCFtap and CMFtap 4.0 + 0.5 each.
        Assert.Equal(1.35f + 2.7f + 1.8f + 2.25f + 2.25f + 1.35f + 1.8f + 6.75f + 9.0f + 4.5f + 9.0f, card.MaxScore, 4);
        Assert.Equal(9.0f, card.Chapters.Single(c => c.Chapter == ProtocolPoints.FrontalTurning).MaxPoints, 4);
        Assert.Equal(6.75f, card.Chapters.Single(c => c.Chapter == ProtocolPoints.FrontalCrossing).MaxPoints, 4);
        Assert.Equal(4.5f, card.Chapters.Single(c => c.Chapter == ProtocolPoints.FrontalPedCycLongitudinal).MaxPoints, 4);
        Assert.Equal(1.35f + 2.7f + 1.8f + 2.25f + 2.25f + 1.35f + 1.8f, card.Chapters.Single(c => c.Chapter == ProtocolPoints.FrontalLongitudinal).MaxPoints, 4);
        Assert.Equal(9.0f, card.Chapters.Single(c => c.Chapter == ProtocolPoints.FrontalPedCycCrossing).MaxPoints, 4);
        // The stub runs all avoid: full points in the rear grids. A head-on run without contact means the VUT shed
        // its whole test speed (≥ 30 km/h in every cell), above the 20 km/h Green threshold: full points there too.
        Assert.Equal(card.MaxScore, card.Score, 4);
        Assert.True(card.Gates.Single(g => g.Name.StartsWith("CCRs", StringComparison.Ordinal)).Held);
        Assert.All(card.Gates, g => Assert.True(g.Held, g.Name));
    }

    /// <summary>
    /// CPLA/CBLA with the 50–80 km/h choice rows declared AEB: the rating calculator drops the duplicate 50/60 km/h
    /// choice rows and promotes the AEB rows' 25 % cells at 50/60 km/h to standard (its worked example
    /// tests/crash_avoidance/test_collapse_cpla_cbla_aeb_duplicate_rows.py: "50 km/h @ 25%, promoted"); the AEB rows
    /// keep 50 % standard, the 70/80 km/h rows 25 %; every other cell is extended.
    /// </summary>
    [Theory]
    [InlineData("ncap26-cpla")]
    [InlineData("ncap26-cbla")]
    public void Longitudinal_vru_standard_cells_after_the_aeb_collapse(string tag)
    {
        foreach (var s in ScenarioCatalog.Builtin.WithTag(tag))
        {
            float v = s.Cell!.TestSpeedKph, il = s.Cell.ImpactLocationPct!.Value;
            bool standard = v <= 60f ? il == 50f || (v >= 50f && il == 25f) : il == 25f;
            Assert.True((s.Cell.Range == CellRange.Standard) == standard, $"{s.Name}: {s.Cell.Range}");
        }

        var speeds = ScenarioCatalog.Builtin.WithTag(tag).Select(s => s.Cell!.TestSpeedKph).Distinct().Order().ToArray();
        Assert.Equal(tag == "ncap26-cpla" ? [10f, 20f, 30f, 40f, 50f, 60f, 70f, 80f] : [20f, 30f, 40f, 50f, 60f, 70f, 80f], speeds);
    }

    /// <summary>
    /// CCCscp (FC v1.1 §3.1.1.3): without braking the VUT's front centre strikes the target's side at 25 % of the target's
    /// length from its front; the three parked cars stand only in the standard range. Hand kinematics on the expanded cases.
    /// </summary>
    [Fact]
    public void Cccscp_meets_the_target_at_a_quarter_of_its_length()
    {
        var cases = ScenarioCatalog.Builtin.WithTag("ncap26-cccscp");
        Assert.NotEmpty(cases);
        foreach (var s in cases)
        {
            CrossingImpactGeometry.AssertQuarterLengthImpact(s);
            var target = s.Actors.Single(a => a.Id == "target");
            int parked = s.Actors.Count(a => a.Id.StartsWith("obstruction", StringComparison.Ordinal));
            Assert.Equal(s.Cell!.Range == CellRange.Standard ? 3 : 0, parked);
            Assert.True(s.Cell.Range == CellRange.Standard == (s.Ego.SpeedKph <= 60f && target.SpeedKph <= 60f), s.Name);
        }
    }

    /// <summary>
    /// CCFhol (EN AEB C2C v4.3.1 §8.2.5): the target leaves the oncoming lane (3.5 m left of the VUT's centreline) and its
    /// lane change ends at TTC 1.5 s with its centreline at the impact location; 44 m of lane change at 50 km/h, 60 m at 70 km/h.
    /// Hand kinematics on the expanded cases (both cars at their test speeds), not a run.
    /// </summary>
    [Fact]
    public void Ccfhol_lane_change_ends_at_ttc_1_5_s_on_the_impact_location()
    {
        const float oncomingLaneM = 3.5f, vutWidthM = 1.85f;
        var cases = ScenarioCatalog.Builtin.WithTag("ncap26-ccfhol");
        Assert.NotEmpty(cases);
        foreach (var s in cases)
        {
            var target = s.Actors.Single(a => a.Id == "target");
            var change = target.Events.Single();
            float closingMps = (s.Ego.SpeedKph - target.SpeedKph) / 3.6f;
            float gapAtEndM = change.WhenGapM!.Value - closingMps * change.ChangeLane!.DurationS;
            Assert.Equal(1.5f, gapAtEndM / closingMps, 2);
            Assert.Equal(1, target.LaneId);
            float endYM = oncomingLaneM + change.ChangeLane.ByM!.Value;
            Assert.Equal((s.Cell!.ImpactLocationPct!.Value / 100f - 0.5f) * vutWidthM, endYM, 3);
            float lengthM = -target.SpeedKph / 3.6f * change.ChangeLane.DurationS;
            if (s.Cell.TargetSpeedKph == 50f) Assert.Equal(44f, lengthM, 1);
            if (s.Cell.TargetSpeedKph == 70f) Assert.Equal(60f, lengthM, 1);
            Assert.True(change.WhenGapM < target.GapM, $"{s.Name}: the lane change must start after the run begins");
        }
    }

    /// <summary>
    /// Impact location (FC v1.1: % of the VUT width from its right edge): with the VUT holding its test speed and the
    /// crosser taking each event's lateral speed when triggered (one set-off, or CBNAO's steps up to its speed), the
    /// crosser's centre is at the impact location's lateral position when the VUT's front reaches it, at the target's
    /// speed. Hand kinematics on the expanded cases, not a run.
    /// </summary>
    [Theory]
    [InlineData("ncap26-cpna")]
    [InlineData("ncap26-cpfa")]
    [InlineData("ncap26-cpnco")]
    [InlineData("ncap26-cbna")]
    [InlineData("ncap26-cbfa")]
    [InlineData("ncap26-cbnao")]
    public void Crossing_cells_meet_at_their_impact_location(string tag)
    {
        const float vutWidthM = 1.85f;
        foreach (var s in ScenarioCatalog.Builtin.WithTag(tag))
        {
            var crosser = s.Actors.Single(a => a.Id == "crosser");
            var steps = crosser.Events.OrderByDescending(e => e.WhenGapM!.Value).ToArray();
            float egoMps = s.Ego.SpeedKph / 3.6f;
            float yAtMeetM = crosser.YM;
            for (int k = 0; k < steps.Length; k++)
            {
                float untilGapM = k + 1 < steps.Length ? steps[k + 1].WhenGapM!.Value : 0f;
                yAtMeetM += steps[k].LateralSpeedMps!.Value * (steps[k].WhenGapM!.Value - untilGapM) / egoMps;
            }

            float expectedM = (s.Cell!.ImpactLocationPct!.Value / 100f - 0.5f) * vutWidthM;
            Assert.True(MathF.Abs(yAtMeetM - expectedM) < 0.01f, $"{s.Name}: crosser at y {yAtMeetM:0.000} m, impact location at {expectedM:0.000} m");
            Assert.Equal(s.Cell.TargetSpeedKph, MathF.Abs(steps[^1].LateralSpeedMps!.Value) * 3.6f, 2);
            Assert.True(steps[0].WhenGapM < crosser.GapM, $"{s.Name}: the crosser must start after the run begins");
        }
    }

    /// <summary>
    /// A crossing cyclist rides the protocol's steady-state distance at its full speed before the impact location:
    /// CBNA D = 17 m, CBFA D = 22 m (VRU_steadyStateDist, "steady state distance D as defined in NCAP protocol", in
    /// Vector's OpenSCENARIO encodings of CA-FC 2026 and of VRU v4.5.1, which also puts CBFA at 20 km/h). It is not
    /// a standing start 5-6 m from the path: a radar tracker sees a steady crosser, not a step of 15-20 km/h.
    /// </summary>
    [Theory]
    [InlineData("ncap26-cbna", 17f, 15f)]
    [InlineData("ncap26-cbfa", 22f, 20f)]
    [InlineData("cbna", 17f, 15f)]
    [InlineData("cbfa", 22f, 20f)]
    public void Crossing_cyclists_ride_the_protocols_steady_state_distance(string tag, float steadyStateM, float cyclistKph)
    {
        const float vutWidthM = 1.85f;
        var cases = ScenarioCatalog.Builtin.WithTag(tag);
        Assert.NotEmpty(cases);
        foreach (var s in cases)
        {
            var crosser = s.Actors.Single(a => a.Id == "crosser");
            var start = crosser.Events.Single();
            float impactYM = ((s.Cell?.ImpactLocationPct ?? 50f) / 100f - 0.5f) * vutWidthM;
            Assert.Equal(steadyStateM, MathF.Abs(crosser.YM - impactYM), 2);
            Assert.Equal(cyclistKph, MathF.Abs(start.LateralSpeedMps!.Value) * 3.6f, 2);
            float egoMps = s.Ego.SpeedKph / 3.6f;
            Assert.Equal(steadyStateM / (cyclistKph / 3.6f), start.WhenGapM!.Value / egoMps, 2);
        }
    }

    public static TheoryData<string> RegulationSuites() => new() { "un-r175", "un-r152-01", "un-r152-02", "gb-39901-2025" };

    /// <summary>
    /// UN R152 02 series, M1 bicycle table (regulations-verified.md §4, OCR of R152 Rev.2): up to 38 km/h → 0; 40 → 10 at
    /// maximum mass, 0 at mass in running order; 45 → 25; 50 → 30; 55 → 35; 60 → 40 km/h permitted relative impact speed.
    /// </summary>
    [Theory]
    [InlineData(20f, "running-order", 0f)]
    [InlineData(30f, "running-order", 0f)]
    [InlineData(38f, "running-order", 0f)]
    [InlineData(40f, "running-order", 0f)]
    [InlineData(40f, "maximum-mass", 10f)]
    [InlineData(45f, "running-order", 25f)]
    [InlineData(50f, "running-order", 30f)]
    [InlineData(55f, "running-order", 35f)]
    [InlineData(60f, "running-order", 40f)]
    public void Un_r152_02_bicycle_cells_carry_the_table(float egoKph, string load, float maxImpactKph)
    {
        var s = ScenarioCatalog.Builtin.WithTag("un-r152-02").Single(c => c.Ego.SpeedKph == egoKph && c.Cell!.Column == load);
        Assert.Equal(maxImpactKph, s.Expect.MaxImpactSpeedKph);
        Assert.Equal(5.0f, s.Expect.MinBrakeRequestMps2);
        Assert.Equal(15f, MathF.Abs(s.Actors.Single().Events.Single().LateralSpeedMps!.Value) * 3.6f, 2);
        Assert.Contains("02 series", s.Clause, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RegulationSuites))]
    public void Regulation_suites_pass_closed_loop(string suite)
    {
        var cases = ScenarioCatalog.Builtin.WithTag(suite);
        var results = cases.Select(c => Runner.Run(c)).ToList();
        var (card, protocols) = SuiteScoring.Score(suite, cases, results);
        var failed = protocols.SelectMany(p => p.CellOutcomes).Where(c => !c.Passed).Select(c => $"{c.Case}: {c.Why}").ToList();
        Assert.True(failed.Count == 0, string.Join("\n", failed));
        Assert.Equal(0, card.Total.Failed);
    }

    private static ScenarioResult Stub(string name) => new()
    {
        Scenario = name, Collided = false, MinGapM = 1f, MaxDecelMps2 = 0f, MaxBrakeRequestMps2 = 0f, MaxSpeedKph = 0f, TorqueLimitedS = 0f,
        EndTimeS = 1f, Diagnostics = 0, FaultDetectionCycles = [], Failures = [], Trace = [],
    };
}
