using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// A car crossing the ego's path (Euro NCAP CCCscp) judged by hand kinematics: the ego at 8.33 m/s (30 km/h), a
/// GVT (4.02 m long, seen side-on) crossing at 8.33 m/s from the left on a collision course, its centre 1.0 m short of
/// the ego's centre line when the ego's front reaches it (impact at 25 % of its length from its front). At 20 m ahead
/// the ego arrives in 20 / 8.33 = 2.4 s; the GVT's centre is then 1.0 + 8.33 · 2.4 = 21.0 m to the left, its radar
/// bearing 46°, outside the camera's ±24° (so the radar alone decides) and inside the radar's ±65°.
/// </summary>
public class CrossingCarTests
{
    private const float EgoMps = 25f / 3f;
    private const float RangeM = 20f;

    private static TargetGate Gate()
    {
        var cal = new ForwardAebCalibration();
        return new TargetGate(
            MinTrackUpdates: 3, MaxRangeM: 200f, MaxElevationM: 2.2f, MinStationaryElevationM: 0.12f,
            MinOverlapM: cal.MinOverlapM, EgoWidthM: 1.85f, BrakeLatencyS: 0.3f, StopMarginM: 1f,
            LateralVelocityDeadbandMps: cal.LateralVelocityDeadbandMps, LateralVelocityDeadbandPerM: cal.LateralVelocityDeadbandPerM,
            StationaryNeedsCamera: true, CrossingRadarOnlyMaxRangeM: cal.CrossingRadarOnlyMaxRangeM,
            CrossingCameraMinWidthM: cal.CrossingCameraMinWidthM, CrossingCameraHalfFovRad: cal.CrossingCameraHalfFovDeg * MathF.PI / 180f,
            CrossingCameraMaxRangeM: cal.CrossingCameraMaxRangeM);
    }

    private static RadarTrack CrossingCar(int id, float xM, float yM, float vyMps, float rcsDbsm = 10f) => new()
    {
        Id = id, LongitudinalM = xM, LateralM = yM, RelVelLongMps = -EgoMps, RelVelLatMps = vyMps, WidthM = 4.02f,
        ElevationM = 0.5f, RcsDbsm = rcsDbsm, UpdateCount = 20,
    };

    private static ThreatAssessment Assess(bool cameraOk, CameraObjectList camera, params RadarTrack[] tracks)
    {
        var radar = new RadarObjectList { SensorOk = true, Count = tracks.Length };
        for (int i = 0; i < tracks.Length; i++) radar.Tracks[i] = tracks[i];
        return RadarThreatAssessor.Assess(ref radar, ref camera, new EgoPath(EgoMps, 0f, 3.7f), EgoMps, 0f, Gate(), cameraOk);
    }

    private static float CentreAtArrivalM(float passOffsetM) => passOffsetM + EgoMps * (RangeM / EgoMps);

    [Fact]
    public void A_car_crossing_into_the_point_of_impact_is_a_threat()
    {
        var car = CrossingCar(1, RangeM, CentreAtArrivalM(1.0f), -EgoMps);
        var threat = Assess(cameraOk: true, new CameraObjectList { SensorOk = true }, car);
        Assert.True(threat.HasTarget);
        Assert.Equal(RangeM / EgoMps, threat.TtcS, 2);
    }

    [Theory]
    // Rear clear of the corridor (half ego 0.925 + half GVT 2.01) by 1 s × 8.33 m/s when the ego arrives: passed ahead.
    [InlineData(-(0.925f + 2.01f + EgoMps))]
    // Front still 1 s × 8.33 m/s short of the corridor when the ego arrives: it will pass behind.
    [InlineData(0.925f + 2.01f + EgoMps)]
    public void A_car_clear_of_the_path_when_the_ego_gets_there_is_not(float offsetAtArrivalM)
    {
        var car = CrossingCar(1, RangeM, CentreAtArrivalM(offsetAtArrivalM), -EgoMps);
        Assert.False(Assess(cameraOk: false, default, car).HasTarget);
    }

