using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>The camera vetoes a stationary radar target only when both sensors agree it is not in the way.</summary>
public sealed class CameraVetoTests
{
    [Fact]
    public void Veto_agreement_sweep_over_class_and_radar_elevation()
    {
        foreach (var cls in Enum.GetValues<ObjectClass>())
        {
            for (int e = -10; e <= 40; e++)
            {
                float elevation = e / 10f;
                bool expected = cls switch
                {
                    ObjectClass.OverheadGantry => e >= 15,
                    ObjectClass.RoadPlate or ObjectClass.DrivableClutter => e <= 3,
                    _ => false,
                };
                Assert.Equal(expected, RadarThreatAssessor.VetoAgrees(cls, elevation, 1.5f, 0.3f));
            }
        }
    }

    private static TargetGate Gate()
    {
        var cal = new ForwardAebCalibration();
        return new TargetGate(cal.MinTrackUpdates, cal.MaxRangeM, cal.MaxTargetElevationM, cal.MinStationaryElevationM,
            cal.MinOverlapM, 1.85f, cal.BrakeLatencyS, cal.StopMarginM);
    }

    private static RadarObjectList OneStationaryTrack(float elevationM)
    {
        var radar = new RadarObjectList { Count = 1, SensorOk = true };
        radar.Tracks[0] = new RadarTrack
        {
            Id = 1, LongitudinalM = 30f, RelVelLongMps = -15f, WidthM = 1.8f, ElevationM = elevationM, RcsDbsm = 10f, UpdateCount = 10,
        };
        return radar;
    }

    private static CameraObjectList Camera(ObjectClass cls, float confidence)
    {
        var camera = new CameraObjectList { Count = 1, SensorOk = true };
        camera.Objects[0] = new CameraObject { Id = 1, LongitudinalM = 30.5f, LateralM = 0.1f, WidthM = 1.8f, RelVelLongMps = -15f, Class = cls, Confidence = confidence };
        return camera;
    }

    [Theory]
    [InlineData(ObjectClass.OverheadGantry, 0.95f, 2.0f, false)]  // both agree: vetoed
    [InlineData(ObjectClass.OverheadGantry, 0.95f, 0.5f, true)]   // the radar sees it low: no veto
    [InlineData(ObjectClass.OverheadGantry, 0.5f, 2.0f, true)]    // the camera is unsure: no veto
    [InlineData(ObjectClass.PassengerCar, 0.95f, 0.5f, true)]     // a car is never vetoed
    [InlineData(ObjectClass.RoadPlate, 0.95f, 0.2f, false)]       // both agree: vetoed
    [InlineData(ObjectClass.RoadPlate, 0.95f, 0.6f, true)]        // the radar sees something tall: no veto
    public void A_stationary_target_is_vetoed_only_when_camera_and_radar_agree(ObjectClass cls, float confidence, float elevationM, bool threat)
    {
        var radar = OneStationaryTrack(elevationM);
        var camera = Camera(cls, confidence);
        var result = RadarThreatAssessor.Assess(ref radar, ref camera, new EgoPath(15f, 0f, 3.7f), 15f, 0f, Gate());
        Assert.Equal(threat, result.HasTarget);
    }

    [Fact]
    public void Without_a_camera_list_the_radar_target_stands()
    {
        var radar = OneStationaryTrack(2.0f);
        var none = default(CameraObjectList);
        Assert.True(RadarThreatAssessor.Assess(ref radar, ref none, new EgoPath(15f, 0f, 3.7f), 15f, 0f, Gate()).HasTarget);
    }

    // A stationary radar return needs a standing camera object at the same place (ego 15 m/s). The camera object's
    // over-ground speed is the ego speed plus its relative speed; the tolerance is 2 m/s + 15 % of 15 m/s = 4.25 m/s.
    [Theory]
    [InlineData(-15f, true)]      // the camera's object stands (over ground 0): confirmed
    [InlineData(-11f, true)]      // over ground 4 m/s: within a mono camera's speed error
    [InlineData(-10.5f, false)]   // over ground 4.5 m/s: moving
    [InlineData(-4f, false)]      // a car driving at 11 m/s ahead of a cover does not confirm it
    public void A_stationary_radar_return_is_confirmed_only_by_a_standing_camera_object(float cameraRelVelMps, bool threat)
    {
        var cal = new ForwardAebCalibration();
        var gate = Gate() with
        {
            StationaryNeedsCamera = true,
            CameraStationarySpeedMps = cal.CameraStationarySpeedMps,
            CameraStationarySpeedShare = cal.CameraStationarySpeedShare,
        };
        var radar = OneStationaryTrack(0.5f);
        var camera = Camera(ObjectClass.PassengerCar, 0.9f);
        camera.Objects[0].RelVelLongMps = cameraRelVelMps;
        var result = RadarThreatAssessor.Assess(ref radar, ref camera, new EgoPath(15f, 0f, 3.7f), 15f, 0f, gate, cameraOk: true);
        Assert.Equal(threat, result.HasTarget);
    }

    // A radar return standing along the road but crossing it at 2.8 m/s (beyond the 0.5 + 0.035 m/s per m deadband
    // at both ranges: 1.2 and 2.67 m/s), aimed to reach the path's centre when the ego (15 m/s) arrives, with a
    // healthy camera that sees nothing there. Within 40 m the radar's crossing estimate stands alone; at 62 m it is
    // azimuth noise until the camera confirms it (and without that gate the same return would be a threat).
    [Theory]
    [InlineData(20f, 40f, true)]
    [InlineData(62f, 40f, false)]
    [InlineData(62f, 1000f, true)]
    public void A_crossing_return_stands_on_radar_alone_only_near(float rangeM, float radarOnlyMaxRangeM, bool threat)
    {
        const float crossingMps = 2.8f;
        float arrivalS = MathF.Min(rangeM / 15f, 4f);   // the lateral prediction looks at most 4 s ahead
        var cal = new ForwardAebCalibration();
        var gate = Gate() with
        {
            StationaryNeedsCamera = true, LateralVelocityDeadbandMps = cal.LateralVelocityDeadbandMps,
            LateralVelocityDeadbandPerM = cal.LateralVelocityDeadbandPerM, CrossingRadarOnlyMaxRangeM = radarOnlyMaxRangeM,
        };
        var radar = new RadarObjectList { Count = 1, SensorOk = true };
        radar.Tracks[0] = new RadarTrack
        {
            Id = 1, LongitudinalM = rangeM, LateralM = -crossingMps * arrivalS, RelVelLongMps = -15f, RelVelLatMps = crossingMps, WidthM = 0.6f, ElevationM = 1.0f,
            RcsDbsm = 0f, UpdateCount = 10,
        };
        var camera = new CameraObjectList { Count = 0, SensorOk = true };
        var result = RadarThreatAssessor.Assess(ref radar, ref camera, new EgoPath(15f, 0f, 3.7f), 15f, 0f, gate, cameraOk: true);
        Assert.Equal(threat, result.HasTarget);
    }
}
