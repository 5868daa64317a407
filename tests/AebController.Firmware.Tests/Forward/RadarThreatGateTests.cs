using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// Which radar tracks the assessor may consider (in front of the sensor and within the gate's range), how it
/// breaks a tie (the nearer of two equally demanding targets), and where a target's class comes from (its own
/// hint first, else a camera object at the same place, never an unclassified or corrupt one).
/// </summary>
public class RadarThreatGateTests
{
    private static readonly TargetGate Gate = new(
        MinTrackUpdates: 3, MaxRangeM: 200f, MaxElevationM: 2.2f, MinStationaryElevationM: 0.12f,
        MinOverlapM: 0.15f, EgoWidthM: 1.85f, BrakeLatencyS: 0.3f, StopMarginM: 1f);

    private static RadarTrack Car(int id, float xM, float relVelMps, ObjectClass hint = ObjectClass.Unknown) => new()
    {
        Id = id, LongitudinalM = xM, LateralM = 0f, RelVelLongMps = relVelMps, WidthM = 1.8f,
        ElevationM = 0.6f, RcsDbsm = 10f, UpdateCount = 10, ClassHint = hint,
    };

    private static ThreatAssessment Assess(float egoSpeedMps, RadarTrack[] tracks, params CameraObject[] objects)
    {
        var list = new RadarObjectList { SensorOk = true, Count = tracks.Length };
        for (int i = 0; i < tracks.Length; i++) list.Tracks[i] = tracks[i];
        var camera = new CameraObjectList { SensorOk = true, Count = objects.Length };
        for (int i = 0; i < objects.Length; i++) camera.Objects[i] = objects[i];
        return RadarThreatAssessor.Assess(ref list, ref camera, new EgoPath(egoSpeedMps, 0f, 3.8f), egoSpeedMps, 0f, Gate);
    }

    private static CameraObject Seen(float xM, float yM, ObjectClass cls, float confidence = 0.9f) => new()
    {
        Id = 20, LongitudinalM = xM, LateralM = yM, WidthM = 0.6f, Class = cls, Confidence = confidence,
    };

    [Theory]
    [InlineData(-5f, false)]    // behind a forward radar: not in the direction of travel
    [InlineData(150f, true)]
    [InlineData(250f, false)]   // beyond the gate's 200 m
    public void Only_tracks_in_front_and_within_the_gates_range_are_considered(float xM, bool considered)
    {
        Assert.Equal(considered, Assess(20f, [Car(1, xM, -20f)]).HasTarget);
    }

    [Fact]
    public void Of_two_targets_needing_the_same_braking_the_nearer_is_taken_whatever_their_order()
    {
        // Both drive at the ego's speed: neither needs any braking (0 m/s²), so the tie goes to the nearer.
        Assert.Equal(2, Assess(15f, [Car(1, 40f, 0f), Car(2, 25f, 0f)]).TrackId);
        Assert.Equal(2, Assess(15f, [Car(2, 25f, 0f), Car(1, 40f, 0f)]).TrackId);
    }

    [Fact]
    public void A_track_with_its_own_class_keeps_it_whatever_the_camera_sees()
    {
        var threat = Assess(8f, [Car(4, 20f, -3f, ObjectClass.Cyclist)], Seen(20f, 0f, ObjectClass.Pedestrian));
        Assert.Equal(ObjectClass.Cyclist, threat.Class);
    }

    [Theory]
    [InlineData(35f, 0f)]      // 15 m further than the radar target: another object
    [InlineData(20f, 2.5f)]    // beside it, in the next lane
    [InlineData(5f, 0f)]       // 15 m nearer
    public void A_camera_object_elsewhere_gives_no_class(float xM, float yM)
    {
        var threat = Assess(8f, [Car(4, 20f, -3f)], Seen(xM, yM, ObjectClass.Pedestrian));
        Assert.True(threat.HasTarget);
        Assert.Equal(ObjectClass.Unknown, threat.Class);
    }

    [Fact]
    public void An_unclassified_or_corrupt_camera_object_at_the_same_place_is_passed_over_for_a_classified_one()
    {
        var corrupt = Seen(20f, 0f, ObjectClass.Child);
        corrupt.WidthM = float.NaN;
        var threat = Assess(8f, [Car(4, 20f, -3f)], Seen(20f, 0f, ObjectClass.Unknown), corrupt, Seen(21f, 0.3f, ObjectClass.Pedestrian));
        Assert.Equal(ObjectClass.Pedestrian, threat.Class);
        Assert.Equal(ObjectClass.Unknown, Assess(8f, [Car(4, 20f, -3f)], corrupt).Class);
    }
}
