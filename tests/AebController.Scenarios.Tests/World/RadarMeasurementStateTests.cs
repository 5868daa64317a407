using AebController.Emulation.Profiles;
using AebController.Emulation.Sensors;
using AebController.Emulation.Vehicle;
using AebController.Emulation.World;
using AebController.Firmware.Signals;
using Xunit;

namespace AebController.Scenarios.Tests.World;

/// <summary>
/// Each object of the radar's list says what this cycle's detections did for it, as the Continental ARS 408's object
/// quality message does (Obj_MeasState: new, measured, predicted; docs/sensors.md R5): new in its first list, measured
/// when a detection of this cycle was associated with it, predicted while the tracker coasts it. Oracle: the world's own
/// line of sight (<see cref="SimulationWorld.VisibleFraction"/>, checked against hand geometry in <see cref="OcclusionTests"/>):
/// a child walking behind a parked car returns nothing while wholly hidden, so every list measured then can only predict
/// it; the ideal radar lists only what it detects.
/// </summary>
public sealed class RadarMeasurementStateTests
{
    private const int ChildIndex = 1;
    private const float ChildWidthM = 0.5f;

    private sealed record Listed(RadarTrack Track, bool Hidden);

    /// <summary>
    /// A parked car (x 20-24.5 m, y −3.2 to −1.4 m, 1.5 m tall) and a child (1.15 m tall, 0.5 m wide, its centre 25 m ahead)
    /// walking from 7 m right of the path to the left at 1.2 m/s: it passes behind the car (OcclusionTests: hidden at y −3).
    /// Every list's child tracks (told by their 0.5 m width) with whether the child was wholly hidden when the list was measured.
    /// </summary>
    private static List<Listed> Walk(RadarParameters p, int lists)
    {
        var vehicle = new VehicleParameters { Realism = VehicleRealism.Ideal with { Occlusion = true } };
        var car = new Actor("parked", ObjectClass.PassengerCar, 4.5f, 1.8f, 1.5f, 0.5f, 10f, []);
        var child = new Actor("child", ObjectClass.Child, 0.4f, ChildWidthM, 1.15f, 0.5f, -10f, []);
        var world = new SimulationWorld(vehicle, [car, child], new RoadConditions(1f, 0f));
        car.Reset(22.25f, -2.3f, 0f, 0f);
        child.Reset(25f, -7f, 0f, 1.2f);
        world.Reset(0f, false);
        var radar = new RadarModel(p, SensorMount.Front, 11);
        var hiddenAt = new Dictionary<long, bool>();
        var listed = new List<Listed>();
        var list = default(RadarObjectList);
        long lastAge = long.MaxValue;
        for (int cycle = 0, seen = 0; seen < lists && cycle < 100 * lists; cycle++)
        {
            world.Step(default, 0f, 1f);
            hiddenAt[world.TimeUs] = world.VisibleFraction(0.5f * vehicle.LengthM, 0f, RadarModel.MountHeightM, ChildIndex) <= 0f;
            radar.Tick(world);
            radar.Publish(ref list, world.TimeUs);
            bool fresh = list.AgeUs < lastAge && list.AgeUs < SignalAge.Never;
            lastAge = list.AgeUs;
            if (!fresh) continue;
            seen++;
            bool hidden = hiddenAt[world.TimeUs - list.AgeUs];
            for (int i = 0; i < list.Count; i++)
            {
                if (MathF.Abs(list.Tracks[i].WidthM - ChildWidthM) < 0.01f) listed.Add(new Listed(list.Tracks[i], hidden));
            }
        }

        return listed;
    }

    private static RadarParameters Realistic => WorldProfile.Realistic.FrontRadar with
    {
        IdSwapProbability = 0f, GhostProbability = 0f, ClutterSpacingM = 0f,
    };

    [Fact]
    public void A_child_hidden_by_a_parked_car_is_only_predicted_until_the_radar_drops_it()
    {
        var listed = Walk(Realistic, 160);
        var hidden = listed.Where(l => l.Hidden).ToList();
        Assert.NotEmpty(hidden);
        Assert.All(hidden, l => Assert.Equal(RadarMeasurementState.Predicted, l.Track.MeasurementState));
        // Coasting is bounded: no more hidden lists than the profile's coastUpdates per disappearance (one here).
        Assert.InRange(hidden.Count, 1, Realistic.CoastUpdates);
        Assert.Contains(listed, l => !l.Hidden && l.Track.MeasurementState == RadarMeasurementState.Measured);
    }

    [Fact]
    public void Each_track_is_new_in_its_first_list_only()
    {
        var listed = Walk(Realistic, 160);
        foreach (var byId in listed.GroupBy(l => l.Track.Id))
        {
            var states = byId.Select(l => l.Track.MeasurementState).ToList();
            Assert.Equal(RadarMeasurementState.New, states[0]);
            Assert.DoesNotContain(RadarMeasurementState.New, states.Skip(1));
        }

        // The child comes out beyond the car: a second track, born again (the radar re-initiates with a new id).
        Assert.True(listed.Select(l => l.Track.Id).Distinct().Count() >= 2, "the child was not tracked again beyond the car");
    }

    [Fact]
    public void The_ideal_radar_lists_only_what_it_detects()
    {
        var listed = Walk(WorldProfile.Ideal.FrontRadar, 160);
        Assert.NotEmpty(listed);
        Assert.DoesNotContain(listed, l => l.Hidden);
        Assert.DoesNotContain(listed, l => l.Track.MeasurementState == RadarMeasurementState.Predicted);
    }
}
