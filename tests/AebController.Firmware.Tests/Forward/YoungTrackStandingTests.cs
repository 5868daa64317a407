using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// A young radar track's range rate still carries its tracker's start, so within its first updates a return moves along
/// the road only beyond the camera's standing window (2 m/s + 15 % of ego speed); until then a standing return needs a
/// healthy camera to see it. The case: drivable clutter (elevation 0.22 m, above the flat-return gate) 52 m ahead at
/// 83 km/h, read 0.55 m/s away for 3 updates: by the 0.5 m/s standing test a moving target, which needs no camera.
/// </summary>
public sealed class YoungTrackStandingTests
{
    private const float EgoMps = 83.4f / 3.6f;
    private static readonly ForwardAebCalibration Cal = AebCalibration.Default.ForwardAeb;

    private static TargetGate Gate(int standingMinUpdates) => new(
        MinTrackUpdates: 3, MaxRangeM: 200f, MaxElevationM: 2.2f, MinStationaryElevationM: 0.12f,
        MinOverlapM: 0.15f, EgoWidthM: 1.85f, BrakeLatencyS: 0.3f, StopMarginM: 1f,
        LateralVelocityDeadbandMps: Cal.LateralVelocityDeadbandMps, LateralVelocityDeadbandPerM: Cal.LateralVelocityDeadbandPerM,
        StationaryNeedsCamera: true, CameraStationarySpeedMps: Cal.CameraStationarySpeedMps,
        CameraStationarySpeedShare: Cal.CameraStationarySpeedShare, StandingMinTrackUpdates: standingMinUpdates);

    /// <summary>A return straight ahead at <paramref name="rangeM"/> going <paramref name="overGroundMps"/> away over ground.</summary>
    private static RadarTrack Return(float rangeM, float overGroundMps, int updates) => new()
    {
        Id = 16, LongitudinalM = rangeM, LateralM = 0.3f, RelVelLongMps = overGroundMps - EgoMps,
        WidthM = 0.3f, ElevationM = 0.22f, RcsDbsm = -15f, UpdateCount = updates,
    };

    private static ThreatAssessment Judge(RadarTrack track, in TargetGate gate)
    {
        var list = new RadarObjectList { SensorOk = true, Count = 1, AgeUs = 0 };
        list.Tracks[0] = track;
        var camera = new CameraObjectList { SensorOk = true, Count = 0 }; // healthy, sees nothing there
        return RadarThreatAssessor.Assess(ref list, ref camera, new EgoPath(EgoMps, 0f, 3.8f), EgoMps, 0f, gate, cameraOk: true);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public void A_young_return_reading_half_a_metre_per_second_is_standing_and_needs_the_camera(int updates)
    {
        Assert.False(Judge(Return(52f, 0.55f, updates), Gate(Cal.StandingMinTrackUpdates)).HasTarget);
        // Without the young-track rule it was a moving target on radar alone: the false activation.
        Assert.True(Judge(Return(52f, 0.55f, updates), Gate(0)).HasTarget);
    }

    [Fact]
    public void Once_the_track_is_old_enough_its_range_rate_decides_again()
    {
        Assert.True(Judge(Return(52f, 0.55f, Cal.StandingMinTrackUpdates), Gate(Cal.StandingMinTrackUpdates)).HasTarget);
    }

    /// <summary>
    /// The window at 83.4 km/h: 2 + 0.15 × 23.2 = 5.47 m/s (the calibration's camera window, read from its fields here).
    /// A young track moving along the road faster than that stands on radar alone; slower, it waits for the camera.
    /// </summary>
    [Fact]
    public void A_young_track_beyond_the_standing_window_is_moving_on_radar_alone()
    {
        float windowMps = Cal.CameraStationarySpeedMps + Cal.CameraStationarySpeedShare * EgoMps;
        Assert.True(Judge(Return(40f, windowMps + 0.5f, 3), Gate(Cal.StandingMinTrackUpdates)).HasTarget);
        Assert.False(Judge(Return(40f, windowMps - 0.5f, 3), Gate(Cal.StandingMinTrackUpdates)).HasTarget);
    }
}
