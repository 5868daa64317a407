using AebController.Firmware.Signals;
using AebController.Scenarios.Matrix;
using AebController.Scenarios.Model;
using AebController.Scenarios.Scoring.Protocols;

namespace AebController.Scenarios.Tests;

/// <summary>
/// Euro NCAP 2026 CMCscp (scenarios/euro-ncap-2026-cmcscp; FC v1.1 §3.1.1.3 with the motorcyclist target): the rating
/// calculator's grid (CCCscp's cells: VUT 20–60 × 20–60 km/h standard, VUT 20/30 against 70/80 and 70/80 against 20/30
/// extended), each cell from both approach sides, and the meeting point by hand kinematics: Vector's CA-FC 2026 CMCscp
/// synchronises the motorcycle with width 0 (its centre, not its bounding-box corner, is the reference), so the VUT's
/// front centre reaches the motorcycle's centreline at 25 % of its 2.08 m length from its front.
/// </summary>
public sealed class CrossingMotorcycleCellTests
{
    private static IReadOnlyList<ScenarioDefinition> Cases(string file) =>
        ScenarioMatrix.Expand(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "scenarios", "euro-ncap-2026-cmcscp", file)), file);

    [Theory]
    [InlineData("cmcscp.matrix.json", 25)]
    [InlineData("cmcscp-ext.matrix.json", 8)]
    public void The_grid_holds_the_calculators_cells_from_both_sides(string file, int cells)
    {
        var cases = Cases(file);
        Assert.Equal(2 * cells, cases.Count);
        bool extended = file.Contains("-ext", StringComparison.Ordinal);
        foreach (var c in cases)
        {
            var cell = c.Cell!;
            Assert.Equal("CMCscp", cell.Scenario);
            Assert.Equal(CellCriterion.Avoidance, cell.Criterion);
            Assert.Equal(ProtocolPoints.FrontalCrossing, cell.Chapter);
            Assert.Equal(extended ? CellRange.Extended : CellRange.Standard, cell.Range);
            // Extended: one of the two speeds is 70/80 km/h and the other 20/30 km/h (the calculator's extended cells).
            bool extendedCell = (cell.TestSpeedKph >= 70f && cell.TargetSpeedKph <= 30f) || (cell.TestSpeedKph <= 30f && cell.TargetSpeedKph >= 70f);
            Assert.Equal(extended, extendedCell);
            Assert.Contains("§3.1.1.3", c.Clause, StringComparison.Ordinal);
            Assert.DoesNotContain("euro-ncap-2026-frontal", c.Tags);
        }

        Assert.Equal(cells, cases.Select(c => c.Cell!.Group).Distinct().Count());
    }

    [Fact]
    public void The_vut_front_centre_meets_the_motorcycle_a_quarter_of_its_length_behind_its_front()
    {
        foreach (var s in Cases("cmcscp.matrix.json").Concat(Cases("cmcscp-ext.matrix.json")))
        {
            var target = s.Actors.Single(a => a.Id == "target");
            Assert.Equal(ObjectClass.Motorcycle, target.Class);
            Assert.Equal(2.08f, target.LengthM!.Value, 3);
            float laneXM = target.Path![0].XM, startYM = target.Path[0].YM, side = MathF.Sign(startYM);
            Assert.Equal(laneXM, target.Path[1].XM);
            // The VUT's bumper starts at x = 0 and reaches the motorcycle's centreline at tS (width 0 in the synchronisation).
            float tS = laneXM / (s.Ego.SpeedKph / 3.6f);
            float centreYM = startYM - side * target.SpeedKph / 3.6f * tS;
            Assert.Equal(side * 2.08f / 4f, centreYM, 2);
            int parked = s.Actors.Count(a => a.Id.StartsWith("obstruction", StringComparison.Ordinal));
            Assert.Equal(s.Cell!.Range == CellRange.Standard ? 3 : 0, parked);
        }
    }
}
