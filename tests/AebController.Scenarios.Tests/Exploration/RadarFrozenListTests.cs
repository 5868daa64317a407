using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Firmware.Signals;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Exploration;

/// <summary>
/// A case `aeb explore faults` found (session 11, while the adversary tried a calibration change; the same on main): at
/// 20 km/h toward a standing car 18.1 m ahead (TTC 3.26 s), the front radar's whole list is stuck from 0.40 s to
/// 1.15 s. The freeze was found (FrontRadarFrozen), but the lateral agreement judged the tracks across it and latched
/// RadarLateralImplausible when the lists moved again: forward AEB degraded for the rest of the drive, no warning, no
/// braking, contact at 20 km/h. By hand the car is avoidable long after the freeze: at 1.15 s it is 18.1 − 5.56 × 1.15 =
/// 11.7 m short, and stopping from 5.56 m/s needs 5.56 × 0.2 + 5.56² / (2 × 9.8) = 2.7 m. The oracle: no contact, and
/// no lateral code for a freeze (the frozen check's finding is its own).
/// </summary>
public class RadarFrozenListTests
{
    private const string Case = """
        {
          "name": "faults-front-radar-stuck-20kph", "seed": 2090871069578039, "durationS": 6.3,
          "ego": { "speedKph": 20, "gear": "drive", "holdSpeed": true },
          "actors": [ { "id": "target", "class": "passengerCar", "gapM": 18.117054, "speedKph": 0 } ],
          "faults": [ { "input": "frontRadar", "kind": "stuck", "startS": 0.39788, "endS": 1.14788, "value": 0 } ],
          "end": { "whenStoppedForS": 0.3 },
          "expect": { "collision": false }
        }
        """;

    [Fact]
    public void A_front_radar_list_frozen_for_0_75_s_still_stops_the_car_short_of_a_standing_car()
    {
        var scenario = ScenarioLoader.Parse(Case, "faults-front-radar-stuck-20kph.json");
        for (ulong k = 0; k < 6; k++)
        {
            var result = new ScenarioRunner(AebCalibration.Default, null, WorldProfile.Realistic).Run(scenario with { Seed = scenario.Seed + k });
            Assert.False(result.Collided, $"seed +{k}: hit at {result.ImpactSpeedKph} km/h");
            Assert.NotNull(result.FirstBrakeS);
            foreach (var c in result.Trace)
            {
                Assert.True((c.Diagnostics & DiagnosticCode.RadarLateralImplausible) == 0, $"seed +{k}: {c.TimeS} s: a lateral code for a frozen list");
            }
        }
    }
}
