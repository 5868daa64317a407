using AebController.Firmware.Calibration;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;
using AebController.Firmware.Tests.Monitoring;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// The front corner radars' lists turned into the car's frame at the front bumper, and their checks. Oracles by hand:
/// the documented mounting (docs/calibration.md: 0.35 m behind the bumper's face, 0.75 m off the centre line, yawed 45°
/// outward) and plane geometry — a target at range r and bearing θ off a boresight turned ψ lies at bearing ψ + θ
/// from the car's axis, so at (x₀ + r·cos(ψ + θ), y₀ + r·sin(ψ + θ)).
/// </summary>
public sealed class CornerRadarFrameTests
{
    private const float Deg = MathF.PI / 180f;
    private static readonly AebCalibration Cal = AebCalibration.Default;

    private static (CornerRadarFusion Fusion, InputMonitor Monitor) Create(AebCalibration? cal = null)
    {
        cal ??= Cal;
        return (new CornerRadarFusion(cal.CornerRadars, cal.Monitoring.RadarMaxAgeUs, cal.Monitoring.RadarFrozenLists),
            new InputMonitor(cal.Monitoring, cal.CyclePeriodS));
    }

    private static RadarTrack Polar(int id, float rangeM, float bearingDeg, float widthM = 0f) => new()
    {
        Id = id, LongitudinalM = rangeM * MathF.Cos(bearingDeg * Deg), LateralM = rangeM * MathF.Sin(bearingDeg * Deg),
        WidthM = widthM, ElevationM = 0.5f, RcsDbsm = 10f, UpdateCount = 5,
    };

    /// <summary>The VUT's speed in these cases: CCCscp's 20 km/h.</summary>
    private const float EgoMps = 20f / 3.6f;

    private static void Observe(CornerRadarFusion fusion, InputMonitor monitor, SensorFrame frame)
    {
        monitor.Check(frame);
        fusion.Observe(frame, monitor);
        fusion.Transform(frame, EgoMps, 0f);
    }

    /// <summary>
    /// Gives a track the relative velocity of a road user moving over ground at (<paramref name="groundAlongMps"/>,
    /// <paramref name="groundAcrossMps"/>) in the car's frame while the car drives at <see cref="EgoMps"/>, as the sensor
    /// turned <paramref name="yawDeg"/> sees it: the vector turned by −yaw, by hand.
    /// </summary>
    private static RadarTrack Moving(RadarTrack t, float yawDeg, float groundAlongMps, float groundAcrossMps)
    {
        float vx = groundAlongMps - EgoMps, vy = groundAcrossMps;
        float c = MathF.Cos(yawDeg * Deg), s = MathF.Sin(yawDeg * Deg);
        t.RelVelLongMps = vx * c + vy * s;
        t.RelVelLatMps = -vx * s + vy * c;
        return t;
    }

    [Fact]
    public void The_documented_mounting_is_the_default()
    {
        var c = Cal.CornerRadars;
        Assert.True(c.Fitted);
        Assert.Equal((-0.35f, 0.75f, 45f), (c.LeftXM, c.LeftYM, c.LeftYawDeg));
        Assert.Equal((-0.35f, -0.75f, -45f), (c.RightXM, c.RightYM, c.RightYawDeg));
    }

    [Theory]
    [InlineData(20f, 25f)]
    [InlineData(10f, 0f)]
    [InlineData(35f, -60f)]
    [InlineData(8f, 40f)]
    public void A_target_at_a_known_range_and_bearing_appears_where_the_hand_computes(float rangeM, float bearingDeg)
    {
        var (fusion, monitor) = Create();
        var frame = HealthyFrame.Create(0);
        frame.FrontLeftCornerRadar.Count = 1;
        // Crossing the path at 60 km/h toward the centre line (from the left on the left, from the right on the right).
        frame.FrontLeftCornerRadar.Tracks[0] = Moving(Polar(3, rangeM, bearingDeg), 45f, 0f, -60f / 3.6f);
        frame.FrontRightCornerRadar.Count = 1;
        frame.FrontRightCornerRadar.Tracks[0] = Moving(Polar(3, rangeM, -bearingDeg), -45f, 0f, 60f / 3.6f);
        Observe(fusion, monitor, frame);

        Assert.True(fusion.LeftOk && fusion.RightOk);
        double carBearing = (45 + bearingDeg) * Math.PI / 180;
        double xM = -0.35 + rangeM * Math.Cos(carBearing);
        double yM = 0.75 + rangeM * Math.Sin(carBearing);
        var left = fusion.LeftInCarFrame.Tracks[0];
        Assert.Equal(xM, left.LongitudinalM, 3);
        Assert.Equal(yM, left.LateralM, 3);
        // The right sensor mirrors the left: the mirrored target lands at the mirrored place.
        var right = fusion.RightInCarFrame.Tracks[0];
        Assert.Equal(xM, right.LongitudinalM, 3);
        Assert.Equal(-yM, right.LateralM, 3);
        Assert.NotEqual(left.Id, right.Id);
    }

