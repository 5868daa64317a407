using AebController.Scenarios.Model;

namespace AebController.Scenarios.Tests;

/// <summary>
/// Hand kinematics of a crossing-car case (Euro NCAP CCCscp, 2023 and 2026): without braking the VUT's front centre
/// strikes the target's side at 25 % of the target's length from its front.
/// </summary>
internal static class CrossingImpactGeometry
{
    public static void AssertQuarterLengthImpact(ScenarioDefinition s)
    {
        var target = s.Actors.Single(a => a.Id == "target");
        float laneXM = target.Path![0].XM, startYM = target.Path[0].YM, side = MathF.Sign(startYM);
        Assert.Equal(laneXM, target.Path[1].XM);
        // The VUT's bumper starts at x = 0 and reaches the GVT's near side (its centreline less half its width) at tS.
        float tS = (laneXM - target.WidthM!.Value / 2f) / (s.Ego.SpeedKph / 3.6f);
        float centreYM = startYM - side * target.SpeedKph / 3.6f * tS;
        // The GVT's centre is then a quarter of its length past the VUT's centreline: its front is 25 % of its length beyond.
        Assert.Equal(side * target.LengthM!.Value / 4f, centreYM, 2);
    }
}
