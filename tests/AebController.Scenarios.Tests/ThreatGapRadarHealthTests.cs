using AebController.Firmware.Calibration;
using AebController.Firmware.Signals;
using AebController.Scenarios.Loading;

namespace AebController.Scenarios.Tests;

/// <summary>
/// The independent tester's motorcycle (session 17): ego and motorcycle at 80 km/h, 2.0 s apart (44.4 m), the rider 0.9 m
/// off the centre braking at 6 m/s² to a stop from 2 s. No fault is injected, so a radar diagnostic is wrong whatever the
/// seed; and it is avoidable by hand: the bike stops 41.2 m on (22.2² / 12), the ego braking at 9.8 m/s² needs 25.2 m, so
/// braking may start as late as (44.4 + 41.2 − 25.2 − 22.2 × 0.2 latency) / 22.2 = 2.5 s after the bike starts to brake.
/// In seed 1239 the bike was the threat in the first lists, not while it cruised, and again from 3.2 s; the threat's
/// range-rate check integrated its new closing over the 3 s it was not fed, faulted the healthy radar and the bike was hit
/// at 45 km/h (RangeRateAgreement's gap rule).
/// </summary>
public sealed class ThreatGapRadarHealthTests
{
    private const string Json = """
        {
          "name": "adv-mc-brake-80-hw2-d6-y0.9", "seed": 1239, "durationS": 14,
          "ego": { "speedKph": 80, "gear": "drive", "holdSpeed": true },
          "actors": [ { "id": "bike", "class": "motorcycle", "gapM": 44.444, "yM": 0.9, "speedKph": 80,
                        "events": [ { "atS": 2, "accelMps2": -6 } ] } ],
          "end": { "whenStoppedForS": 1 },
          "expect": { "collision": false, "brakes": true }
        }
        """;

    [Fact]
    public void A_motorcycle_that_becomes_the_threat_again_keeps_the_radar_healthy_and_is_avoided()
    {
        var scenario = ScenarioLoader.Parse(Json, "mc.json");
        for (ulong s = 1230; s < 1250; s++)
        {
            var result = CatalogRun.Seeded(scenario, s, AebCalibration.Default);
            Assert.True((result.Diagnostics & DiagnosticCode.RadarRangeInconsistent) == 0, $"seed {s}: {result.Diagnostics} with no fault injected");
            Assert.False(result.Collided, $"seed {s}: hit at {result.ImpactSpeedKph} km/h");
        }
    }
}
