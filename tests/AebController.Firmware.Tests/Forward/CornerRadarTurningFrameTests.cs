using AebController.Firmware.Calibration;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;
using AebController.Firmware.Tests.Monitoring;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// The front corner radars while the car turns (<see cref="CornerRadarFusion"/>). The lists' velocities are in a frame
/// that turns with the car (docs/sensors.md): an object at car-frame x ahead of the bumper moves, relative to that frame,
/// at (u_x − v, u_y − ω·(x + a)) for a ground velocity (u_x, u_y), a = 3.8 m from the rear axle to the bumper, and the
/// sensor yawed ψ sees that vector turned by −ψ. By hand, the case traced in tests/adversarial/bend-parked-outside
/// (50 km/h r40 left): a car parked 14 m ahead, ω = 0.34 rad/s, v = 13.89 m/s: the frame moves it across at
/// −0.34 × 17.8 = −6.05 m/s, past the 5 m/s a corner track needs, though it stands.
/// </summary>
public sealed class CornerRadarTurningFrameTests
{
    private const float Deg = MathF.PI / 180f;
    private const float EgoMps = 13.89f;
    private const float YawRps = 0.34f;
    private const float A = 3.8f;

    /// <summary>A target at car-frame (x, y) seen by the left sensor (−0.35 m, +0.75 m, yawed 45°) moving over ground at (along, across).</summary>
    private static RadarTrack SeenByLeft(float xM, float yM, float alongMps, float acrossMps, float yawRps)
    {
        float dx = xM + 0.35f, dy = yM - 0.75f;
        float c = MathF.Cos(45f * Deg), s = MathF.Sin(45f * Deg);
        float vx = alongMps - EgoMps, vy = acrossMps - yawRps * (xM + A);
        return new RadarTrack
        {
            Id = 7, LongitudinalM = dx * c + dy * s, LateralM = -dx * s + dy * c, WidthM = 1.8f, ElevationM = 0.5f, RcsDbsm = 10f,
            UpdateCount = 10, RelVelLongMps = vx * c + vy * s, RelVelLatMps = -vx * s + vy * c,
        };
    }

    private static int Taken(RadarTrack track, float yawRps)
    {
        var cal = AebCalibration.Default;
        var fusion = new CornerRadarFusion(cal.CornerRadars, cal.Monitoring.RadarMaxAgeUs, cal.Monitoring.RadarFrozenLists);
        var monitor = new InputMonitor(cal.Monitoring, cal.CyclePeriodS);
        var frame = HealthyFrame.Create(0);
        frame.FrontLeftCornerRadar.Count = 1;
        frame.FrontLeftCornerRadar.Tracks[0] = track;
        monitor.Check(frame);
        fusion.Observe(frame, monitor);
        fusion.Transform(frame, EgoMps, 0f, yawRps, A);
        Assert.True(fusion.LeftOk);
        return fusion.LeftInCarFrame.Count;
    }

    [Fact]
    public void A_parked_car_turned_past_by_the_frame_is_no_crosser()
    {
        var parked = SeenByLeft(14f, -0.5f, 0f, 0f, YawRps);
        Assert.Equal(0, Taken(parked, YawRps));
        // Read without the frame's turn it crosses at 6.05 m/s, which is what braked the car.
        Assert.Equal(1, Taken(parked, 0f));
    }

    [Fact]
    public void A_road_user_crossing_fast_while_the_car_turns_is_still_taken_with_its_turning_frame_velocity()
    {
        // Crossing toward the right at 8 m/s over ground, 20 m ahead and 6 m left: the frame adds −0.34 × 23.8 = −8.09 m/s.
        var crosser = SeenByLeft(20f, 6f, 0f, -8f, YawRps);
        Assert.Equal(1, Taken(crosser, YawRps));
        // The assessor takes the rotation out itself (RadarThreatAssessor.PathRelativeLateralVelocity): the car-frame
        // track keeps the turning frame's −8 − 8.09 m/s.
        var cal = AebCalibration.Default;
        var fusion = new CornerRadarFusion(cal.CornerRadars, cal.Monitoring.RadarMaxAgeUs, cal.Monitoring.RadarFrozenLists);
        var monitor = new InputMonitor(cal.Monitoring, cal.CyclePeriodS);
        var frame = HealthyFrame.Create(0);
        frame.FrontLeftCornerRadar.Count = 1;
        frame.FrontLeftCornerRadar.Tracks[0] = crosser;
        monitor.Check(frame);
        fusion.Observe(frame, monitor);
        fusion.Transform(frame, EgoMps, 0f, YawRps, A);
        Assert.Equal(-8f - YawRps * (20f + A), fusion.LeftInCarFrame.Tracks[0].RelVelLatMps, 2);
    }

    [Fact]
    public void On_a_straight_road_nothing_changes()
    {
        Assert.Equal(0, Taken(SeenByLeft(14f, -0.5f, 0f, 0f, 0f), 0f));
        Assert.Equal(1, Taken(SeenByLeft(20f, 6f, 0f, -8f, 0f), 0f));
    }
}
