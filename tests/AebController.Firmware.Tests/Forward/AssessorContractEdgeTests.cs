using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// RadarThreatAssessor at the edges of what its gate and its lists state, judged by the contract and hand geometry:
/// - a list holds Count entries; whatever sits in the buffer beyond Count is stale and is never read;
/// - the gate's named limits are inclusive where named so (MinTrackUpdates, MaxElevationM, MinStationaryElevationM,
///   CrossingRadarOnlyMaxRangeM "within", CameraVetoConfidence "at least", camera stationary speed "within");
/// - only a healthy camera's silence counts, and only when the gate asks for the camera;
/// - the camera's objects are looked at one by one: a corrupt one never speaks, the second or later one may;
/// - "the same place" allows a mono camera's range error (about 5 % at 44 m, 10 % at 90 m: sensors.md) and a
///   lateral offset within the camera object's own half width;
/// - lateral speed within the gate's range-dependent deadband is not projected; a target never reached is judged
///   where it is; the path offset is measured from the bent path's centre.
/// </summary>
public sealed class AssessorContractEdgeTests
{
    private static readonly TargetGate Gate = new(
        MinTrackUpdates: 3, MaxRangeM: 200f, MaxElevationM: 2.2f, MinStationaryElevationM: 0.12f,
        MinOverlapM: 0.15f, EgoWidthM: 1.85f, BrakeLatencyS: 0.3f, StopMarginM: 1f);

    private static readonly TargetGate CameraGate = Gate with { StationaryNeedsCamera = true };

    private static RadarTrack Track(int id, float xM, float yM, float relVelMps, float elevationM = 0.6f) => new()
    {
        Id = id, LongitudinalM = xM, LateralM = yM, RelVelLongMps = relVelMps, WidthM = 1.8f,
        ElevationM = elevationM, RcsDbsm = 10f, UpdateCount = 10,
    };

    private static CameraObject Seen(float xM, float yM, ObjectClass cls, float relVelMps, float confidence = 0.95f, float widthM = 1.8f) => new()
    {
        Id = 30, LongitudinalM = xM, LateralM = yM, WidthM = widthM, RelVelLongMps = relVelMps, Class = cls, Confidence = confidence,
    };

    private static ThreatAssessment Assess(float egoSpeedMps, RadarTrack[] tracks, CameraObject[] objects, in TargetGate gate,
        bool cameraOk = true, int radarCount = -1, int cameraCount = -1, float yawRateRps = 0f)
    {
        var radar = new RadarObjectList { SensorOk = true, Count = radarCount >= 0 ? radarCount : tracks.Length };
        for (int i = 0; i < tracks.Length; i++) radar.Tracks[i] = tracks[i];
        var camera = new CameraObjectList { SensorOk = cameraOk, Count = cameraCount >= 0 ? cameraCount : objects.Length };
        for (int i = 0; i < objects.Length; i++) camera.Objects[i] = objects[i];
        return RadarThreatAssessor.Assess(ref radar, ref camera, new EgoPath(egoSpeedMps, yawRateRps, 3.8f), egoSpeedMps, 0f, gate, cameraOk);
    }

    // ---- entries beyond Count are stale ----

    [Fact]
    public void A_stale_radar_track_beyond_the_lists_count_is_never_a_threat()
    {
        // Slot 1 holds a standing car from an earlier list; this list has one track, beside the path.
        var tracks = new[] { Track(1, 30f, 3.5f, -15f), Track(2, 20f, 0f, -15f) };
        Assert.False(Assess(15f, tracks, [], Gate, radarCount: 1).HasTarget);
        Assert.True(Assess(15f, tracks, [], Gate, radarCount: 2).HasTarget);
    }

