using AebController.Emulation.Profiles;
using AebController.Emulation.Vehicle;
using AebController.Scenarios.Matrix;
using AebController.Scenarios.Model;
using AebController.Scenarios.Running;
using AebController.Scenarios.Scoring;
using AebController.Scenarios.Scoring.Protocols;

namespace AebController.Scenarios.Tests;

/// <summary>
/// Euro NCAP 2026 CCFtap and CMFtap (Catalog/euro-ncap-2026-frontal, also suite euro-ncap-2026-turning): the VUT's turn against the protocol's
/// trajectory parameters by hand (Vector's CA-FC 2026 CCFtap.xosc formulas), the target's synchronisation, the grid
/// (VUT 10/15/20 × 30/45/60 km/h standard; the 80 km/h column and the 25 km/h row extended) and a hand-worked score.
/// </summary>
public sealed class TurningCellTests
{
    private const double AxleToBumperM = 3.8;
    private const double LaneWidthM = 3.5;

    private static IReadOnlyList<ScenarioDefinition> Cases(string file) =>
        ScenarioMatrix.Expand(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "AebController.Scenarios", "Catalog", "euro-ncap-2026-frontal", file)), file);

    [Theory]
    [InlineData("ccftap.matrix.json", 9)]
    [InlineData("ccftap-ext.matrix.json", 7)]
    [InlineData("cmftap.matrix.json", 9)]
    [InlineData("cmftap-ext.matrix.json", 7)]
    public void The_grids_hold_the_protocols_cells(string file, int cells)
    {
        var cases = Cases(file);
        Assert.Equal(cells, cases.Count);
        bool extended = file.Contains("-ext", StringComparison.Ordinal);
        foreach (var c in cases)
        {
            var cell = c.Cell!;
            Assert.Equal(CellCriterion.Avoidance, cell.Criterion);
            Assert.Equal(ProtocolPoints.FrontalTurning, cell.Chapter);
            bool isExtendedCell = cell.TestSpeedKph == 25f || cell.TargetSpeedKph == 80f;
            Assert.Equal(extended, isExtendedCell);
            Assert.Equal(extended ? CellRange.Extended : CellRange.Standard, cell.Range);
            Assert.Contains("§3.1.1.2", c.Clause, StringComparison.Ordinal);
        }
    }

    // Protocol rows (R2, alpha, beta) per VUT speed; the turn is 2 alpha + beta = 90°.
    [Theory]
    [InlineData(10, 9.0, 20.62, 48.76)]
    [InlineData(15, 11.75, 20.93, 48.14)]
    [InlineData(20, 14.75, 21.79, 46.42)]
    [InlineData(25, 14.75, 21.79, 46.42)]
    public void The_turn_reaches_the_oncoming_lane_where_the_protocols_formula_puts_it(int vutKph, double r2M, double alphaDeg, double betaDeg)
    {
        var s = Cases("ccftap-ext.matrix.json").First(c => c.Cell!.TestSpeedKph == vutKph);
        var road = ScenarioBuild.CreateHal(s, new VehicleParameters(), WorldProfile.Ideal).World.RoadModel;
        double alpha = alphaDeg * Math.PI / 180, beta = betaDeg * Math.PI / 180;
        double k1 = 1.0 / 1500, k2 = 1.0 / r2M;
        double clothoidM = 2 * alpha / (k1 + k2);
        // The rear axle starts at x = −3.8 m on the reference line (s = 116.2 from its start at x = −120).
        double startS = 120 - AxleToBumperM;
        road.ToWorld(startS, 0, out double x0, out double y0, out _);
        Assert.Equal(-AxleToBumperM, x0, 6);
        Assert.Equal(0, y0, 6);
        // Straight for 3 s at the VUT speed, then the turn: the end of the second clothoid heads 90° left.
        double turnStartS = startS + 3 * vutKph / 3.6;
        double turnEndS = turnStartS + 2 * clothoidM + beta * r2M;
        road.ToWorld(turnEndS, 0, out _, out _, out double endHeading);
        Assert.Equal(Math.PI / 2, endHeading, 3);
        // Vector's collision point: on the arc, at the angle acos(cos α − (lane − δ)/R2) − α past its start, δ the
        // first clothoid's sideways reach; there the rear axle's path crosses the target's lane centre (y = 3.5).
        road.ToWorld(turnStartS + clothoidM, 0, out _, out double clothoidReach, out double arcStartHeading);
        Assert.Equal(alpha, arcStartHeading, 3);
        double arcAngle = Math.Acos(Math.Cos(alpha) - (LaneWidthM - clothoidReach) / r2M) - alpha;
        double crossingS = turnStartS + clothoidM + r2M * arcAngle;
        road.ToWorld(crossingS, 0, out double xc, out double yc, out _);
        Assert.Equal(LaneWidthM, yc, 2);
        // The target's front reaches that x when the rear axle is the front overhang + √2 · w/2 short of the point.
        var target = s.Actors.Single(a => a.Id == "target");
        foreach (var t in Cases("ccftap.matrix.json").Concat(Cases("ccftap-ext.matrix.json")).Where(c => c.Cell!.TestSpeedKph == vutKph))
        {
            var car = t.Actors.Single(a => a.Id == "target");
            double syncS = (crossingS - startS) - AxleToBumperM - Math.Sqrt(2) * 1.712 / 2;
            double syncT = syncS / (vutKph / 3.6);
            double frontAtStart = car.Path![0].XM - car.LengthM!.Value / 2;
            Assert.Equal(xc + car.SpeedKph / 3.6 * syncT, frontAtStart, 1);
            Assert.Equal(LaneWidthM, car.Path[0].YM, 6);
        }

        Assert.NotNull(target);
    }

    [Fact]
    public void The_pure_pursuit_driver_keeps_the_rear_axle_on_the_turn()
    {
        // The tightest row (10 km/h, R2 = 9 m), driven without the controller: the rear axle stays within 0.2 m of the
        // protocol trajectory through the turn (look-ahead 1.5 m: pure pursuit settles √(R² − l²), 0.13 m inside R = 9 m).
        // Without the target (it would stop the run at contact).
        var s = Cases("ccftap.matrix.json").First(c => c.Cell!.TestSpeedKph == 10 && c.Cell.TargetSpeedKph == 30) with { Actors = [] };
        var hal = ScenarioBuild.CreateHal(s, new VehicleParameters(), WorldProfile.Ideal);
        var world = hal.World;
        world.Reset(10f / 3.6f, reverse: false);
        var controls = new DriverControls { Gear = AebController.Firmware.Signals.Gear.Drive };
        double worst = 0;
        double heading = 0;
        for (int i = 0; i < 14_000; i++)
        {
            // A robot foot holds 10 km/h (the turn's end is 28.9 m of travel away: 10.4 s).
            controls.AcceleratorPedal = Math.Clamp((10f / 3.6f - world.Ego.SpeedMps) * 0.5f + 0.02f, 0f, 1f);
            world.Step(controls, 0f, 1f);
            world.RoadModel.ReferenceLine.FromWorld(world.Ego.XM, world.Ego.YM, out _, out double t);
            if (world.Ego.XM > 4) worst = Math.Max(worst, Math.Abs(t));
            heading = world.Ego.HeadingRad;
        }

        Assert.True(worst < 0.2, $"the rear axle strayed {worst:F3} m from the trajectory");
        Assert.InRange(heading, Math.PI / 2 - 0.05, Math.PI / 2 + 0.05);
    }

    [Fact]
    public void Turning_chapter_scored_by_hand()
    {
        // CCFtap: the three 60 km/h standard cells hit (6 of 9 avoided: 6/9 × 4.0 = 2.667); extended 4 of 7 avoided
        // (57 %, stepped down to 50 % of 0.5 = 0.25). CMFtap: every cell avoided (4.0 + 0.5). Turning: 7.417 of 9.0.
        var ccftap = Cases("ccftap.matrix.json").Concat(Cases("ccftap-ext.matrix.json")).ToList();
        var cmftap = Cases("cmftap.matrix.json").Concat(Cases("cmftap-ext.matrix.json")).ToList();
        var cases = ccftap.Concat(cmftap).ToList();
        var extendedHits = new HashSet<string>(StringComparer.Ordinal) { "ncap26-ccftap-25-30", "ncap26-ccftap-25-45", "ncap26-ccftap-25-60" };
        var results = cases.Select(c =>
        {
            bool hit = c.Name.StartsWith("ncap26-ccftap", StringComparison.Ordinal)
                && ((c.Cell!.Range == CellRange.Standard && c.Cell.TargetSpeedKph == 60f) || extendedHits.Contains(c.Name));
            return Result(c.Name, hit ? 12f : null);
        }).ToList();
        var card = Assert.Single(ProtocolScorer.Score(cases, results));
        var turning = card.Chapters.Single(c => c.Chapter == ProtocolPoints.FrontalTurning);
        Assert.Equal(9.0f, turning.MaxPoints, 4);
        Assert.Equal(6f / 9f * 4.0f + 0.25f + 4.5f, turning.Points, 3);
        Assert.Equal(9.0f, card.MaxScore, 4);
    }

    private static ScenarioResult Result(string name, float? impactKph) => new()
    {
        Scenario = name, Collided = impactKph is not null, ImpactSpeedKph = impactKph, MinGapM = 0f, MaxDecelMps2 = 0f,
        MaxBrakeRequestMps2 = 0f, MaxSpeedKph = 20f, TorqueLimitedS = 0f, EndTimeS = 5f, Diagnostics = 0, FaultDetectionCycles = [],
        Failures = impactKph is null ? [] : ["collision"], Trace = [],
    };
}
