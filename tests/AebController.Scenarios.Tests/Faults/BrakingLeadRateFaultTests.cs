using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// Following a car at 50 km/h 12 m ahead that brakes at 6 m/s² (the campaign's ccrb-12m-6, its seed), the front radar's
/// range rate sticks, reads 1 m/s less closing, drifts at 2 m/s² or arrives 0.1 s late, from cruising or 0.1 s into the
/// warning (the campaign's moments). The oracle is the campaign judge's release rule (<see cref="ReleaseRule"/>): the same
/// drive without the fault decides when full braking was due, and the faulted run may follow its rise at most 0.1 s
/// late. Before (main f36e8c6) all six braked fully 0.2-0.3 s after the fault-free run: the need hovered just under full
/// braking's 7.0 m/s² while single lists read the lead's deceleration low (now held, HeldLeadDeceleration), and a stuck
/// rate stayed 1.2 m/s closing while the lead's own acceleration said 3.7 (now dead-reckoned, FrozenRate).
/// </summary>
public sealed class BrakingLeadRateFaultTests
{
    private static string Case(string? kind, float startS, float value) => $$"""
        {
          "name": "ccrb-12m-6.frontRadarRangeRate", "seed": 126, "durationS": 12,
          "road": { "friction": 1, "gradePercent": 0, "laneMarkings": true },
          "ego": { "speedKph": 50, "gear": "drive", "holdSpeed": true },
          "actors": [ { "id": "target", "class": "passengerCar", "gapM": 12, "yM": 0, "speedKph": 50,
                        "events": [ { "atS": 2, "accelMps2": -6 } ] } ],
          "faults": {{(kind is null ? "[]" : FaultJson.Array("frontRadarRangeRate", kind, startS, value))}},
          "end": { "whenStoppedForS": 3 },
          "expect": { "collision": false, "brakes": true }
        }
        """;

    private static ScenarioResult Run(string? kind, float startS, float value) =>
        new ScenarioRunner(AebCalibration.Default, null, WorldProfile.Realistic)
            .Run(ScenarioLoader.Parse(Case(kind, startS, value), "ccrb-12m-6.json"));

    [Theory]
    [InlineData("stuck", 0.5695f, 0f)]   // cruising
    [InlineData("delay", 0.5695f, 0.1f)] // cruising
    [InlineData("stuck", 2.5795f, 0f)]   // warning
    [InlineData("offset", 2.5795f, 1f)]  // warning
    [InlineData("drift", 2.5795f, 2f)]   // warning
    [InlineData("delay", 2.5795f, 0.1f)] // warning
    public void A_faulted_rate_brakes_fully_when_the_fault_free_run_did(string kind, float startS, float value)
    {
        var free = Run(null, 0f, 0f);
        var faulted = Run(kind, startS, value);
        Assert.False(faulted.Collided);
        ReleaseRule.AssertNoRelease(free.Trace, faulted.Trace, startS);
    }
}