    [Fact]
    public void Stale_camera_objects_beyond_the_count_neither_confirm_nor_veto_nor_classify()
    {
        var standing = Track(1, 30f, 0f, -15f, elevationM: 2.0f);
        var confirm = Seen(30f, 0f, ObjectClass.Unknown, -15f);
        var gantry = Seen(30f, 0f, ObjectClass.OverheadGantry, -15f);
        // This camera list is empty: the stale object in slot 0 does not confirm the standing return.
        Assert.False(Assess(15f, [standing], [confirm], CameraGate, cameraCount: 0).HasTarget);
        // One object confirms; a stale gantry in slot 1 does not veto it.
        Assert.True(Assess(15f, [standing], [confirm, gantry], CameraGate, cameraCount: 1).HasTarget);
        // A moving car's class comes from the camera only if the camera reports the object in this list.
        var mover = Track(2, 20f, 0f, -3f);
        var pedestrian = Seen(20f, 0f, ObjectClass.Pedestrian, -3f);
        Assert.Equal(ObjectClass.Unknown, Assess(15f, [mover], [pedestrian], Gate, cameraCount: 0).Class);
        Assert.Equal(ObjectClass.Pedestrian, Assess(15f, [mover], [pedestrian], Gate, cameraCount: 1).Class);
    }

    // ---- the gate's named limits ----

    [Fact]
    public void A_track_with_exactly_the_minimum_updates_is_confirmed_and_one_fewer_is_not()
    {
        var t = Track(1, 30f, 0f, -5f);
        t.UpdateCount = Gate.MinTrackUpdates;
        Assert.True(Assess(15f, [t], [], Gate).HasTarget);
        t.UpdateCount = Gate.MinTrackUpdates - 1;
        Assert.False(Assess(15f, [t], [], Gate).HasTarget);
    }

    [Fact]
    public void A_return_at_exactly_the_maximum_elevation_is_kept_and_one_above_it_is_not()
    {
        var t = Track(1, 30f, 0f, -5f, elevationM: Gate.MaxElevationM);
        Assert.True(Assess(15f, [t], [], Gate).HasTarget);
        t.ElevationM = Gate.MaxElevationM + 0.01f;
        Assert.False(Assess(15f, [t], [], Gate).HasTarget);
    }

    [Fact]
    public void A_standing_return_at_exactly_the_minimum_stationary_elevation_is_kept_and_one_below_it_is_not()
    {
        var t = Track(1, 30f, 0f, -15f, elevationM: Gate.MinStationaryElevationM);
        Assert.True(Assess(15f, [t], [], Gate, cameraOk: false).HasTarget);
        t.ElevationM = Gate.MinStationaryElevationM - 0.01f;
        Assert.False(Assess(15f, [t], [], Gate, cameraOk: false).HasTarget);
    }

    [Fact]
    public void A_crossing_return_exactly_at_the_radar_only_range_stands_on_radar_alone()
    {
        // Ego 10 m/s; a cyclist crossing at 2 m/s (standing along the road): within 40 m it stands on radar alone, beyond
        // it needs the (here silent, healthy) camera. Arrival 40 / 10 = 4 s.
        var gate = CameraGate with { CrossingRadarOnlyMaxRangeM = 40f };
        var cyclist = Track(1, 40f, -8f, -10f);
        cyclist.WidthM = 0.6f;
        cyclist.RelVelLatMps = 2f;  // −8 + 2 · 4 s = 0: in the path on arrival
        Assert.True(Assess(10f, [cyclist], [], gate).HasTarget);
        cyclist.LongitudinalM = 40.5f;
        cyclist.LateralM = -8.1f;   // −8.1 + 2 · 4 s (the projection's 4 s horizon) = −0.1: still in the path
        Assert.False(Assess(10f, [cyclist], [], gate).HasTarget);
    }

    [Fact]
    public void A_camera_object_at_exactly_the_veto_confidence_vetoes()
    {
        // The summary: objects whose confidence is at least the gate's may veto.
        var gantryReturn = Track(1, 30f, 0f, -15f, elevationM: 2.0f);
        var gantry = Seen(30f, 0f, ObjectClass.OverheadGantry, -15f, confidence: Gate.CameraVetoConfidence);
        Assert.False(Assess(15f, [gantryReturn], [gantry], Gate).HasTarget);
        gantry.Confidence = Gate.CameraVetoConfidence - 0.01f;
        Assert.True(Assess(15f, [gantryReturn], [gantry], Gate).HasTarget);
    }

    [Fact]
    public void A_camera_object_at_exactly_the_stationary_speed_limit_confirms_a_standing_return()
    {
        // Limit 2 + 0.125 · 16 = 4 m/s over ground; the camera reads the object at 16 − 12 = 4 m/s (exact in binary).
        var gate = CameraGate with { CameraStationarySpeedMps = 2f, CameraStationarySpeedShare = 0.125f };
        var standing = Track(1, 30f, 0f, -16f);
        Assert.True(Assess(16f, [standing], [Seen(30f, 0f, ObjectClass.Unknown, -12f)], gate).HasTarget);
        Assert.False(Assess(16f, [standing], [Seen(30f, 0f, ObjectClass.Unknown, -11.5f)], gate).HasTarget);
    }