    // The same collision course seen at 60 m against an ego at 30 m/s with a car crossing at 5 m/s: bearing
    // atan(5/30) = 9.5°, inside the camera's field. A healthy camera that sees a car there confirms it; one that sees
    // nothing makes it a ghost; a faulted camera never removes it.
    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, false, false)]
    [InlineData(false, false, true)]
    public void A_car_sized_crossing_return_in_the_cameras_field_needs_the_healthy_camera(bool cameraOk, bool cameraSeesIt, bool threat)
    {
        const float egoMps = 30f;
        const float rangeM = 38f;
        const float vyMps = 5f;
        float yM = 1.0f + vyMps * rangeM / egoMps;
        var car = CrossingCar(1, rangeM, yM, -vyMps);
        car.RelVelLongMps = -egoMps;
        var camera = new CameraObjectList { SensorOk = cameraOk, Count = cameraSeesIt ? 1 : 0 };
        camera.Objects[0] = new CameraObject { Id = 1, LongitudinalM = rangeM, LateralM = yM, WidthM = 4.02f, RelVelLongMps = -egoMps, Confidence = 0.3f };
        var radar = new RadarObjectList { SensorOk = true, Count = 1 };
        radar.Tracks[0] = car;
        var result = RadarThreatAssessor.Assess(ref radar, ref camera, new EgoPath(egoMps, 0f, 3.7f), egoMps, 0f, Gate(), cameraOk);
        Assert.Equal(threat, result.HasTarget);
    }

    // Ego at 13.9 m/s (50 km/h). A car that has crossed ahead is leaving to the right, 2.2 m right of the centre line
    // at 14.6 m; the guard rail 6 m right images it at 2·(−6) − (−2.2) = −9.8 m, 6 dB weaker, with the same Doppler,
    // moving left. Its range is the bounced path's: sqrt(14.6² + 9.8²) − sqrt(14.6² + 2.2²) = 2.82 m more. Its lateral
    // velocity, an α-β estimate a few lists old, reads 7.8 m/s of the mirrored 13.9: it then reaches the path's centre
    // as the ego arrives (9.8 m in 17.42 / 13.9 = 1.25 s), and at 29° it is outside the camera's field.
    [Fact]
    public void The_guard_rail_image_of_a_car_that_has_crossed_is_not_a_threat()
    {
        const float egoMps = 13.9f;
        const float x = 14.6f;
        float extraM = MathF.Sqrt(x * x + 9.8f * 9.8f) - MathF.Sqrt(x * x + 2.2f * 2.2f);
        Assert.Equal(2.82f, extraM, 2);
        var direct = CrossingCar(1, x, -2.2f, -13.9f);
        var image = CrossingCar(2, x + extraM, -9.8f, 7.8f, rcsDbsm: 4f);
        direct.RelVelLongMps = image.RelVelLongMps = -egoMps;
        Assert.True(MultipathImage.IsImageOf(image, direct, 0.925f));
        Assert.False(AssessAt(egoMps, direct, image).HasTarget);
        // Without its source the same return is a car crossing into the path and must stand.
        Assert.True(AssessAt(egoMps, image).HasTarget);
    }

    private static ThreatAssessment AssessAt(float egoMps, params RadarTrack[] tracks)
    {
        var radar = new RadarObjectList { SensorOk = true, Count = tracks.Length };
        for (int i = 0; i < tracks.Length; i++) radar.Tracks[i] = tracks[i];
        var camera = new CameraObjectList { SensorOk = true };
        return RadarThreatAssessor.Assess(ref radar, ref camera, new EgoPath(egoMps, 0f, 3.7f), egoMps, 0f, Gate(), cameraOk: true);
    }

    // Two real road users never pass for source and image: equally strong, on the same side of a line inside the
    // path, or moving the same way.
    [Theory]
    [InlineData(10f, -9.8f, 13.9f, 0.0f)]    // as strong as the source: a second car
    [InlineData(4f, 2.0f, 1.4f, 0.0f)]       // a pedestrian stepping back to the left kerb: the line (−0.1 m) is in the path
    [InlineData(4f, -1.0f, 1.4f, 0.0f)]      // a pedestrian 1 m right walking left across the path: the line (−1.6 m) lies beyond it, no image is nearer
    [InlineData(4f, -9.8f, -13.9f, 0.0f)]    // moving the same way as the source: a car following it
    [InlineData(4f, -9.8f, 13.9f, 6.0f)]     // 6 m farther than any bounced path: a car on another road
    public void Real_road_users_are_not_taken_for_images(float rcsDbsm, float yM, float vyMps, float fartherM)
    {
        const float x = 14.6f;
        var direct = CrossingCar(1, x, -2.2f, -13.9f);
        float extraM = MathF.Max(0f, MathF.Sqrt(x * x + yM * yM) - MathF.Sqrt(x * x + 2.2f * 2.2f));
        var other = CrossingCar(2, x + extraM + fartherM, yM, vyMps, rcsDbsm);
        Assert.False(MultipathImage.IsImageOf(other, direct, 0.925f));
    }
}
