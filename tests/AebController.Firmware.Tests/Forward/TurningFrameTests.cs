using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// A radar tracking its own positions sees the world from a frame that turns with the car. Hand kinematics: the car
/// moves at v along its heading and turns at ω about its rear axle; a point standing on the road at x ahead of the
/// bumper (x + a ahead of the axle, a = axle to bumper) and y to the left has, in the turning frame,
/// dy/dt = −ω·(x + a) and dx/dt = −v + ω·y. So on a bend a car stopped in the lane drifts sideways in the list, and
/// a threat judge that extrapolates that drift predicts it out of the path (80 km/h, 250 m bend: ω = 0.0889 rad/s,
/// 4.4 m/s at 46 m). The judge must take the frame's rotation out and let the bending path do the rest.
/// </summary>
public sealed class TurningFrameTests
{
    private const float AxleToBumperM = 3.8f;

    private static TargetGate Gate() => new(
        MinTrackUpdates: 3, MaxRangeM: 200f, MaxElevationM: 2.2f, MinStationaryElevationM: 0.12f,
        MinOverlapM: 0.15f, EgoWidthM: 1.85f, BrakeLatencyS: 0.3f, StopMarginM: 1f);

    /// <summary>Where a point at arc length s along a circle of radius R (centre to the left) lies in the frame of the circle's start: x = R sin(s/R), y = R (1 − cos(s/R)).</summary>
    private static (float X, float Y) OnCircle(float radiusM, float arcM) =>
        (radiusM * MathF.Sin(arcM / radiusM), radiusM * (1f - MathF.Cos(arcM / radiusM)));

    [Theory]
    [InlineData(22.2f, 250f, 50f)]
    [InlineData(16.7f, 150f, 40f)]
    [InlineData(13.9f, -120f, 30f)]
    [InlineData(8.3f, 60f, 20f)]
    public void A_car_standing_on_the_bend_ahead_has_no_lateral_velocity_of_its_own(float speedMps, float radiusM, float arcM)
    {
        float yawRps = speedMps / radiusM;
        // The axle follows the circle; the standing car sits on the same circle arcM farther along (from the axle).
        var (xAxle, y) = OnCircle(radiusM, arcM + AxleToBumperM);
        float x = xAxle - AxleToBumperM;
        var track = new RadarTrack
        {
            Id = 1, LongitudinalM = x, LateralM = y, RelVelLongMps = -speedMps,
            RelVelLatMps = -yawRps * (x + AxleToBumperM), WidthM = 1.8f, ElevationM = 0.6f, RcsDbsm = 10f, UpdateCount = 10,
        };
        var path = new EgoPath(speedMps, yawRps, AxleToBumperM);

        Assert.Equal(0f, RadarThreatAssessor.PathRelativeLateralVelocity(track, path), 3);
    }

    [Theory]
    [InlineData(13.9f, 150f, 1.4f)]
    [InlineData(13.9f, -150f, -1.4f)]
    [InlineData(8.3f, 0f, 1.4f)]
    public void A_crosser_keeps_its_own_lateral_velocity_whatever_the_turn(float speedMps, float radiusM, float crossMps)
    {
        float yawRps = radiusM == 0f ? 0f : speedMps / radiusM;
        const float x = 25f;
        var track = new RadarTrack { LongitudinalM = x, RelVelLongMps = -speedMps, RelVelLatMps = crossMps - yawRps * (x + AxleToBumperM) };
        var path = new EgoPath(speedMps, yawRps, AxleToBumperM);

        Assert.Equal(crossMps, RadarThreatAssessor.PathRelativeLateralVelocity(track, path), 3);
    }

    /// <summary>
    /// Closed form of the case that hit at 58.6 km/h in the realistic world: 80 km/h on a 250 m left bend, a car stopped
    /// in the lane 46 m ahead along the arc, reported with the turning frame's drift. It needs braking now (v² / 2d ≈ 5 m/s²
    /// and more with latency) and must be the threat.
    /// </summary>
    [Fact]
    public void A_car_stopped_in_the_lane_of_a_bend_is_the_threat()
    {
        const float speedMps = 22.2f;
        const float radiusM = 250f;
        float yawRps = speedMps / radiusM;
        var (xAxle, y) = OnCircle(radiusM, 46f + AxleToBumperM);
        float x = xAxle - AxleToBumperM;
        var list = new RadarObjectList { SensorOk = true, Count = 1 };
        list.Tracks[0] = new RadarTrack
        {
            Id = 4, LongitudinalM = x, LateralM = y, RelVelLongMps = -speedMps, RelVelLatMps = -yawRps * (x + AxleToBumperM),
            WidthM = 1.8f, ElevationM = 0.6f, RcsDbsm = 10f, UpdateCount = 20,
        };
        var camera = default(CameraObjectList);

        var threat = RadarThreatAssessor.Assess(ref list, ref camera, new EgoPath(speedMps, yawRps, AxleToBumperM), speedMps, 0f, Gate());

        Assert.True(threat.HasTarget);
        Assert.Equal(4, threat.TrackId);
        Assert.True(MathF.Abs(threat.PathOffsetM) < 0.3f, $"path offset {threat.PathOffsetM} m");
    }

