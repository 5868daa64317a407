using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

public class RadarThreatAssessorTests
{
    private static readonly TargetGate Gate = new(
        MinTrackUpdates: 3, MaxRangeM: 200f, MaxElevationM: 2.2f, MinStationaryElevationM: 0.12f,
        MinOverlapM: 0.15f, EgoWidthM: 1.85f, BrakeLatencyS: 0.3f, StopMarginM: 1f);

    private static RadarTrack Car(int id, float xM, float yM, float relVelMps) => new()
    {
        Id = id, LongitudinalM = xM, LateralM = yM, RelVelLongMps = relVelMps, WidthM = 1.8f,
        ElevationM = 0.6f, RcsDbsm = 10f, UpdateCount = 10,
    };

    private static ThreatAssessment Assess(float egoSpeedMps, params RadarTrack[] tracks)
    {
        var list = new RadarObjectList { SensorOk = true };
        for (int i = 0; i < tracks.Length; i++) list.Tracks[i] = tracks[i];
        list.Count = tracks.Length;
        var camera = default(CameraObjectList);
        var path = new EgoPath(egoSpeedMps, 0f, 3.8f);
        return RadarThreatAssessor.Assess(ref list, ref camera, path, egoSpeedMps, 0f, Gate);
    }

    [Fact]
    public void Picks_the_in_path_stationary_car()
    {
        var threat = Assess(13.9f, Car(7, 30f, 0.1f, -13.9f));
        Assert.True(threat.HasTarget);
        Assert.Equal(7, threat.TrackId);
        Assert.Equal(30f / 13.9f, threat.TtcS, 3);
        Assert.True(threat.RequiredDecelMps2 > 0f);
    }

    [Fact]
    public void Ignores_cars_parked_beside_the_path()
    {
        var threat = Assess(13.9f, Car(1, 30f, 3.0f, -13.9f), Car(2, 30f, -3.0f, -13.9f));
        Assert.False(threat.HasTarget);
    }

    [Fact]
    public void Ignores_overhead_gantries_and_road_plates_but_not_a_low_moving_target()
    {
        var gantry = Car(1, 60f, 0f, -20f);
        gantry.ElevationM = 5.5f;
        var plate = Car(2, 40f, 0f, -20f);
        plate.ElevationM = 0.02f;
        Assert.False(Assess(20f, gantry, plate).HasTarget);

        var lowMover = Car(3, 40f, 0f, -5f); // moving at 15 m/s: not a plate whatever its height
        lowMover.ElevationM = 0.05f;
        Assert.True(Assess(20f, lowMover).HasTarget);
    }

    /// <summary>The production gate's windows: lateral deadband 0.5 m/s + 0.035 per m, camera standing window 2 m/s + 15 % of ego speed.</summary>
    private static readonly TargetGate Windows = Gate with
    {
        LateralVelocityDeadbandMps = 0.5f, LateralVelocityDeadbandPerM = 0.035f, CameraStationarySpeedMps = 2f, CameraStationarySpeedShare = 0.15f,
        CrossingRadarOnlyMaxRangeM = 40f,
    };

    private static ThreatAssessment AssessWith(TargetGate gate, float egoSpeedMps, params RadarTrack[] tracks)
    {
        var list = new RadarObjectList { SensorOk = true };
        for (int i = 0; i < tracks.Length; i++) list.Tracks[i] = tracks[i];
        list.Count = tracks.Length;
        var camera = default(CameraObjectList);
        return RadarThreatAssessor.Assess(ref list, ref camera, new EgoPath(egoSpeedMps, 0f, 3.8f), egoSpeedMps, 0f, gate);
    }

    [Fact]
    public void A_flat_return_passed_at_close_range_is_not_a_crossing_target_whatever_its_lateral_velocity()
    {
        // The explorer's false-activation modes 2-4 (realistic): clutter 0.3 m tall (elevation 0.05 m) 1 m beside the path,
        // passed at 37 km/h; at 0.42 m range the range noise at 65 deg azimuth read 0.82 m/s across (above the 0.51 m/s
        // deadband there) and the controller braked fully. Nothing lower than 0.12 m crosses a road.
        var clutter = Car(1, 0.42f, -0.84f, -10.3f);
        clutter.ElevationM = 0.037f;
        clutter.RelVelLatMps = 0.82f;
        clutter.WidthM = 0.3f;
        Assert.False(AssessWith(Windows, 10.3f, clutter).HasTarget);

        var pedestrian = clutter; // the same track, a person's height: still a crossing threat
        pedestrian.ElevationM = 1.0f;
        Assert.True(AssessWith(Windows, 10.3f, pedestrian).HasTarget);
    }