    [Fact]
    public void The_lateral_position_is_the_objects_centre_half_its_width_beyond_the_nearest_point()
    {
        // A crossing car 4.5 m long across the car's axis, nearest point 20 m out at 25° off the left boresight (70° from
        // the axis): the point lies 0.75 + 20·sin 70° = 19.544 m left, so the centre 2.25 m further, 21.794 m.
        var (fusion, monitor) = Create();
        var frame = HealthyFrame.Create(0);
        frame.FrontLeftCornerRadar.Count = 1;
        frame.FrontLeftCornerRadar.Tracks[0] = Moving(Polar(4, 20f, 25f, widthM: 4.5f), 45f, 0f, -60f / 3.6f);
        Observe(fusion, monitor, frame);
        Assert.Equal(0.75 + 20 * Math.Sin(70 * Math.PI / 180) + 2.25, fusion.LeftInCarFrame.Tracks[0].LateralM, 3);
    }

    [Fact]
    public void A_crossing_cars_velocity_comes_back_from_the_doppler_as_its_ground_speed_across_the_path()
    {
        // CCCscp 20/60: the target crosses at 60 km/h over ground with no speed along the VUT's axis; relative to the VUT
        // at 20 km/h it moves (−20/3.6, −60/3.6) m/s. The fusion gives that back: along −v_VUT, across −v_target.
        var (fusion, monitor) = Create();
        var frame = HealthyFrame.Create(0);
        frame.FrontLeftCornerRadar.Count = 1;
        frame.FrontLeftCornerRadar.Tracks[0] = Moving(Polar(5, 25f, 25f), 45f, 0f, -60f / 3.6f);
        Observe(fusion, monitor, frame);
        Assert.Equal(1, fusion.LeftInCarFrame.Count);
        Assert.Equal(-EgoMps, fusion.LeftInCarFrame.Tracks[0].RelVelLongMps, 3);
        Assert.Equal(-60f / 3.6f, fusion.LeftInCarFrame.Tracks[0].RelVelLatMps, 3);
    }

    [Theory]
    [InlineData(0f, 0f)] // a guard-rail post, a parked car: standing
    [InlineData(-60f, 0f)] // an oncoming car on the next lane: along the road
    [InlineData(50f, 0f)] // a car ahead on the next lane: along the road
    [InlineData(0f, -15f)] // crossing at 15 km/h (4.2 m/s): below the 5 m/s a corner track needs
    [InlineData(-60f, -20f)] // oncoming at an angle: more along than across
    public void A_road_user_that_does_not_cross_the_path_fast_is_not_taken(float alongKph, float acrossKph)
    {
        var (fusion, monitor) = Create();
        var frame = HealthyFrame.Create(0);
        frame.FrontLeftCornerRadar.Count = 1;
        frame.FrontLeftCornerRadar.Tracks[0] = Moving(Polar(9, 25f, 10f), 45f, alongKph / 3.6f, acrossKph / 3.6f);
        Observe(fusion, monitor, frame);
        Assert.True(fusion.LeftOk);
        Assert.Equal(0, fusion.LeftInCarFrame.Count);
    }

    [Fact]
    public void A_target_beside_the_car_behind_the_bumpers_face_is_no_forward_threat_candidate()
    {
        // 100° from the axis (55° off the left boresight), 5 m out: x = −0.35 + 5·cos 100° = −1.22 m.
        var (fusion, monitor) = Create();
        var frame = HealthyFrame.Create(0);
        frame.FrontLeftCornerRadar.Count = 1;
        frame.FrontLeftCornerRadar.Tracks[0] = Moving(Polar(6, 5f, 55f), 45f, 0f, -60f / 3.6f);
        Observe(fusion, monitor, frame);
        Assert.True(fusion.LeftOk);
        Assert.Equal(0, fusion.LeftInCarFrame.Count);
    }