    /// <summary>
    /// The false activation an independent probe found: 60 km/h on a 250 m left bend, a car coming the other way on the
    /// inner lane (3.5 m left), 40 m ahead along the arc. Hand geometry (circle centre 250 m left of the axle; the
    /// other car on radius 246.5 m, 0.175 rad round, so 39.2 m ahead and 7.27 m left, moving −16.7 m/s along its
    /// tangent: −2.91 m/s across over ground, −5.78 m/s in the turning frame): extrapolated straight, in 1.17 s it is
    /// 3.86 m left, where the path at its present range is (3.66 m): it overlapped by 1.63 m and braked the car. It
    /// follows its lane, 3.6 m beside the path, and passes.
    /// </summary>
    [Fact]
    public void An_oncoming_car_on_the_next_lane_of_a_bend_is_no_threat()
    {
        Assert.False(OncomingOnBend(5, laneLeftM: 3.5f).HasTarget);
    }

    /// <summary>The same car coming head-on in the ego's own lane of the bend (radius 250 m) is met and is the threat.</summary>
    [Fact]
    public void An_oncoming_car_in_the_egos_lane_of_a_bend_is_the_threat()
    {
        var threat = OncomingOnBend(6, laneLeftM: 0f);

        Assert.True(threat.HasTarget);
        Assert.Equal(6, threat.TrackId);
    }

    /// <summary>
    /// 60 km/h on a 250 m left bend; a car coming the other way at 60 km/h on a lane <paramref name="laneLeftM"/> left of the
    /// ego's (radius 250 − that), 40 m ahead of the bumper along the arc, reported as a radar tracking in the turning frame.
    /// </summary>
    private static ThreatAssessment OncomingOnBend(int id, float laneLeftM)
    {
        const float speedMps = 16.7f;
        const float radiusM = 250f;
        float yawRps = speedMps / radiusM;
        float theta = (40f + AxleToBumperM) / radiusM;
        float laneRadiusM = radiusM - laneLeftM;
        float x = laneRadiusM * MathF.Sin(theta) - AxleToBumperM;
        float y = radiusM - laneRadiusM * MathF.Cos(theta);
        var list = new RadarObjectList { SensorOk = true, Count = 1 };
        list.Tracks[0] = new RadarTrack
        {
            Id = id, LongitudinalM = x, LateralM = y, RelVelLongMps = -2f * speedMps * MathF.Cos(theta),
            RelVelLatMps = -speedMps * MathF.Sin(theta) - yawRps * (x + AxleToBumperM),
            WidthM = 1.8f, ElevationM = 0.6f, RcsDbsm = 10f, UpdateCount = 20,
        };
        var camera = default(CameraObjectList);
        return RadarThreatAssessor.Assess(ref list, ref camera, new EgoPath(speedMps, yawRps, AxleToBumperM), speedMps, 0f, Gate());
    }

    /// <summary>
    /// A lead car following the ego's 100 m bend at 5 m/s, 20 m ahead: its heading is turned by κ(x + a) = 0.238 rad,
    /// so it moves across the ego's axis at 5·sin 0.238 = 1.18 m/s over ground and at 1.18 − 0.1·23.8 = −1.2 m/s in the
    /// turning frame. Across the path it does not move: it stays on the path and is the threat, judged where it is.
    /// </summary>
    [Fact]
    public void A_lead_car_following_the_bend_stays_on_the_path()
    {
        const float speedMps = 10f;
        const float yawRps = 0.1f;
        const float x = 20f;
        float centreM = 0.5f * 0.01f * ((x + AxleToBumperM) * (x + AxleToBumperM) - AxleToBumperM * AxleToBumperM);
        float heading = 0.01f * (x + AxleToBumperM);
        var list = new RadarObjectList { SensorOk = true, Count = 1 };
        list.Tracks[0] = new RadarTrack
        {
            Id = 7, LongitudinalM = x, LateralM = centreM, RelVelLongMps = 5f * MathF.Cos(heading) - speedMps,
            RelVelLatMps = 5f * MathF.Sin(heading) - yawRps * (x + AxleToBumperM),
            WidthM = 1.8f, ElevationM = 0.6f, RcsDbsm = 10f, UpdateCount = 20,
        };
        var camera = default(CameraObjectList);

        var threat = RadarThreatAssessor.Assess(ref list, ref camera, new EgoPath(speedMps, yawRps, AxleToBumperM), speedMps, 0f, Gate());

        Assert.True(threat.HasTarget);
        Assert.True(MathF.Abs(threat.PathOffsetM) < 0.2f, $"path offset {threat.PathOffsetM} m");
    }

    /// <summary>
    /// A yaw rate within its own uncertainty is noise, not a bend: the pedestrian's lateral velocity is left as the radar
    /// gave it (σ 0.007 rad/s, 16.7 m/s, 35 m: taking 0.006 rad/s out would move 1.39 m/s by 0.23 m/s). Beyond σ only the
    /// excess is taken out: on a 250 m bend at 22.2 m/s (0.0889 rad/s) with σ 0.007 rad/s, 0.0819 rad/s × 50 m lever.
    /// </summary>
    [Theory]
    [InlineData(16.7f, 0.006f, 0.007f, 35f, 0f)]
    [InlineData(16.7f, -0.006f, 0.007f, 35f, 0f)]
    [InlineData(22.2f, 0.0889f, 0.007f, 46.2f, 0.0819f)]
    [InlineData(22.2f, -0.0889f, 0.007f, 46.2f, -0.0819f)]
    public void Only_yaw_rate_beyond_its_uncertainty_is_taken_out(float speedMps, float yawRps, float sigmaRps, float xM, float takenOutRps)
    {
        var track = new RadarTrack { LongitudinalM = xM, RelVelLongMps = -speedMps, RelVelLatMps = 1.39f };
        var path = new EgoPath(speedMps, yawRps, AxleToBumperM);
        float expected = 1.39f + takenOutRps * (xM + AxleToBumperM);

        Assert.Equal(expected, RadarThreatAssessor.PathRelativeLateralVelocity(track, path, sigmaRps, speedMps), 2);
    }
}