    // ---- whose silence counts ----

    [Fact]
    public void Without_the_gate_asking_for_the_camera_a_healthy_silent_camera_does_not_remove_a_standing_return()
    {
        var standing = Track(1, 30f, 0f, -15f);
        Assert.True(Assess(15f, [standing], [], Gate, cameraOk: true).HasTarget);
        Assert.False(Assess(15f, [standing], [], CameraGate, cameraOk: true).HasTarget);
        Assert.True(Assess(15f, [standing], [], CameraGate, cameraOk: false).HasTarget); // a faulted camera never removes a target
    }

    // ---- objects one by one ----

    [Fact]
    public void The_second_camera_object_confirms_when_the_first_is_elsewhere()
    {
        var standing = Track(1, 30f, 0f, -15f);
        var elsewhere = Seen(30f, 6f, ObjectClass.Unknown, -15f);
        var here = Seen(30f, 0f, ObjectClass.Unknown, -15f);
        Assert.True(Assess(15f, [standing], [elsewhere, here], CameraGate).HasTarget);
        Assert.True(Assess(15f, [standing], [elsewhere, elsewhere, elsewhere, here], CameraGate).HasTarget);
    }

    [Fact]
    public void A_corrupt_camera_object_first_in_the_list_neither_confirms_nor_vetoes_and_the_valid_one_after_it_counts()
    {
        var standing = Track(1, 30f, 0f, -15f, elevationM: 2.0f);
        var corruptHere = Seen(30f, 0f, ObjectClass.Unknown, -15f, confidence: 1.5f); // a confidence above 1: a corrupt object
        var validElsewhere = Seen(30f, 6f, ObjectClass.Unknown, -15f);
        Assert.False(Assess(15f, [standing], [corruptHere, validElsewhere], CameraGate).HasTarget);

        var corruptGantry = Seen(30f, 0f, ObjectClass.OverheadGantry, -15f, confidence: 1.5f);
        var validHere = Seen(30f, 0f, ObjectClass.Unknown, -15f);
        Assert.True(Assess(15f, [standing], [corruptGantry, validHere], CameraGate).HasTarget);

        var gantry = Seen(30f, 0f, ObjectClass.OverheadGantry, -15f);
        Assert.False(Assess(15f, [standing], [validHere, gantry], CameraGate).HasTarget); // a gantry second in the list vetoes
    }

    [Fact]
    public void Only_the_second_of_two_camera_objects_gives_the_class_when_the_first_is_elsewhere()
    {
        var mover = Track(1, 20f, 0f, -3f);
        Assert.Equal(ObjectClass.Cyclist, Assess(15f, [mover], [Seen(50f, 0f, ObjectClass.Pedestrian, -3f), Seen(20f, 0f, ObjectClass.Cyclist, -3f)], Gate).Class);
    }

    // ---- the same place ----

    [Theory]
    [InlineData(60f, 64f)]   // camera 4 m further at 60 m (6.7 %: a mono camera's range error)
    [InlineData(60f, 56f)]   // 4 m nearer
    [InlineData(40f, 44f)]   // 10 % at 40 m
    public void A_camera_object_within_a_mono_cameras_range_error_is_at_the_same_place(float radarM, float cameraM)
    {
        var standing = Track(1, radarM, 0f, -20f, elevationM: 2.0f);
        Assert.True(Assess(20f, [standing], [Seen(cameraM, 0f, ObjectClass.Unknown, -20f)], CameraGate).HasTarget);   // confirms
        Assert.False(Assess(20f, [standing], [Seen(cameraM, 0f, ObjectClass.OverheadGantry, -20f)], Gate).HasTarget); // vetoes
        var mover = Track(2, radarM, 0f, -5f);
        Assert.Equal(ObjectClass.Cyclist, Assess(20f, [mover], [Seen(cameraM, 0f, ObjectClass.Cyclist, -5f)], Gate).Class);
    }