    [Fact]
    public void A_flat_return_whose_young_track_reads_slowly_oncoming_is_still_flat()
    {
        // False-activation mode 1: clutter 44 m ahead in the lane at 105 km/h (29.20 m/s); a 4-update track read -29.71 m/s,
        // -0.51 m/s over ground (beyond the radar's 0.5 m/s standing test, inside the 2 + 0.15 * 29.2 = 6.38 m/s window):
        // it was taken for an oncoming object and braked the car fully.
        var clutter = Car(11, 43.8f, 0.21f, -29.71f);
        clutter.ElevationM = -0.032f;
        clutter.UpdateCount = 4;
        Assert.False(AssessWith(Windows, 29.2f, clutter).HasTarget);

        var mover = clutter; // clearly moving along the road (15 m/s slower than the ego): kept, whatever its height
        mover.RelVelLongMps = -14f;
        Assert.True(AssessWith(Windows, 29.2f, mover).HasTarget);
    }

    [Theory]
    [InlineData(0f, 2f)]       // standing still: the camera window's 2 m/s
    [InlineData(20f, 5f)]      // 2 + 0.15 * 20
    public void The_standing_window_is_the_cameras_or_the_radars_half_metre_per_second(float egoMps, float windowMps)
    {
        Assert.Equal(windowMps, RadarThreatAssessor.StandingWindowMps(Windows, egoMps), 5);
        Assert.Equal(0.5f, RadarThreatAssessor.StandingWindowMps(Gate, egoMps), 5); // no camera window set
    }

    [Fact]
    public void Unconfirmed_and_corrupt_tracks_never_become_threats()
    {
        var young = Car(1, 20f, 0f, -10f);
        young.UpdateCount = 1;
        var nan = Car(2, float.NaN, 0f, -10f);
        var nanSpeed = Car(3, 20f, 0f, float.NaN);
        Assert.False(Assess(10f, young, nan, nanSpeed).HasTarget);
    }

    [Fact]
    public void Picks_the_track_that_needs_the_hardest_braking()
    {
        var farStopped = Car(1, 40f, 0f, -20f);  // stationary car 40 m ahead
        var nearSlow = Car(2, 25f, 0f, -2f);    // car 25 m ahead, only 2 m/s slower
        var threat = Assess(20f, farStopped, nearSlow);
        Assert.Equal(1, threat.TrackId);
    }

    [Fact]
    public void A_pedestrian_who_will_have_crossed_is_not_in_path_but_one_walking_into_it_is()
    {
        // Ego 10 m/s, pedestrian 30 m ahead (TTC 3 s).
        var leaving = Car(1, 30f, -0.5f, -10f);
        leaving.WidthM = 0.5f;
        leaving.RelVelLatMps = -1.5f; // will be 5 m to the right at arrival
        Assert.False(Assess(10f, leaving).HasTarget);

        var entering = Car(2, 30f, 4.5f, -10f);
        entering.WidthM = 0.5f;
        entering.RelVelLatMps = -1.5f; // from 4.5 m left to 0 at arrival
        Assert.True(Assess(10f, entering).HasTarget);
    }

    [Fact]
    public void Takes_the_class_from_a_confirmed_camera_object_at_the_same_place()
    {
        var list = new RadarObjectList { SensorOk = true, Count = 1 };
        list.Tracks[0] = Car(4, 20f, 0.2f, -8f);
        var camera = new CameraObjectList { SensorOk = true, Count = 1 };
        camera.Objects[0] = new CameraObject { Id = 9, LongitudinalM = 20.5f, LateralM = 0.1f, WidthM = 0.5f, Class = ObjectClass.Pedestrian, Confidence = 0.9f };
        var path = new EgoPath(8f, 0f, 3.8f);
        var threat = RadarThreatAssessor.Assess(ref list, ref camera, path, 8f, 0f, Gate);
        Assert.Equal(ObjectClass.Pedestrian, threat.Class);
    }
}
