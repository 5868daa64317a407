using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// Closing at 50 km/h on a car standing 71.4 m ahead (the campaign's ccrs-50, its seed), the radar's range rate reads
/// +1 m/s (the car driving off at 1 m/s) from 0.56 s, while cruising, long before any threat stands. The oracle is the
/// campaign judge's release rule (<see cref="ReleaseRule"/>) against the fault-free run. Before the threat was judged at
/// its ranges' closing where they close faster than the rate (RangeSlopeExcess), the warning came 0.31 s late and partial
/// braking with it: 4.97 m/s² below the fault-free request (aeb faults at 8ec73e8). Also with the fit off, the run
/// must fail: the test bites.
/// </summary>
public sealed class RateBiasCruisingTests
{
    private const float FaultStartS = 0.5595f;

    private static string Case(bool faulted) => $$"""
        {
          "name": "ccrs-50.frontRadarRangeRate.offset", "seed": 50, "durationS": 14,
          "road": { "friction": 1, "gradePercent": 0, "laneMarkings": true },
          "ego": { "speedKph": 50, "gear": "drive", "holdSpeed": true },
          "actors": [ { "id": "target", "class": "passengerCar", "gapM": 71.44444, "yM": 0, "speedKph": 0 } ],
          "faults": {{(faulted ? FaultJson.Array("frontRadarRangeRate", "offset", FaultStartS, 1f) : "[]")}},
          "end": { "whenStoppedForS": 3 },
          "expect": { "collision": false, "brakes": true }
        }
        """;

    private static ScenarioResult Run(AebCalibration cal, bool faulted) =>
        new ScenarioRunner(cal, null, WorldProfile.Realistic).Run(ScenarioLoader.Parse(Case(faulted), "ccrs-50.json"));

    [Fact]
    public void A_rate_biased_away_while_cruising_does_not_delay_the_braking_of_a_standing_car()
    {
        var free = Run(AebCalibration.Default, faulted: false);
        var faulted = Run(AebCalibration.Default, faulted: true);
        Assert.False(faulted.Collided);
        ReleaseRule.AssertNoRelease(free.Trace, faulted.Trace, FaultStartS);
    }

    [Fact]
    public void Without_the_fit_the_same_run_releases()
    {
        var off = AebCalibration.Default with { ForwardAeb = AebCalibration.Default.ForwardAeb with { RateExcessWindowS = 0f } };
        var free = Run(off, faulted: false);
        var faulted = Run(off, faulted: true);
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => ReleaseRule.AssertNoRelease(free.Trace, faulted.Trace, FaultStartS));
    }
}
