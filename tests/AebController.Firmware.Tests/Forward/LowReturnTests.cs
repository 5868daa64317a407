using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// A low radar return (mean elevation below forwardAeb.lowReturnElevationM) is a flat thing whose averaged elevation
/// noise lifted it past the flat-return gate (0.12 m): it is standing until it leaves the camera's standing window, and
/// it is judged on its reported lateral velocity only. The two tracks are those `aeb explore false-activation --seed 6`
/// (realistic) braked the car for: drivable clutter (reflection centre 0.05 m, 0.3 m wide, −15 dBsm) read 0.14 m high.
/// A road user reflects higher (a child 0.6 m, a car's bumper 0.5 m) and keeps every rule it had.
/// </summary>
public sealed class LowReturnTests
{
    private static readonly ForwardAebCalibration Cal = AebCalibration.Default.ForwardAeb;

    private static TargetGate Gate(float lowReturnElevationM) => new(
        MinTrackUpdates: Cal.MinTrackUpdates, MaxRangeM: 200f, MaxElevationM: 2.2f, MinStationaryElevationM: Cal.MinStationaryElevationM,
        MinOverlapM: Cal.MinOverlapM, EgoWidthM: 1.85f, BrakeLatencyS: 0.3f, StopMarginM: 1f,
        LateralVelocityDeadbandMps: Cal.LateralVelocityDeadbandMps, LateralVelocityDeadbandPerM: Cal.LateralVelocityDeadbandPerM,
        StationaryNeedsCamera: true, CameraStationarySpeedMps: Cal.CameraStationarySpeedMps,
        CameraStationarySpeedShare: Cal.CameraStationarySpeedShare, CrossingRadarOnlyMaxRangeM: Cal.CrossingRadarOnlyMaxRangeM,
        OncomingMinSpeedMps: Cal.OncomingMinSpeedMps, OncomingMinTrackUpdates: Cal.OncomingMinTrackUpdates,
        StandingMinTrackUpdates: Cal.StandingMinTrackUpdates, LowReturnElevationM: lowReturnElevationM,
        YoungTrackUpdates: Cal.YoungTrackUpdates, YoungTrackMaxRangeM: Cal.YoungTrackMaxRangeM,
        TrackerAlpha: Cal.RadarTrackerAlpha, TrackerBeta: Cal.RadarTrackerBeta);

    private static ThreatAssessment Judge(RadarTrack track, float egoMps, in TargetGate gate)
    {
        var list = new RadarObjectList { SensorOk = true, Count = 1, AgeUs = 0 };
        list.Tracks[0] = track;
        var camera = new CameraObjectList { SensorOk = true, Count = 0 }; // healthy, sees nothing there
        return RadarThreatAssessor.Assess(ref list, ref camera, new EgoPath(egoMps, 0f, 3.8f), egoMps, 0f, gate, cameraOk: true);
    }

    // Case 1: 54.76 km/h (15.21 m/s), a standing return 28.71 m ahead 3.45 m left, its 4th update reading −0.92 m/s across.
    private const float SideEgoMps = 54.76f / 3.6f;

    private static RadarTrack BesideThePath(float elevationM) => new()
    {
        Id = 14, LongitudinalM = 28.71f, LateralM = 3.45f, RelVelLongMps = -SideEgoMps, RelVelLatMps = -0.92f,
        WidthM = 0.3f, ElevationM = elevationM, RcsDbsm = -15f, UpdateCount = 4,
    };

    /// <summary>
    /// By hand: the tracker reads g(4) = 0.60 of a speed a road user was born with (α 0.5, β 0.167), so the young-track
    /// estimate is −0.92 / 0.60 = −1.53 m/s, just beyond the deadband 0.5 + 0.035 × 28.71 = 1.50 m/s; over the
    /// 28.71 / 15.21 = 1.89 s to arrival it moves 2.9 m, to 0.56 m left of the centre line: inside the 1.85 m car's
    /// corridor. The reported −0.92 m/s is inside the deadband: the return is standing where it is, 3.45 m to the side.
    /// </summary>
    [Fact]
    public void A_low_return_beside_the_path_is_not_carried_into_it_by_the_young_track_estimate()
    {
        Assert.True(Judge(BesideThePath(0.14f), SideEgoMps, Gate(0f)).HasTarget); // the false activation, rule off
        Assert.False(Judge(BesideThePath(0.14f), SideEgoMps, Gate(Cal.LowReturnElevationM)).HasTarget);
    }

    [Fact]
    public void A_child_with_the_same_motion_is_still_carried_into_the_path()
    {
        Assert.True(Judge(BesideThePath(0.6f), SideEgoMps, Gate(Cal.LowReturnElevationM)).HasTarget);
    }

    // Case 2: 101.17 km/h (28.10 m/s), a return on the centre line 39.72 m ahead, 7 updates, closing at 28.72 m/s.
    private const float LaneEgoMps = 101.17f / 3.6f;

    private static RadarTrack InTheLane(float elevationM, float overGroundMps) => new()
    {
        Id = 17, LongitudinalM = 39.72f, LateralM = 0.05f, RelVelLongMps = overGroundMps - LaneEgoMps, RelVelLatMps = 0.29f,
        WidthM = 0.3f, ElevationM = elevationM, RcsDbsm = -15f, UpdateCount = 7,
    };

    /// <summary>
    /// −0.62 m/s over ground is beyond the 0.5 m/s standing test, so an old track is a moving target, which needs no
    /// camera; a low one moves only beyond the camera's standing window, 2 + 0.15 × 28.10 = 6.2 m/s here.
    /// </summary>
    [Fact]
    public void A_low_return_reading_a_slow_speed_is_standing_and_needs_the_camera()
    {
        Assert.True(Judge(InTheLane(0.18f, -0.62f), LaneEgoMps, Gate(0f)).HasTarget); // the false activation, rule off
        Assert.False(Judge(InTheLane(0.18f, -0.62f), LaneEgoMps, Gate(Cal.LowReturnElevationM)).HasTarget);
    }

    [Fact]
    public void A_low_return_beyond_the_standing_window_and_a_cars_bumper_height_stand_on_radar_alone()
    {
        float windowMps = Cal.CameraStationarySpeedMps + Cal.CameraStationarySpeedShare * LaneEgoMps;
        Assert.True(Judge(InTheLane(0.18f, windowMps + 0.5f), LaneEgoMps, Gate(Cal.LowReturnElevationM)).HasTarget);
        Assert.True(Judge(InTheLane(0.5f, -0.62f), LaneEgoMps, Gate(Cal.LowReturnElevationM)).HasTarget);
    }
}
