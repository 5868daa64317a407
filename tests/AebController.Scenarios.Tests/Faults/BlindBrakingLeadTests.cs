using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// Following a car at 50 km/h 12 m ahead that brakes at 6 m/s² (the campaign's ccrb-12m-6), the front radar's list goes
/// silent or freezes 0.1 s into the warning: the threat is carried blind. The oracle is the campaign judge's
/// (docs/faults.md): the same drive without the fault decides when full braking was due, and a faulted run may follow
/// a rise of the request at most ReleaseLagS (0.1 s) late. Before a blind lead's deceleration went on building and a
/// blind need waived the warning lead from blindCriticalDecelMps2, both braked fully at 3.28 s against 2.97 s.
/// </summary>
public sealed class BlindBrakingLeadTests
{
    private const float ReleaseLagS = 0.1f;
    private const float FullMps2 = 9.0f;

    private static string Case(string kind) => $$"""
        {
          "name": "ccrb-12m-6.frontRadar.{{kind}}", "seed": 126, "durationS": 12,
          "road": { "friction": 1, "gradePercent": 0, "laneMarkings": true },
          "ego": { "speedKph": 50, "gear": "drive", "holdSpeed": true },
          "actors": [ { "id": "target", "class": "passengerCar", "gapM": 12, "yM": 0, "speedKph": 50,
                        "events": [ { "atS": 2, "accelMps2": -6 } ] } ],
          "faults": [{{(kind == "none" ? "" : $$"""{ "input": "frontRadar", "kind": "{{kind}}", "startS": 2.5795, "value": 0 }""")}}],
          "end": { "whenStoppedForS": 3 },
          "expect": { "collision": false, "brakes": true }
        }
        """;

    private static ScenarioResult Run(string kind) =>
        new ScenarioRunner(AebCalibration.Default, null, WorldProfile.Realistic).Run(ScenarioLoader.Parse(Case(kind), kind + ".json"));

    private static float FirstFullS(ScenarioResult r) => r.Trace.First(c => c.BrakeRequestMps2 >= FullMps2).TimeS;

    [Theory]
    [InlineData("stale")]
    [InlineData("stuck")]
    public void A_silent_or_frozen_radar_brakes_fully_when_the_seen_lead_did(string kind)
    {
        var free = Run("none");
        var faulted = Run(kind);
        Assert.False(faulted.Collided);
        Assert.InRange(FirstFullS(faulted), 0f, FirstFullS(free) + ReleaseLagS);
    }
}
