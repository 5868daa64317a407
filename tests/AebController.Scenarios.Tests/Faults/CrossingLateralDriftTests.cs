using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// At 40 km/h a pedestrian crosses from 4 m left at 1.39 m/s (the campaign's cpna-40, its seed); the front radar's lateral
/// position drifts at +0.5 m/s (the campaign's drift, toward her direction of walking) or jumps by +3 m for one list,
/// from 0.1 s into the warning (the campaign's moment). The oracle is the campaign judge's release rule
/// (<see cref="ReleaseRule"/>): the same drive without the fault decides how long braking was owed. Before (main 44f1090)
/// the drift carried her out of the corridor 0.21 s before she truly left it and full braking ramped out at 5.38 s
/// against the fault-free run's 5.59 s (1 m/s² below it at 5.46 s).
/// </summary>
public sealed class CrossingLateralDriftTests
{
    private const float WarningMomentS = 3.8295f;

    /// <summary>The fault as the campaign writes it: a spike (burst) is an offset for one (two) radar lists of 50 ms.</summary>
    private static string Fault(string kind, float value) => kind switch
    {
        "none" => "[]",
        "spike" or "burst" => $$"""[{ "input": "frontRadarLateral", "kind": "offset", "startS": {{WarningMomentS}}, "endS": {{WarningMomentS + (kind == "spike" ? 0.05f : 0.1f)}}, "value": {{value}} }]""",
        _ => FaultJson.Array("frontRadarLateral", kind, WarningMomentS, value),
    };

    private static string Case(string kind, float value) => $$"""
        {
          "name": "cpna-40.frontRadarLateral", "seed": 540, "durationS": 12,
          "road": { "friction": 1, "gradePercent": 0, "laneMarkings": true },
          "ego": { "speedKph": 40, "gear": "drive", "holdSpeed": true },
          "actors": [ { "id": "crosser", "class": "pedestrian", "gapM": 66.666664, "yM": -4, "speedKph": 0,
                        "events": [ { "whenGapM": 32, "lateralSpeedMps": 1.388889, "stopAtYM": 6 } ] } ],
          "faults": {{Fault(kind, value)}},
          "end": { "whenStoppedForS": 2 },
          "expect": { "collision": false, "brakes": true }
        }
        """;

    private static ScenarioResult Run(string kind, float value) =>
        new ScenarioRunner(AebCalibration.Default, null, WorldProfile.Realistic)
            .Run(ScenarioLoader.Parse(Case(kind, value), "cpna-40.json"));

    [Theory]
    [InlineData("drift", 0.5f)]
    [InlineData("offset", 0.3f)]
    [InlineData("spike", 3f)]
    [InlineData("burst", 3f)]
    public void A_lateral_field_that_walks_off_keeps_braking_as_long_as_the_fault_free_run(string kind, float value)
    {
        var free = Run("none", 0f);
        var faulted = Run(kind, value);
        Assert.False(free.Collided);
        Assert.False(faulted.Collided);
        ReleaseRule.AssertNoRelease(free.Trace, faulted.Trace, WarningMomentS);
    }
}
