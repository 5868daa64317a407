using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// Closing at 30 or 50 km/h on a car standing ahead (the campaign's ccrs-30 and ccrs-50, their seeds), the radar's range
/// rate drifts at +2 m/s² from 0.1 s into the warning or 50 ms into stage 1 or stage 2 of partial braking: the standing
/// car seems to drive away. The oracle is the campaign judge's release rule (<see cref="ReleaseRule"/>). Before a threat
/// that stood by its rate was judged standing while its ranges close at the ego's speed (StandingThreat), graduated
/// braking followed the rate's falling need down by 1.0-1.3 m/s² until the range-rate check found the rate 0.6-1.1 s
/// into the drift (all four failed).
/// </summary>
public sealed class StandingTargetRateFaultTests
{
    private static string Case(int speedKph, float gapM, int seed, float? driftStartS) => $$"""
        {
          "name": "ccrs-{{speedKph}}.frontRadarRangeRate.drift", "seed": {{seed}}, "durationS": 14,
          "road": { "friction": 1, "gradePercent": 0, "laneMarkings": true },
          "ego": { "speedKph": {{speedKph}}, "gear": "drive", "holdSpeed": true },
          "actors": [ { "id": "target", "class": "passengerCar", "gapM": {{gapM}}, "yM": 0, "speedKph": 0 } ],
          "faults": {{(driftStartS is { } s ? FaultJson.Array("frontRadarRangeRate", "drift", s, 2f) : "[]")}},
          "end": { "whenStoppedForS": 3 },
          "expect": { "collision": false, "brakes": true }
        }
        """;

    private static ScenarioResult Run(int speedKph, float gapM, int seed, float? driftStartS) =>
        new ScenarioRunner(AebCalibration.Default, null, WorldProfile.Realistic)
            .Run(ScenarioLoader.Parse(Case(speedKph, gapM, seed, driftStartS), $"ccrs-{speedKph}.json"));

    [Theory]
    [InlineData(30, 43.666668f, 30, 3.1495f)] // warning
    [InlineData(30, 43.666668f, 30, 3.8995f)] // stage 1
    [InlineData(30, 43.666668f, 30, 3.9095f)] // stage 2
    [InlineData(50, 71.44444f, 50, 2.3295f)]  // warning
    public void A_rate_drifting_away_does_not_ease_the_braking_of_a_standing_car(int speedKph, float gapM, int seed, float driftStartS)
    {
        var free = Run(speedKph, gapM, seed, null);
        var faulted = Run(speedKph, gapM, seed, driftStartS);
        Assert.False(faulted.Collided);
        ReleaseRule.AssertNoRelease(free.Trace, faulted.Trace, driftStartS);
    }
}
