using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// The camera speaks about a radar return only at the return's place (RadarThreatAssessor's summaries): a
/// standing object confirms a stationary return only where the return is, a gantry or plate vetoes it only
/// where it is, and an object with an impossible field neither confirms nor vetoes. Ego 15 m/s, a stationary
/// return 30 m ahead on the path at 2.0 m elevation (a gantry's height, so a gantry there would veto it).
/// These are the branches coverage showed untaken.
/// </summary>
public sealed class CameraPlaceTests
{
    private static TargetGate Gate()
    {
        var cal = new ForwardAebCalibration();
        return new TargetGate(cal.MinTrackUpdates, cal.MaxRangeM, cal.MaxTargetElevationM, cal.MinStationaryElevationM,
            cal.MinOverlapM, 1.85f, cal.BrakeLatencyS, cal.StopMarginM, StationaryNeedsCamera: cal.StationaryNeedsCamera,
            CameraStationarySpeedMps: cal.CameraStationarySpeedMps, CameraStationarySpeedShare: cal.CameraStationarySpeedShare);
    }

    private static RadarObjectList StationaryReturn()
    {
        var radar = new RadarObjectList { Count = 1, SensorOk = true };
        radar.Tracks[0] = new RadarTrack
        {
            Id = 1, LongitudinalM = 30f, RelVelLongMps = -15f, WidthM = 1.8f, ElevationM = 2.0f, RcsDbsm = 10f, UpdateCount = 10,
        };
        return radar;
    }

    private static CameraObject Standing(int id, ObjectClass cls, float rangeM, float lateralM, float confidence = 0.95f) => new()
    {
        Id = id, LongitudinalM = rangeM, LateralM = lateralM, WidthM = 1.8f, RelVelLongMps = -15f, Class = cls, Confidence = confidence,
    };

    private static bool Threat(params CameraObject[] objects)
    {
        var radar = StationaryReturn();
        var camera = new CameraObjectList { Count = objects.Length, SensorOk = true };
        for (int i = 0; i < objects.Length; i++) camera.Objects[i] = objects[i];
        return RadarThreatAssessor.Assess(ref radar, ref camera, new EgoPath(15f, 0f, 3.7f), 15f, 0f, Gate(), cameraOk: true).HasTarget;
    }

    [Fact]
    public void A_standing_object_at_the_returns_place_confirms_it() =>
        Assert.True(Threat(Standing(1, ObjectClass.Unknown, 30.5f, 0.1f)));

    [Theory]
    [InlineData(45f, 0.1f)]        // 15 m further: beyond 2 m + 15 % of 30 m
    [InlineData(30.5f, 3f)]        // 3 m to the side: beyond half its width plus 0.5 m
    public void A_standing_object_elsewhere_confirms_nothing(float rangeM, float lateralM) =>
        Assert.False(Threat(Standing(1, ObjectClass.Unknown, rangeM, lateralM)));

    [Theory]
    [InlineData(45f, 0.1f)]        // a gantry 15 m further on
    [InlineData(30.5f, 2.5f)]      // a gantry post 2.5 m to the side
    public void A_gantry_elsewhere_vetoes_nothing(float rangeM, float lateralM) =>
        Assert.True(Threat(Standing(1, ObjectClass.Unknown, 30.5f, 0.1f), Standing(2, ObjectClass.OverheadGantry, rangeM, lateralM)));

    [Fact]
    public void A_gantry_at_the_returns_place_vetoes_it() =>
        Assert.False(Threat(Standing(1, ObjectClass.Unknown, 30.5f, 0.1f), Standing(2, ObjectClass.OverheadGantry, 30.5f, 0.1f)));

    [Fact]
    public void A_gantry_with_an_impossible_field_vetoes_nothing()
    {
        var broken = Standing(2, ObjectClass.OverheadGantry, 30.5f, 0.1f);
        broken.WidthM = float.NaN;
        Assert.True(Threat(Standing(1, ObjectClass.Unknown, 30.5f, 0.1f), broken));
    }
}
