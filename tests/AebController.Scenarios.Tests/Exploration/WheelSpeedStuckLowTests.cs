using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Exploration;

/// <summary>
/// The minimal case `aeb explore faults --budget 2000 --seed 2` (realistic, main ef4da3b) found: at 70 km/h toward a
/// standing car 58.3 m ahead (TTC 3 s), full braking from 1.04 s; from 1.2 s to 1.7 s the wheel speed reads 2 m/s. The
/// jump and then the stuck reading were found (WheelSpeedImplausible, WheelSpeedFrozen), but the speed estimate
/// restarted from the stuck 2 m/s slowed by the brakes, i.e. 0: the carried threat stopped closing and braking was
/// released at 49 km/h, impact 24.7 km/h. By hand: the car travels 19.44 × 1.24 = 24.1 m before the brakes bite
/// (command at 1.04 s + 0.2 s latency) and 19.44² / (2 × 9.8) = 19.3 m braking, 43.4 m in all, short of 58.3 m:
/// only a release can hit. The oracle is the rule itself: facing a standing car, the brake request never falls while the car moves.
/// </summary>
public class WheelSpeedStuckLowTests
{
    private const string Case = """
        {
          "name": "faults-wheel-stuck-low", "seed": 2, "durationS": 6,
          "ego": { "speedKph": 70, "gear": "drive", "holdSpeed": true },
          "actors": [ { "id": "target", "class": "passengerCar", "gapM": 58.333332, "speedKph": 0 } ],
          "faults": [ { "input": "wheelSpeed", "kind": "outOfRange", "startS": 1.2, "endS": 1.7, "value": 2 } ],
          "end": { "whenStoppedForS": 0.3 },
          "expect": { "collision": false }
        }
        """;

    [Fact]
    public void A_wheel_speed_stuck_low_during_full_braking_never_releases_the_brake_before_the_car_stops()
    {
        var result = new ScenarioRunner(AebCalibration.Default, null, WorldProfile.Realistic).Run(ScenarioLoader.Parse(Case, "faults-wheel-stuck-low.json"));
        Assert.True(result.Passed, string.Join("; ", result.Failures));
        float peak = 0f;
        foreach (var c in result.Trace)
        {
            if (c.EgoSpeedKph < 1f) break;
            if (peak > 0f) Assert.True(c.BrakeRequestMps2 >= peak, $"{c.TimeS} s: request {c.BrakeRequestMps2} below {peak} at {c.EgoSpeedKph} km/h");
            peak = MathF.Max(peak, c.BrakeRequestMps2);
        }
    }
}
