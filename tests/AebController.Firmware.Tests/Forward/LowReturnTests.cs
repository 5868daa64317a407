using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// A low radar return (mean elevation below forwardAeb.lowReturnElevationM) is a flat thing whose averaged elevation
/// noise lifted it past the flat-return gate (0.12 m): it is standing until it leaves the camera's standing window, and
/// judged crossing (by any estimate) inside the camera's field it stands only where the healthy camera sees an object. The two tracks are those `aeb explore false-activation --seed 6`
/// (realistic) braked the car for: drivable clutter (reflection centre 0.05 m, 0.3 m wide, −15 dBsm) read 0.14 m high.
/// A road user reflects higher (a child 0.6 m, a car's bumper 0.5 m) and keeps every rule it had.
/// </summary>
public sealed class LowReturnTests
{
    private static readonly ForwardAebCalibration Cal = AebCalibration.Default.ForwardAeb;

    private static TargetGate Gate(float lowReturnElevationM, float standingSpeedShare = 0f) => new(
        MinTrackUpdates: Cal.MinTrackUpdates, MaxRangeM: 200f, MaxElevationM: 2.2f, MinStationaryElevationM: Cal.MinStationaryElevationM,
        MinOverlapM: Cal.MinOverlapM, EgoWidthM: 1.85f, BrakeLatencyS: 0.3f, StopMarginM: 1f,
        LateralVelocityDeadbandMps: Cal.LateralVelocityDeadbandMps, LateralVelocityDeadbandPerM: Cal.LateralVelocityDeadbandPerM,
        StationaryNeedsCamera: true, CameraStationarySpeedMps: Cal.CameraStationarySpeedMps,
        CameraStationarySpeedShare: Cal.CameraStationarySpeedShare, CrossingRadarOnlyMaxRangeM: Cal.CrossingRadarOnlyMaxRangeM,
        OncomingMinSpeedMps: Cal.OncomingMinSpeedMps, OncomingMinTrackUpdates: Cal.OncomingMinTrackUpdates,
        CrossingCameraHalfFovRad: Cal.CrossingCameraHalfFovDeg * MathF.PI / 180f, CrossingCameraMaxRangeM: Cal.CrossingCameraMaxRangeM,
        StandingMinTrackUpdates: Cal.StandingMinTrackUpdates, LowReturnElevationM: lowReturnElevationM, StandingSpeedShare: standingSpeedShare,
        YoungTrackUpdates: Cal.YoungTrackUpdates, YoungTrackMaxRangeM: Cal.YoungTrackMaxRangeM,
        TrackerAlpha: Cal.RadarTrackerAlpha, TrackerBeta: Cal.RadarTrackerBeta);

    private static ThreatAssessment Judge(RadarTrack track, float egoMps, in TargetGate gate, bool cameraSeesIt = false)
    {
        var list = new RadarObjectList { SensorOk = true, Count = 1, AgeUs = 0 };
        list.Tracks[0] = track;
        var camera = new CameraObjectList { SensorOk = true, Count = 0 }; // healthy, sees nothing there unless told
        if (cameraSeesIt)
        {
            camera.Count = 1;
            camera.Objects[0] = new CameraObject
            {
                Id = 3, LongitudinalM = track.LongitudinalM, LateralM = track.LateralM, WidthM = 1.8f,
                RelVelLongMps = track.RelVelLongMps, Class = ObjectClass.PassengerCar, Confidence = 0.9f,
            };
        }

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

    // Case 3 (--seed 12): 86.30 km/h (23.97 m/s), a standing low return 37.82 m ahead 3.62 m left, reading −1.95 m/s across.
    private const float CrossEgoMps = 86.30f / 3.6f;

    private static RadarTrack ReadCrossing(float elevationM) => new()
    {
        Id = 18, LongitudinalM = 37.82f, LateralM = 3.62f, RelVelLongMps = -CrossEgoMps, RelVelLatMps = -1.95f,
        WidthM = 0.3f, ElevationM = elevationM, RcsDbsm = -15f, UpdateCount = 12,
    };

    /// <summary>
    /// By hand: the deadband at 37.82 m is 0.5 + 0.035 × 37.82 = 1.82 m/s, so −1.95 m/s crosses; in the 37.82 / 23.97 =
    /// 1.58 s to arrival it moves 3.08 m, to 0.54 m left of the centre line: in the corridor, on radar alone (within
    /// the 40 m a crossing return needs no camera). A low one (5.5° off the axis, inside the camera's 24°) stands only
    /// where the healthy camera sees an object, and it sees nothing there. A pedestrian's return (1 m) read so is still
    /// crossing, and so is a low one the camera sees (a corner radar's coarse elevation reads a crossing car that low).
    /// </summary>
    [Fact]
    public void A_low_return_read_crossing_needs_the_camera_to_see_it()
    {
        Assert.True(Judge(ReadCrossing(0.18f), CrossEgoMps, Gate(0f)).HasTarget); // the false activation, rule off
        Assert.False(Judge(ReadCrossing(0.18f), CrossEgoMps, Gate(Cal.LowReturnElevationM)).HasTarget);
        Assert.True(Judge(ReadCrossing(1.0f), CrossEgoMps, Gate(Cal.LowReturnElevationM)).HasTarget);
        Assert.True(Judge(ReadCrossing(0.18f), CrossEgoMps, Gate(Cal.LowReturnElevationM), cameraSeesIt: true).HasTarget);
    }

    /// <summary>
    /// Case 4 (--seed 7): 92.31 km/h (25.64 m/s), a return 0.33 m high on the centre line 44.55 m ahead after 12 updates,
    /// reading 0.53 m/s oncoming: beyond 0.5 m/s, a moving target on radar alone. With the share, standing up to
    /// 0.04 × 25.64 = 1.03 m/s, and the healthy camera sees nothing there.
    /// </summary>
    [Fact]
    public void An_old_return_slower_than_the_share_of_the_ego_speed_is_standing()
    {
        const float egoMps = 92.31f / 3.6f;
        var track = new RadarTrack
        {
            Id = 18, LongitudinalM = 44.55f, LateralM = 0.01f, RelVelLongMps = -0.53f - egoMps, RelVelLatMps = -1.94f,
            WidthM = 0.3f, ElevationM = 0.33f, RcsDbsm = -15f, UpdateCount = 12,
        };
        Assert.True(Judge(track, egoMps, Gate(Cal.LowReturnElevationM, 0f)).HasTarget); // the false activation, share off
        Assert.False(Judge(track, egoMps, Gate(Cal.LowReturnElevationM, Cal.StandingSpeedShare)).HasTarget);
    }

    /// <summary>
    /// A pedestrian walking along the lane towards the car at 5 km/h (Euro NCAP CPLA, 1.39 m/s), 40 m ahead of a car at
    /// 100 km/h: 1.39 m/s is beyond 4 % of 27.8 m/s (1.11 m/s), so it still moves and stands on radar alone.
    /// </summary>
    [Fact]
    public void A_pedestrian_walking_at_the_car_is_still_moving_at_100_kmh()
    {
        const float egoMps = 100f / 3.6f;
        var walker = new RadarTrack
        {
            Id = 30, LongitudinalM = 40f, LateralM = 0f, RelVelLongMps = -1.39f - egoMps, WidthM = 0.6f, ElevationM = 1.0f,
            RcsDbsm = -8f, UpdateCount = 12,
        };
        Assert.True(Judge(walker, egoMps, Gate(Cal.LowReturnElevationM, Cal.StandingSpeedShare)).HasTarget);
    }
}
