using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Exploration;

/// <summary>
/// The pillar case of `aeb explore low-speed-obstacles` (docs/exploration.md): a 0.4 m pillar 1 m off the centre line,
/// driven at 12.5-16 km/h from TTC 2.5 s. By hand it is in the swept path: the 1.85 m car's half width (0.925 m) plus the
/// pillar's half width (0.2 m) exceeds its 1 m offset by 0.125 m, so driving on means contact. Forward AEB's corridor asks
/// more overlap than that at these speeds, and the low-speed function stopped at 12 km/h: every seed hit the pillar. The
/// oracle is the geometry (no contact is the only right outcome) and the sensor's reach.
/// </summary>
public sealed class PillarCornerTests
{
    private static string Case(float speedKph) => $$"""
        {
          "name": "pillar-corner-{{speedKph}}", "seed": 2199802759464106, "durationS": 5,
          "ego": { "speedKph": {{speedKph}}, "gear": "drive", "holdSpeed": true },
          "actors": [ { "id": "obstacle", "class": "pillar", "gapM": {{speedKph / 3.6f * 2.5f}}, "yM": 1, "speedKph": 0 } ],
          "end": { "whenStoppedForS": 0.3 },
          "expect": { "collision": false }
        }
        """;

    [Theory]
    [InlineData(12.5f)]
    [InlineData(14f)]
    [InlineData(15f)]
    [InlineData(16f)]
    public void A_pillar_overlapping_the_corner_is_not_hit(float speedKph)
    {
        var scenario = ScenarioLoader.Parse(Case(speedKph), $"pillar-corner-{speedKph}.json");
        for (int seed = 0; seed < 3; seed++)
        {
            var result = new ScenarioRunner(AebCalibration.Default, null, WorldProfile.Realistic).Run(scenario with { Seed = scenario.Seed + (ulong)seed });
            Assert.False(result.Collided, $"{speedKph} km/h, seed +{seed}: hit at {result.ImpactSpeedKph} km/h");
        }
    }

    /// <summary>
    /// The top speed of the low-speed forward function is one the front ultrasonics can serve: an echo first seen at their
    /// 4 m reach (Elmos E524, docs/sensors.md), confirmed over 2 measurements of 96 ms, must leave room to stop at the
    /// function's latency and maximum deceleration short of its stop margin.
    /// </summary>
    [Fact]
    public void The_low_speed_forward_top_speed_lets_the_ultrasonics_stop_the_car()
    {
        var cal = AebCalibration.Default.LowSpeedForward;
        float v = cal.MaxSpeedMps;
        float neededM = cal.StopMarginM + v * (cal.BrakeLatencyS + 2 * 0.096f) + v * v / (2f * cal.MaxBrakeDecelMps2);
        Assert.True(neededM <= 4.0f, $"{v * 3.6f} km/h needs {neededM} m");
        Assert.True(v >= 16f / 3.6f, "the explore space's 16 km/h");
    }
}
