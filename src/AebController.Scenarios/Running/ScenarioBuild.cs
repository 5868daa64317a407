using AebController.Emulation;
using AebController.Emulation.Driver;
using AebController.Emulation.Faults;
using AebController.Emulation.Profiles;
using AebController.Emulation.Vehicle;
using AebController.Emulation.World;
using AebController.Firmware.Signals;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.Running;

/// <summary>Turns a scenario definition into a ready emulated vehicle: world, actors, driver, faults.</summary>
public static class ScenarioBuild
{
    /// <param name="world">
    /// Sensor models and vehicle realism to use; null = the realistic world (the default everywhere). The
    /// profile's vehicle section replaces <paramref name="vehicle"/>'s realism switches: one switch, one world.
    /// </param>
    public static EmulatedVehicleHal CreateHal(ScenarioDefinition s, VehicleParameters vehicle, WorldProfile? world = null)
    {
        var profile = world ?? WorldProfile.Realistic;
        vehicle = vehicle with { Realism = profile.Vehicle };
        var roadModel = RoadBuild.From(s.Road, s.Name);
        var actors = new Actor[s.Actors.Length];
        for (int i = 0; i < actors.Length; i++)
        {
            var a = s.Actors[i];
            var shape = ClassDefaults.For(a.Class);
            var events = new ActorEvent[a.Events.Length];
            for (int k = 0; k < events.Length; k++)
            {
                var e = a.Events[k];
                var change = e.ChangeLane;
                events[k] = new ActorEvent(e.AtS, e.WhenGapM, e.AccelMps2, e.TargetSpeedKph / 3.6f, e.LateralSpeedMps, e.StopAtYM,
                    change?.ToLaneId, change?.ByM, change?.DurationS ?? 0f, change?.Shape ?? LaneChangeShape.Sinusoidal);
            }

            actors[i] = new Actor(a.Id, a.Class, a.LengthM ?? shape.LengthM, a.WidthM ?? shape.WidthM, a.HeightM ?? shape.HeightM,
                a.ElevationM ?? shape.ElevationM, a.RcsDbsm ?? shape.RcsDbsm, events) { RadarVisible = a.RadarVisible ?? true };
            if (a.HeadingDeg is float heading) actors[i].SetFixedHeading(heading * MathF.PI / 180f);
            if (a.Path is { Length: > 0 } path) actors[i].FollowLine(RoadBuild.Path(path, $"actors[{i}].path", s.Name), null, 0);
            else if (a.LaneId is int lane) actors[i].FollowLine(roadModel.ReferenceLine, roadModel, lane);
        }

        var road = new RoadConditions(s.Road.Friction, MathF.Atan(s.Road.GradePercent / 100f));
        var simulation = new SimulationWorld(vehicle, actors, road, roadModel) { Friction = CreateFrictionMap(s.Road), LaneMarkings = s.Road.LaneMarkings };
        if (s.Driver.LaneKeeping is { } keep)
        {
            simulation.LaneKeeping = new LaneKeepingDriver(roadModel, keep.LaneId, keep.LookaheadS, keep.MinLookaheadM);
        }

        var hal = new EmulatedVehicleHal(simulation, CreateDriver(s), CreateFaults(s), s.Seed, profile);
        hal.Lighting = s.Lighting;
        Reset(hal, s);
        return hal;
    }

    /// <summary>Puts the world back to the scenario's start, so a worker can rerun it without allocating a new one.</summary>
    public static void Reset(EmulatedVehicleHal hal, ScenarioDefinition s)
    {
        bool reverse = s.Ego.Gear == Gear.Reverse;
        var world = hal.World;
        var vehicle = world.Ego.Parameters;
        world.Ego.HoldSpeedMps = s.Ego.HoldSpeed ? s.Ego.SpeedKph / 3.6f : null;
        for (int i = 0; i < s.Actors.Length; i++)
        {
            var a = s.Actors[i];
            var actor = world.ActorAt(i);
            if (a.Path is { Length: > 0 })
            {
                actor.ResetOnLine(0, 0, a.SpeedKph / 3.6f, a.LateralSpeedMps, 0);
                continue;
            }

            float x = a.GapM is float gap ? gap + 0.5f * actor.LengthM
                : a.RearGapM is float rear ? -vehicle.LengthM - rear - 0.5f * actor.LengthM
                : a.XM!.Value;
            if (a.LaneId is int lane)
            {
                // Along the road: the ego's front bumper starts at the origin; gaps count along the reference line.
                world.RoadModel.FromWorld(0, 0, out double egoS, out _);
                actor.ResetOnLine(egoS + x, a.LaneOffsetM, a.SpeedKph / 3.6f, a.LateralSpeedMps, lane);
                continue;
            }

            actor.Reset(x, a.YM, a.SpeedKph / 3.6f, a.LateralSpeedMps);
        }

        hal.Reset(s.Ego.SpeedKph / 3.6f, reverse);
        world.Ego.HoldSpeedMps = s.Ego.HoldSpeed ? s.Ego.SpeedKph / 3.6f : null;
    }

    private static DriverScript CreateDriver(ScenarioDefinition s)
    {
        var d = s.Driver;
        var gearFrames = new Keyframe[d.Gear.Length + 1];
        gearFrames[0] = new Keyframe(0f, (float)s.Ego.Gear);
        for (int i = 0; i < d.Gear.Length; i++) gearFrames[i + 1] = new Keyframe(d.Gear[i].T, (float)d.Gear[i].Gear);
        DriverReaction? reaction = d.Reaction is { } r
            ? new DriverReaction(r.AfterWarningS, r.Brake, r.Accelerator, r.SteeringDeg, r.SteeringRampS, r.AcceleratorRampS)
            : null;
        return new DriverScript(Track(d.Accelerator), Track(d.Brake), Track(d.SteeringDeg), new KeyframeTrack(gearFrames), reaction);
    }

    private static KeyframeTrack Track(KeyframeDefinition[] frames)
    {
        var result = new Keyframe[frames.Length];
        for (int i = 0; i < frames.Length; i++) result[i] = new Keyframe(frames[i].T, frames[i].Value);
        return new KeyframeTrack(result);
    }

    private static FrictionMap? CreateFrictionMap(RoadDefinition road)
    {
        var segments = road.FrictionSegments;
        if (segments.Length == 0) return null;
        return new FrictionMap(
            Array.ConvertAll(segments, x => x.FromM), Array.ConvertAll(segments, x => x.ToM), Array.ConvertAll(segments, x => x.Friction));
    }

    /// <summary>A fault of a scenario file as the emulator injects it (times in µs, the same conversion everywhere).</summary>
    public static InjectedFault ToInjected(FaultDefinition f)
    {
        long end = f.EndS is float e ? (long)(e * 1e6) : long.MaxValue;
        return new InjectedFault(f.Input, f.Kind, (long)(f.StartS * 1e6), end, f.Value);
    }

    private static FaultSchedule CreateFaults(ScenarioDefinition s)
    {
        if (s.Faults.Length == 0) return FaultSchedule.None;
        var faults = new InjectedFault[s.Faults.Length];
        for (int i = 0; i < faults.Length; i++)
        {
            faults[i] = ToInjected(s.Faults[i]);
        }

        return new FaultSchedule(faults);
    }
}
