using AebController.Emulation.Vehicle;
using AebController.Emulation.World;
using AebController.Firmware.Signals;

namespace AebController.Scenarios.Tests.World;

/// <summary>Lines of sight from a sensor on the ego's bumper, against geometry drawn by hand.</summary>
public sealed class OcclusionTests
{
    // The ego box centre is 2.35 m behind the front bumper (4.7 m long car); the world frame puts the bumper at x = 0.
    private const float BumperX = 2.35f;

    private static SimulationWorld World(bool occlusion, params (ObjectClass cls, float x, float y, float l, float w, float h)[] things)
    {
        var actors = new Actor[things.Length];
        for (int i = 0; i < things.Length; i++)
        {
            var t = things[i];
            actors[i] = new Actor($"a{i}", t.cls, t.l, t.w, t.h, 0.5f, 0f, []);
        }

        var p = new VehicleParameters { Realism = VehicleRealism.Ideal with { Occlusion = occlusion } };
        var world = new SimulationWorld(p, actors, new RoadConditions(1f, 0f));
        for (int i = 0; i < things.Length; i++) actors[i].Reset(things[i].x, things[i].y, 0f, 0f);
        world.Reset(0f, false);
        return world;
    }

    [Fact]
    public void A_child_behind_a_parked_car_is_hidden_and_one_in_the_open_is_seen()
    {
        // Parked car from x 20 to 24.5 across y −1.4 to −3.2; a child 1.15 m tall just beyond it at y −3.0 (x 25).
        // The ray from the bumper (0, 0) to the child's near edge (24.8, −2.75) is at y = −2.4 when it reaches x 21.6,
        // inside the car, and 1.15 m is below the car's 1.5 m roof: hidden. A second child at y +3 is in the open.
        var world = World(true,
            (ObjectClass.PassengerCar, 22.25f, -2.3f, 4.5f, 1.8f, 1.5f),
            (ObjectClass.Child, 25f, -3.0f, 0.4f, 0.5f, 1.15f),
            (ObjectClass.Child, 25f, 3.0f, 0.4f, 0.5f, 1.15f));
        Assert.Equal(0f, world.VisibleFraction(BumperX, 0f, 0.5f, 1));
        Assert.Equal(1f, world.VisibleFraction(BumperX, 0f, 0.5f, 2));
        Assert.Equal(1f, world.VisibleFraction(BumperX, 0f, 0.5f, 0));
    }

    [Fact]
    public void Without_occlusion_everything_is_seen()
    {
        var world = World(false,
            (ObjectClass.PassengerCar, 22.25f, -2.3f, 4.5f, 1.8f, 1.5f),
            (ObjectClass.Child, 25f, -3.0f, 0.4f, 0.5f, 1.15f));
        Assert.Equal(1f, world.VisibleFraction(BumperX, 0f, 0.5f, 1));
    }

    [Fact]
    public void A_lead_car_hides_a_stopped_car_straight_behind_it()
    {
        var world = World(true,
            (ObjectClass.PassengerCar, 30f, 0f, 4.5f, 1.8f, 1.5f),
            (ObjectClass.PassengerCar, 60f, 0f, 4.5f, 1.8f, 1.5f));
        Assert.Equal(0f, world.VisibleFraction(BumperX, 0f, 0.5f, 1));
    }

    [Fact]
    public void A_car_half_across_the_line_of_sight_hides_part_of_the_target()
    {
        // Occluder's left side on y = 0: it blocks the rays aimed at the right half of a car straight ahead.
        var world = World(true,
            (ObjectClass.PassengerCar, 30f, -0.9f, 4.5f, 1.8f, 1.5f),
            (ObjectClass.PassengerCar, 60f, 0f, 4.5f, 1.8f, 1.5f));
        float seen = world.VisibleFraction(BumperX, 0f, 0.5f, 1);
        Assert.InRange(seen, 0.3f, 0.7f);
    }

    [Fact]
    public void A_low_object_does_not_hide_a_tall_one()
    {
        // A 0.3 m block in front of a pedestrian 1.8 m tall: every ray from 0.5 m up to the head clears it.
        var world = World(true,
            (ObjectClass.TrafficCone, 10f, 0f, 0.5f, 2.0f, 0.3f),
            (ObjectClass.Pedestrian, 20f, 0f, 0.5f, 0.6f, 1.8f));
        Assert.Equal(1f, world.VisibleFraction(BumperX, 0f, 0.5f, 1));
    }

    [Fact]
    public void The_query_allocates_nothing()
    {
        var world = World(true,
            (ObjectClass.PassengerCar, 22.25f, -2.3f, 4.5f, 1.8f, 1.5f),
            (ObjectClass.Child, 25f, -3.0f, 0.4f, 0.5f, 1.15f));
        float sum = world.VisibleFraction(BumperX, 0f, 0.5f, 1);
        Action Prepare() => () =>
        {
            for (int i = 0; i < 10_000; i++) sum += world.VisibleFraction(BumperX, 0.1f * (i % 7), 0.5f, i & 1);
        };
        Assert.Equal(0, DeterministicAllocation.MinBytes(Prepare, attempts: 3, out _));
        Assert.True(sum >= 0f);
    }
}
