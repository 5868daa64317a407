using AebController.Emulation.Profiles;
using AebController.Emulation.Vehicle;
using AebController.Firmware.Signals;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.World;

/// <summary>The pure-pursuit driver on a bend: on a circle pure pursuit's steady state is the circle itself (Coulter 1992).</summary>
public sealed class LaneKeepingTests
{
    [Fact]
    public void The_ego_follows_a_bend_of_radius_200_m_in_its_lane()
    {
        // 60 m straight, then a left arc of radius 200 m; lane −1 is centred on the reference line (default lanes).
        const string json = """
            {
              "name": "bend", "durationS": 20,
              "road": { "geometry": [ { "sM": 0, "xM": -60, "yM": 0, "lengthM": 60, "type": "line" },
                                      { "sM": 60, "xM": 0, "yM": 0, "lengthM": 600, "type": "arc", "curvaturePerM": 0.005 } ] },
              "ego": { "speedKph": 72, "gear": "drive", "holdSpeed": true },
              "driver": { "laneKeeping": { "laneId": -1 } }
            }
            """;
        var s = ScenarioLoader.Parse(json, "bend.json");
        var hal = ScenarioBuild.CreateHal(s, new VehicleParameters(), WorldProfile.Ideal);
        var world = hal.World;
        var controls = new DriverControls { Gear = Gear.Drive };
        float worst = 0f;
        for (int i = 0; i < 12_000; i++)
        {
            world.Step(controls, 0f, 1f);
            world.RoadModel.ReferenceLine.FromWorld(world.Ego.XM, world.Ego.YM, out double along, out double t);
            // After the first 3 s in the bend (entry transient), the rear axle stays on the lane centre.
            if (along > 60 + 3 * 20) worst = MathF.Max(worst, MathF.Abs((float)t));
        }

        Assert.True(worst < 0.15f, $"the ego strayed {worst} m from the lane centre");
        // 20 m/s on radius 200 m: yaw rate v / R = 0.1 rad/s, lateral acceleration v² / R = 2 m/s².
        Assert.Equal(0.1f, world.Ego.YawRateRps, 2);
        Assert.Equal(2f, world.Ego.LateralAccelMps2, 1);
    }
}
