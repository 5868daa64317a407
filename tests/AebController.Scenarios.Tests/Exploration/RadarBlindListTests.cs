using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Exploration;

/// <summary>
/// The minimal case `aeb explore faults --budget 2000` (seed 1, realistic, main 4726e5d) found: at 20 km/h toward a
/// standing car 15.6 m ahead (TTC 2.8 s), the front radar sends fresh lists with nothing in them for 1 s from 1.54 s,
/// 7 m short of the car, during the warning. The warning dropped; the radar found the car again 1.1 m out and the car hit
/// it at 16 km/h. By hand: 5.56 m/s needs 5.56² / (2 × 9.8) = 1.6 m plus 0.2 s × 5.56 = 1.1 m of latency to stop, so
/// from 7 m the carried threat stops it with room; from 1.1 m nothing can. The camera still saw the car all along.
/// </summary>
public class RadarBlindListTests
{
    private const string Case = """
        {
          "name": "faults-mode-01", "seed": 1252267417600933, "durationS": 5.8,
          "ego": { "speedKph": 20, "gear": "drive", "holdSpeed": true },
          "actors": [ { "id": "target", "class": "passengerCar", "gapM": 15.555556, "speedKph": 0 } ],
          "faults": [
            { "input": "frontRadar", "kind": "dropout", "startS": 1.541025, "endS": 2.541025 }
          ],
          "end": { "whenStoppedForS": 0.3 },
          "expect": { "collision": false }
        }
        """;

    [Fact]
    public void A_radar_listing_nothing_in_front_of_a_car_the_camera_sees_keeps_the_threat_and_stops_short()
    {
        var result = new ScenarioRunner(AebCalibration.Default, null, WorldProfile.Realistic).Run(ScenarioLoader.Parse(Case, "faults-mode-01.json"));
        Assert.True(result.Passed, string.Join("; ", result.Failures));
        Assert.NotNull(result.FirstBrakeS);
        Assert.True(result.FirstBrakeS < 2.541025f, $"first brake {result.FirstBrakeS} s: braked only after the radar came back");
    }
}
