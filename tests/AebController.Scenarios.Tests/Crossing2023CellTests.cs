using AebController.Scenarios.Catalog;
using AebController.Scenarios.Matrix;
using AebController.Scenarios.Model;
using AebController.Scenarios.Scoring.Protocols;

namespace AebController.Scenarios.Tests;

/// <summary>
/// Euro NCAP 2023 CCCscp AEB (scenarios/euro-ncap-2023-cccscp; C2C v4.3.1 §8.2.4, SA v10.4.1 §3.3) and head-on
/// (CCFhos/CCFhol in euro-ncap-2023-c2c, §8.2.5): the grid the protocol lists, each case's clause, and the meeting
/// geometry by hand kinematics.
/// </summary>
public sealed class Crossing2023CellTests
{
    private static IReadOnlyList<ScenarioDefinition> Cccscp() =>
        ScenarioMatrix.Expand(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "scenarios", "euro-ncap-2023-cccscp", "cccscp.matrix.json")), "cccscp.matrix.json");

    [Fact]
    public void Cccscp_2023_holds_the_moving_vut_cells_from_both_sides()
    {
        var cases = Cccscp();
        // VUT 20–60 × GVT 20–60 km/h in 10 km/h steps, each from the far and the near side; the start-from-stop row is not built.
        Assert.Equal(2 * 25, cases.Count);
        var pairs = cases.Select(c => (c.Cell!.TestSpeedKph, c.Cell.TargetSpeedKph)).Distinct().ToList();
        Assert.Equal(25, pairs.Count);
        Assert.All(pairs, p => Assert.Contains(p.TestSpeedKph, EuroNcap2023Bands.CccscpVutKph));
        Assert.All(pairs, p => Assert.Contains(p.TargetSpeedKph, EuroNcap2023Bands.CccscpGvtKph));
        foreach (var c in cases)
        {
            Assert.Equal("euro-ncap-2023", c.Cell!.Protocol);
            Assert.Equal(EuroNcap2023Bands.CccscpAeb, c.Cell.Scenario);
            Assert.Equal(ProtocolPoints.C2cCrossing2023, c.Cell.Chapter);
            Assert.Equal(CellCriterion.Cccscp2023, c.Cell.Criterion);
            Assert.Contains("§8.2.4", c.Clause, StringComparison.Ordinal);
            Assert.Contains("§3.3", c.Clause, StringComparison.Ordinal);
            Assert.DoesNotContain("euro-ncap-2023-c2c", c.Tags);
            Assert.DoesNotContain(c.Actors, a => a.Id.StartsWith("obstruction", StringComparison.Ordinal));
        }

        Assert.Equal(25, cases.Select(c => c.Cell!.Group).Distinct().Count());
        // The present cells carry 17.5 of the grid's 20 weight units: 1.75 of the 2.0 points.
        Assert.Equal(17.5f, pairs.Sum(p => EuroNcap2023Bands.CccscpWeight(p.TestSpeedKph, p.TargetSpeedKph)), 4);
    }

    [Fact]
    public void Cccscp_2023_vut_front_centre_meets_the_gvt_a_quarter_of_its_length_behind_its_front()
    {
        foreach (var s in Cccscp()) CrossingImpactGeometry.AssertQuarterLengthImpact(s);
    }

    [Fact]
    public void Head_on_2023_cases_are_the_four_of_the_protocol_with_aligned_centrelines()
    {
        var cases = ScenarioCatalog.Builtin.WithTag("ncap23-head-on");
        Assert.Equal(["CCFhol 50", "CCFhol 70", "CCFhos 50", "CCFhos 70"],
            cases.Select(c => $"{c.Cell!.Column} {c.Cell.TestSpeedKph:0}").Order(StringComparer.Ordinal).ToArray());
        foreach (var c in cases)
        {
            Assert.Equal(c.Cell!.TestSpeedKph, c.Cell.TargetSpeedKph);
            Assert.Equal(CellCriterion.HeadOnReduction2023, c.Cell.Criterion);
            Assert.Contains("euro-ncap-2023-c2c", c.Tags);
            Assert.Contains("§8.2.5", c.Clause, StringComparison.Ordinal);
            var target = c.Actors.Single(a => a.Id == "target");
            Assert.Equal(-c.Ego.SpeedKph, target.SpeedKph);
            if (c.Cell.Column == "CCFhos")
            {
                Assert.Equal(0f, target.YM);
                continue;
            }

            // CCFhol: from the oncoming lane (3.5 m left) onto the VUT's centreline, over 44 m at 50 km/h and 60 m at 70 km/h,
            // the change ending at TTC 1.5 s (closing at twice the test speed).
            var change = Assert.Single(target.Events).ChangeLane!;
            Assert.Equal(-3.5f, change.ByM!.Value);
            float lengthM = c.Ego.SpeedKph == 50f ? 44f : 60f;
            Assert.Equal(lengthM / (c.Ego.SpeedKph / 3.6f), change.DurationS, 2);
            float closingMps = 2f * c.Ego.SpeedKph / 3.6f;
            Assert.Equal(closingMps * (change.DurationS + 1.5f), target.Events[0].WhenGapM!.Value, 1);
        }
    }
}