    [Theory]
    [InlineData(1.0f, 1.0f)]   // both 1 m to the left
    [InlineData(-1.0f, -1.0f)] // both 1 m to the right
    [InlineData(0.2f, 1.0f)]   // the camera's centre 0.8 m off the radar point: inside the object's 0.9 m half width
    public void A_camera_object_covering_the_radar_point_sideways_is_at_the_same_place(float radarLateralM, float cameraLateralM)
    {
        var standing = Track(1, 30f, radarLateralM, -15f, elevationM: 2.0f);
        Assert.True(Assess(15f, [standing], [Seen(30f, cameraLateralM, ObjectClass.Unknown, -15f)], CameraGate).HasTarget);
        Assert.False(Assess(15f, [standing], [Seen(30f, cameraLateralM, ObjectClass.OverheadGantry, -15f)], Gate).HasTarget);
        var mover = Track(2, 30f, radarLateralM, -5f);
        Assert.Equal(ObjectClass.Cyclist, Assess(15f, [mover], [Seen(30f, cameraLateralM, ObjectClass.Cyclist, -5f)], Gate).Class);
    }

    // ---- lateral motion ----

    [Theory]
    [InlineData(10f, 1.0f, true)]   // deadband 0.3 + 0.02·10 = 0.5 m/s: 1 m/s crosses; arrival 10 / 5 = 2 s: −1 + 2 = 1.0 m
    [InlineData(50f, 1.0f, false)]  // deadband 0.3 + 0.02·50 = 1.3 m/s: 1 m/s is azimuth noise; stays at −1.0 m
    [InlineData(50f, 1.5f, true)]   // crosses; arrival capped at 4 s: −1 + 6 = 5 m, out of the path
    public void Lateral_speed_within_the_range_dependent_deadband_is_not_projected(float rangeM, float lateralMps, bool projected)
    {
        var gate = Gate with { LateralVelocityDeadbandMps = 0.3f, LateralVelocityDeadbandPerM = 0.02f };
        var lead = Track(1, rangeM, -1.0f, -5f); // a car 5 m/s slower, 1 m right of centre
        lead.RelVelLatMps = lateralMps;
        var threat = Assess(20f, [lead], [], gate);
        float arrivalS = MathF.Min(rangeM / 5f, 4f);
        float expected = projected ? -1.0f + lateralMps * arrivalS : -1.0f;
        bool inPath = 0.5f * (1.85f + 1.8f) - MathF.Abs(expected) >= 0.15f; // overlap at least the minimum
        Assert.Equal(inPath, threat.HasTarget);
        if (inPath) Assert.Equal(expected, threat.PathOffsetM, 3);
    }

    [Fact]
    public void A_target_never_reached_is_judged_where_it_is()
    {
        // A car at the ego's speed moving sideways at 1 m/s (changing lanes) 30 m ahead: no arrival, so no projection.
        var changer = Track(1, 30f, 0.3f, 0f);
        changer.RelVelLatMps = 1f;
        var threat = Assess(20f, [changer], [], Gate);
        Assert.True(threat.HasTarget);
        Assert.True(float.IsPositiveInfinity(threat.TtcS));
        Assert.Equal(0.3f, threat.PathOffsetM, 4);
    }

    [Fact]
    public void On_a_bent_path_the_offset_is_measured_from_the_paths_centre()
    {
        // 0.1 rad/s at 10 m/s: κ = 0.01 1/m; 20 m ahead of a bumper 3.8 m before the axle the centre is
        // ½·0.01·(23.8² − 3.8²) = 2.76 m to the left. A car there is on the path; one on the straight line is 2.76 m off it.
        // The car 5 m/s slower follows the bend: in the turning frame its lateral velocity is κ(x + a)·(u − v) = 0.238·(−5)
        // (RadarTrack: a radar tracking its own positions; TurningFrameTests), i.e. it does not move across the path.
        float centreM = 0.5f * 0.01f * (23.8f * 23.8f - 3.8f * 3.8f);
        var onPath = Track(1, 20f, centreM + 0.1f, -5f);
        onPath.RelVelLatMps = 0.01f * 23.8f * -5f;
        var threat = Assess(10f, [onPath], [], Gate, yawRateRps: 0.1f);
        Assert.True(threat.HasTarget);
        Assert.Equal(0.1f, threat.PathOffsetM, 3);
    }
}
