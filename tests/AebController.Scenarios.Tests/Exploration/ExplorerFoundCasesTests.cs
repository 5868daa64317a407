using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Exploration;

/// <summary>
/// The minimal cases of the failure modes `aeb explore false-activation --budget 2000` (seed 1, realistic) found in the
/// controller, kept as regressions: each braked the car fully (9.8 m/s²) for something drivable beside or in the lane —
/// clutter or a road plate whose radar track read a lateral velocity at close range (modes 2-4) or a slowly oncoming
/// speed while young (mode 1). Each file reproduced its braking bit for bit before the fix (docs/exploration.md).
/// </summary>
public class ExplorerFoundCasesTests
{
    [Theory]
    [InlineData(1, 2399657460696851L, 4.107979f, 105.136696f, "drivableClutter", 90.767395f, 0f)]
    [InlineData(2, 3318799731020476L, 6.330082f, 58.14416f, "roadPlate", 86.08698f, -2f)]
    [InlineData(3, 1398231765626566L, 4f, 37.021458f, "drivableClutter", 30.851215f, -1f)]
    [InlineData(4, 3876288037845746L, 6.197288f, 32.057796f, "roadPlate", 46.28155f, -1f)]
    // Session 8 (main 9f540f6): clutter 1 m right read 0.55 m/s away over ground for its first 3 updates (a moving target,
    // no camera needed) and braked the car fully; the young-track standing rule (forwardAeb.standingMinTrackUpdates).
    [InlineData(5, 130030961493651L, 5.304823f, 83.42771f, "drivableClutter", 99.76154f, 1f)]
    public void Drivable_things_the_explorer_found_do_not_brake_the_car(int mode, long seed, float durationS, float egoKph, string cls, float gapM, float yM)
    {
        string json = FormattableString.Invariant($$"""
            {
              "name": "false-activation-mode-0{{mode}}", "seed": {{seed}}, "durationS": {{durationS:R}},
              "ego": { "speedKph": {{egoKph:R}}, "gear": "drive", "holdSpeed": true },
              "actors": [ { "id": "thing", "class": "{{cls}}", "gapM": {{gapM:R}}, "yM": {{yM:R}}, "speedKph": 0 } ],
              "end": { "whenStoppedForS": 0 },
              "expect": { "brakes": false, "maxBrakeRequestMps2": 2.45 }
            }
            """);
        var scenario = ScenarioLoader.Parse(json, $"mode-0{mode}.json");
        var result = new ScenarioRunner(AebCalibration.Default, null, WorldProfile.Realistic).Run(scenario);
        Assert.True(result.Passed, string.Join("; ", result.Failures));
        Assert.Null(result.FirstBrakeS);
    }
}