    [Theory]
    [InlineData("nan")]
    [InlineData("sensorFault")]
    [InlineData("count")]
    [InlineData("width")]
    public void A_corrupt_list_is_a_fault_code_and_is_not_used(string corruption)
    {
        var (fusion, monitor) = Create();
        var frame = HealthyFrame.Create(0);
        frame.FrontLeftCornerRadar.Count = 1;
        frame.FrontLeftCornerRadar.Tracks[0] = Polar(7, 20f, 10f);
        switch (corruption)
        {
            case "nan": frame.FrontLeftCornerRadar.Tracks[0].LateralM = float.NaN; break;
            case "sensorFault": frame.FrontLeftCornerRadar.SensorOk = false; break;
            case "count": frame.FrontLeftCornerRadar.Count = RadarTrackBuffer.Capacity + 1; break;
            case "width": frame.FrontLeftCornerRadar.Tracks[0].WidthM = -1f; break;
        }

        Observe(fusion, monitor, frame);
        Assert.False(fusion.LeftOk);
        Assert.Equal(0, fusion.LeftInCarFrame.Count);
        Assert.True((monitor.Latched & DiagnosticCode.FrontLeftCornerRadarFault) != 0);
        Assert.True(fusion.RightOk);
        Assert.True((monitor.Latched & (DiagnosticCode.FrontRightCornerRadarFault | DiagnosticCode.FrontRightCornerRadarStale)) == 0);
    }

    [Fact]
    public void A_list_older_than_the_radar_age_limit_is_stale_and_not_used()
    {
        var (fusion, monitor) = Create();
        var frame = HealthyFrame.Create(0);
        frame.FrontRightCornerRadar.Count = 1;
        frame.FrontRightCornerRadar.Tracks[0] = Polar(8, 20f, -10f);
        frame.FrontRightCornerRadar.AgeUs = Cal.Monitoring.RadarMaxAgeUs + 1;
        Observe(fusion, monitor, frame);
        Assert.False(fusion.RightOk);
        Assert.True((monitor.Latched & DiagnosticCode.FrontRightCornerRadarStale) != 0);
    }

    [Fact]
    public void Lists_not_yet_arrived_are_no_fault_during_start_up_but_are_after_it()
    {
        var (fusion, monitor) = Create();
        var frame = HealthyFrame.Create(0);
        frame.FrontLeftCornerRadar.AgeUs = SignalAge.Never;
        Observe(fusion, monitor, frame);
        Assert.False(fusion.LeftOk);
        Assert.True((monitor.Latched & DiagnosticCode.FrontLeftCornerRadarStale) == 0);

        long afterGraceUs = Cal.Monitoring.StartupGraceUs + 10_000;
        HealthyFrame.Refresh(frame, afterGraceUs);
        frame.FrontLeftCornerRadar.AgeUs = SignalAge.Never;
        Observe(fusion, monitor, frame);
        Assert.True((monitor.Latched & DiagnosticCode.FrontLeftCornerRadarStale) != 0);
    }

    [Fact]
    public void A_car_without_corner_radars_never_reports_them_missing()
    {
        var cal = Cal with { CornerRadars = Cal.CornerRadars with { Fitted = false } };
        var (fusion, monitor) = Create(cal);
        var frame = HealthyFrame.Create(0);
        for (long t = 0; t <= 2_000_000; t += 10_000)
        {
            HealthyFrame.Refresh(frame, t);
            frame.FrontLeftCornerRadar = default;
            frame.FrontLeftCornerRadar.AgeUs = SignalAge.Never;
            frame.FrontRightCornerRadar = default;
            frame.FrontRightCornerRadar.AgeUs = SignalAge.Never;
            Observe(fusion, monitor, frame);
            Assert.False(fusion.LeftOk || fusion.RightOk);
        }

        const DiagnosticCode corner = DiagnosticCode.FrontLeftCornerRadarStale | DiagnosticCode.FrontLeftCornerRadarFault
            | DiagnosticCode.FrontRightCornerRadarStale | DiagnosticCode.FrontRightCornerRadarFault;
        Assert.True((monitor.Latched & corner) == 0);
    }
}
