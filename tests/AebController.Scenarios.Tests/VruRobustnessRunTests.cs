using AebController.Scenarios.Catalog;
using AebController.Scenarios.Model;
using AebController.Scenarios.Scoring.Protocols;

namespace AebController.Scenarios.Tests;

/// <summary>
/// The CBNA, CBFA, CPNA day and CPFA day robustness runs (FC v1.1 §4.2.2; the rating calculator's conditions:
/// Trajectory/Heading ±20° rotation around the impact point, Initial position offset −25 % of the distance to the impact
/// point) by hand kinematics: the crosser still reaches the nominal cell's impact point when the VUT's front does, from
/// the nominal cell's distance d to that point (the cyclists' steady-state D, 17 m and 22 m; the pedestrians' start
/// 4.0 m right / 6.0 m left of the centreline, less the impact location's offset) along a line turned by ±20°, or from
/// 0.75 d on the nominal line.
/// </summary>
public sealed class VruRobustnessRunTests
{
    [Theory]
    [InlineData("CBNA", 15f, 2)]
    [InlineData("CBFA", 20f, 2)]
    [InlineData("CPNA day", 5f, 3)]
    [InlineData("CPFA day", 8f, 1)]
    public void The_crosser_meets_the_vut_at_the_nominal_impact_point(string scenario, float crosserKph, int standardColumns)
    {
        var runs = ScenarioCatalog.Builtin.WithTag("euro-ncap-2026-robustness")
            .Where(s => s.Cell?.Scenario == scenario && s.Cell.Robustness is not null).ToList();
        // The standard columns × 6 speeds, each under +20°, −20° and the −25 % offset.
        Assert.Equal(standardColumns * 6 * 3, runs.Count);
        foreach (var s in runs)
        {
            var r = s.Cell!.Robustness!;
            Assert.True(ScenarioCatalog.Builtin.TryGet(r.Nominal, out var nominal), r.Nominal);
            Assert.Equal(s.Cell.ImpactLocationPct, nominal.Cell!.ImpactLocationPct);
            Assert.Equal(s.Cell.TestSpeedKph, nominal.Cell.TestSpeedKph);
            Assert.Contains(r.Condition, Robustness.Conditions(r.Layer, scenario).Select(c => c.Condition));

            var a = s.Actors.Single(x => x.Id == "crosser");
            var e = Assert.Single(a.Events);
            float egoMps = s.Ego.SpeedKph / 3.6f;
            float vxMps = (e.TargetSpeedKph ?? 0f) / 3.6f, vyMps = e.LateralSpeedMps!.Value;
            // The nominal impact point: the nominal crosser's x (it crosses square to the road) and the impact location's y.
            var nominalCrosser = nominal.Actors.Single(x => x.Id == "crosser");
            float impactXM = nominalCrosser.GapM!.Value;
            float impactYM = (s.Cell.ImpactLocationPct!.Value / 100f - 0.5f) * 1.85f;
            float setOffS = (a.GapM!.Value - e.WhenGapM!.Value) / egoMps;
            float meetS = impactXM / egoMps;
            float xM = a.GapM.Value + vxMps * (meetS - setOffS), yM = a.YM + vyMps * (meetS - setOffS);
            Assert.Equal(impactXM, xM, 1);
            Assert.Equal(impactYM, yM, 1);
            Assert.Equal(crosserKph / 3.6f, MathF.Sqrt(vxMps * vxMps + vyMps * vyMps), 2);
            float nominalDistanceM = MathF.Abs(nominalCrosser.YM - impactYM);

            float startM = MathF.Sqrt(MathF.Pow(a.GapM.Value - impactXM, 2) + MathF.Pow(a.YM - impactYM, 2));
            float turnedDeg = MathF.Atan2(MathF.Abs(vxMps), MathF.Abs(vyMps)) * 180f / MathF.PI;
            if (r.Layer == RobustnessLayer.TrajectoryHeading)
            {
                Assert.Equal(nominalDistanceM, startM, 1);
                Assert.Equal(20f, turnedDeg, 1);
            }
            else
            {
                Assert.Equal(RobustnessLayer.InitialPositionOffset, r.Layer);
                Assert.Equal(0.75f * nominalDistanceM, startM, 1);
                Assert.Equal(0f, turnedDeg, 1);
            }
        }
    }
}
