using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// A radar return above the elevation gate (2.2 m) is overhead unless a confident camera object classed as a road user
/// stands at its place (<see cref="RadarThreatAssessor.CameraSeesRoadUserAt"/>): the radar's elevation alone never
/// removes a car or a pedestrian the camera sees. Oracle: the campaign's fault built by hand (a car 30 m ahead closing
/// at 15 m/s whose radar elevation drifted to 3 m), the classes swept one by one against their meaning (a road user is
/// a car, a motorcycle, a cyclist, a pedestrian or a child; barriers, walls, gantries, plates and clutter are not), and
/// the place gate swept from both sides (2 m + 10 % along, 1.5 m across, as the camera's veto).
/// </summary>
public sealed class HighReturnRoadUserTests
{
    private static readonly TargetGate Gate = new(
        MinTrackUpdates: 3, MaxRangeM: 200f, MaxElevationM: 2.2f, MinStationaryElevationM: 0.12f,
        MinOverlapM: 0.15f, EgoWidthM: 1.85f, BrakeLatencyS: 0.3f, StopMarginM: 1f, CameraVetoConfidence: 0.8f);

    private static bool Threat(float elevationM, CameraObject[] objects, bool cameraOk = true)
    {
        var radar = new RadarObjectList { SensorOk = true, Count = 1 };
        // A lead car at 5 m/s, 30 m ahead, ego 20 m/s: a threat on radar alone (it moves, so no camera confirmation is needed).
        radar.Tracks[0] = new RadarTrack { Id = 1, LongitudinalM = 30f, RelVelLongMps = -15f, WidthM = 1.8f, ElevationM = elevationM, RcsDbsm = 10f, UpdateCount = 10 };
        var camera = new CameraObjectList { SensorOk = cameraOk, Count = objects.Length };
        for (int i = 0; i < objects.Length; i++) camera.Objects[i] = objects[i];
        return RadarThreatAssessor.Assess(ref radar, ref camera, new EgoPath(20f, 0f, 3.8f), 20f, 0f, Gate, cameraOk).HasTarget;
    }

    private static CameraObject Seen(ObjectClass cls, float rangeM = 30.5f, float lateralM = 0.1f, float confidence = 0.95f) => new()
    {
        Id = 4, LongitudinalM = rangeM, LateralM = lateralM, WidthM = 1.8f, RelVelLongMps = -15f, Class = cls, Confidence = confidence,
    };

    [Fact]
    public void A_car_whose_radar_elevation_drifted_above_the_gate_stays_a_threat_where_the_camera_sees_it()
    {
        Assert.True(Threat(0.6f, []));                               // the car as the radar first saw it
        Assert.False(Threat(3.0f, []));                              // drifted: overhead on radar alone, as before
        Assert.True(Threat(3.0f, [Seen(ObjectClass.PassengerCar)])); // the camera sees a car there: still a threat
        Assert.False(Threat(3.0f, [Seen(ObjectClass.PassengerCar)], cameraOk: false)); // a faulted camera's list is not used
    }

    [Fact]
    public void Only_road_user_classes_keep_a_high_return()
    {
        foreach (ObjectClass cls in Enum.GetValues<ObjectClass>())
        {
            bool roadUser = cls is ObjectClass.PassengerCar or ObjectClass.Motorcycle or ObjectClass.Cyclist
                or ObjectClass.Pedestrian or ObjectClass.Child;
            Assert.Equal(roadUser, RadarThreatAssessor.IsRoadUser(cls));
            Assert.Equal(roadUser, Threat(3.0f, [Seen(cls)]));
        }
    }

    [Theory]
    [InlineData(30f + 4.9f, 0f, true)]       // 2 m + 10 % of 30 m = 5 m along
    [InlineData(30f + 5.1f, 0f, false)]
    [InlineData(30f - 4.9f, 0f, true)]
    [InlineData(30f, 1.4f, true)]            // 1.5 m across
    [InlineData(30f, 1.6f, false)]
    [InlineData(30f, -1.6f, false)]
    public void The_camera_car_must_stand_at_the_returns_place(float rangeM, float lateralM, bool kept) =>
        Assert.Equal(kept, Threat(3.0f, [Seen(ObjectClass.PassengerCar, rangeM, lateralM)]));

    [Theory]
    [InlineData(0.79f, false)]               // below the veto's confidence: not believed
    [InlineData(0.8f, true)]
    [InlineData(float.NaN, false)]           // an impossible field speaks for nothing
    public void The_camera_must_be_confident(float confidence, bool kept) =>
        Assert.Equal(kept, Threat(3.0f, [Seen(ObjectClass.PassengerCar, confidence: confidence)]));

    [Fact]
    public void A_gantry_above_the_gate_with_no_road_user_under_it_is_still_no_threat() =>
        Assert.False(Threat(5.0f, [Seen(ObjectClass.OverheadGantry)]));
}
