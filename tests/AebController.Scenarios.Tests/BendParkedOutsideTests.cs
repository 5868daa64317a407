using AebController.Firmware.Calibration;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.Tests;

/// <summary>
/// A car parked on the outside shoulder of a 40 m left bend, entered at 30 km/h by a lane-keeping driver (realistic world,
/// tests/adversarial/bend-parked-outside). By hand: the parked car's centre is on the radius 40 + 3.2 m, its inner side
/// on 42.3 m, the ego's outer side on 40.925 m, so following the lane the ego passes 1.375 m clear of it; nothing may warn
/// or brake. Entering the bend the steering (κ ≈ 0.014 1/m) departs from the road's curvature the turn rule learns from
/// the yaw rate over 2 s (still the straight's), the rule took it for a left turn off the road, withdrew the camera's lane
/// and the lagging yaw-rate circle ran onto the car: full braking in every seed (<see cref="AebController.Firmware.Perception.LaneBendSteering"/>).
/// The counterpart, a car stopped in the lane of the same bends, is <c>TightBendLaneClosedLoopTests</c>.
/// </summary>
public sealed class BendParkedOutsideTests
{
    private const int Seeds = 8;

    private static ScenarioDefinition Case(string name)
    {
        string path = Path.Combine(RepositoryRoot.Path, "tests", "adversarial", "bend-parked-outside.matrix.json");
        var cases = AebController.Scenarios.Matrix.ScenarioMatrix.Expand(File.ReadAllText(path), path);
        return cases.Single(c => c.Name == name);
    }

    [Theory]
    [InlineData("fa-bend-parked-outside-30-r40-left")]
    [InlineData("fa-bend-parked-outside-30-r40-right")]
    [InlineData("fa-bend-parked-outside-30-r60-left")]
    public void A_car_parked_on_the_outside_of_a_tight_bend_is_not_warned_or_braked_for(string name)
    {
        var scenario = Case(name);
        for (ulong s = 0; s < Seeds; s++)
        {
            var result = CatalogRun.Seeded(scenario, scenario.Seed + s, AebCalibration.Default);
            Assert.True(result.FirstWarningS is null && result.FirstBrakeS is null,
                $"{name} seed +{s}: warned at {result.FirstWarningS} s, braked at {result.FirstBrakeS} s for a parked car 1.4 m clear of the lane");
        }
    }
}
