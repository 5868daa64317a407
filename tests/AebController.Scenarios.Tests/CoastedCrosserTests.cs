using AebController.Scenarios.Loading;

namespace AebController.Scenarios.Tests;

/// <summary>
/// A cyclist standing between two cars parked along the VUT's road (y −2.3 m, 6 m before and 1.5 m beyond it) sets off
/// at 10 km/h from 4.5 m off the centre line towards the 10 % impact location, VUT 50 km/h, realistic world: it is hidden
/// from the radar's low mount by the parked car ahead of it after 2-3 detections; the radar then coasts its track,
/// saying so per object (measured / predicted, as the ARS 408's Obj_MeasState does; docs/sensors.md). In seed 5865 the
/// measured lists read 0.00, 0.93, 1.14 m/s across and the three predicted ones repeated 1.14: kept as samples, the
/// repeats flattened the onset slope, and the camera alone braked at 5.12 s (contact 6.3 km/h, main f36e8c6). Judged
/// on its measured lists, the coasted track is an onset threat from the first predicted list. This was the catalog's
/// ncap26-cbnao-50-il10 until 2026-11-27 (the catalog now has the protocol's junction layout, docs/conformance.md); the
/// layout is kept here because it is the case that hides a crosser after it has been seen moving. No contact is the
/// oracle.
/// </summary>
public sealed class CoastedCrosserTests
{
    private const string Json = """
        {
          "name": "coasted-cyclist-50-il10", "seed": 5865, "durationS": 12,
          "ego": { "speedKph": 50, "gear": "drive", "holdSpeed": true },
          "actors": [
            { "id": "crosser", "class": "cyclist", "gapM": 83.3333, "yM": -4.5, "speedKph": 0, "lengthM": 0.6, "widthM": 1.8,
              "events": [ { "whenGapM": 18.8, "lateralSpeedMps": 2.7778, "stopAtYM": 6 } ] },
            { "id": "parked-1", "class": "passengerCar", "gapM": 77.3333, "yM": -2.3, "speedKph": 0 },
            { "id": "parked-2", "class": "passengerCar", "gapM": 84.8333, "yM": -2.3, "speedKph": 0 }
          ],
          "end": { "whenStoppedForS": 2 },
          "expect": { "collision": false }
        }
        """;

    [Fact]
    public void A_cyclist_hidden_after_setting_off_is_braked_for_in_time()
    {
        var scenario = ScenarioLoader.Parse(Json, "coasted-cyclist-50-il10");
        var result = CatalogRun.Seeded(scenario);
        Assert.False(result.Collided, $"seed 5865: hit at {result.ImpactSpeedKph} km/h, first brake {result.FirstBrakeS} s");
        Assert.Empty(result.Failures);
    }
}
