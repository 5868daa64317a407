using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// Closing at 50 km/h on a car standing 71 m ahead (the campaign's ccrs-50), the radar's range sticks (the last value,
/// arriving fresh) or the whole list or its range arrives 0.1 s late, during the warning or 50 ms into stage 1 of partial
/// braking. The oracle is the campaign judge's release rule (<see cref="ReleaseRule"/>). Before stage 1 braked
/// at the need (ForwardAebRules.StageOneDecel) and the threat was held at its nearest range (HeldThreatRange), each of
/// these runs stayed at stage 1 (3.8 m/s²) while the fault-free run stepped to stage 2 (4.95 m/s²), for 0.13-0.5 s.
/// </summary>
public sealed class StandingCarRangeFaultTests
{
    private static string Case(string input, string kind, float startS, float value) => $$"""
        {
          "name": "ccrs-50.{{input}}.{{kind}}", "seed": 50, "durationS": 14,
          "road": { "friction": 1, "gradePercent": 0, "laneMarkings": true },
          "ego": { "speedKph": 50, "gear": "drive", "holdSpeed": true },
          "actors": [ { "id": "target", "class": "passengerCar", "gapM": 71.44444, "yM": 0, "speedKph": 0 } ],
          "faults": {{FaultJson.Array(input, kind, startS, value)}},
          "end": { "whenStoppedForS": 3 },
          "expect": { "collision": false, "brakes": true }
        }
        """;

    private static ScenarioResult Run(string input, string kind, float startS, float value) =>
        new ScenarioRunner(AebCalibration.Default, null, WorldProfile.Realistic).Run(ScenarioLoader.Parse(Case(input, kind, startS, value), input + ".json"));

    [Theory]
    [InlineData("frontRadarRange", "stuck", 3.0795f, 0f)]
    [InlineData("frontRadarRange", "stuck", 3.2395f, 0f)]
    [InlineData("frontRadarRange", "delay", 3.0795f, 0.1f)]
    [InlineData("frontRadarRange", "delay", 2.3295f, 0.1f)]
    [InlineData("frontRadar", "delay", 3.0795f, 0.1f)]
    [InlineData("frontRadar", "delay", 2.3295f, 0.1f)]
    public void A_range_fault_does_not_ease_the_braking_of_a_standing_car(string input, string kind, float startS, float value)
    {
        var free = Run("none", "none", 0f, 0f).Trace;
        var faulted = Run(input, kind, startS, value);
        Assert.False(faulted.Collided);
        ReleaseRule.AssertNoRelease(free, faulted.Trace, startS);
    }
}
