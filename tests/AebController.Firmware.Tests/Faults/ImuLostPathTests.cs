using AebController.Firmware.Calibration;
using AebController.Firmware.Runtime;
using AebController.Firmware.Signals;
using AebController.Firmware.Tests.Monitoring;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// With the IMU lost (its yaw rate and acceleration not numbers), forward AEB predicts the path from the steering and the
/// wheel speed: the kinematic bicycle model, by hand. A car steered at road-wheel angle δ with wheelbase L turns about a
/// centre R = L / tan δ to the side of the rear axle; its front bumper, a ahead of the axle on the car's axis, sweeps the
/// circle of radius √(R² + a²) about that centre, so a point X ahead of the rear axle on the bumper's path lies
/// R − √(R² + a² − X²) to the side. A lead car placed there is in the path (offset ≈ 0); with the wheel straight it is
/// that far off it.
/// </summary>
public sealed class ImuLostPathTests
{
    private const long CycleUs = 10_000;
    private const float SpeedMps = 15f;
    private const float RadiusM = 175f;
    private const float FaceM = 30f;
    private const float WidthM = 1.8f;

    private const int Cycles = 60;

    /// <summary>
    /// The lead car keeps the ego's speed <see cref="FaceM"/> ahead along the path, its centre <paramref name="lateralM"/>
    /// to the side (the radar's monitors take a track whose range or lateral position moves against its rates for a
    /// faulted radar, so the geometry stands still).
    /// </summary>
    private static AebFirmware Drive(float steeringWheelRad, float yawRateRps, float lateralM)
    {
        var cal = AebCalibration.Default;
        var firmware = new AebFirmware(cal);
        var frame = HealthyFrame.Create(0, speedMps: SpeedMps, pedal: 0.2f);
        for (int i = 0; i < Cycles; i++)
        {
            HealthyFrame.Refresh(frame, i * CycleUs, speedMps: SpeedMps, pedal: 0.2f);
            frame.Motion.YawRateRps = yawRateRps;
            frame.Motion.LongAccelMps2 = float.IsFinite(yawRateRps) ? 0f : float.NaN;
            frame.Steering.AngleRad = steeringWheelRad;
            frame.FrontRadar.Count = 1;
            // A lead car: moving, so the radar alone may judge it.
            frame.FrontRadar.Tracks[0] = new RadarTrack
            {
                Id = 1, LongitudinalM = FaceM, LateralM = lateralM, RelVelLongMps = 0f, WidthM = WidthM,
                ElevationM = 0.5f, RcsDbsm = 10f, UpdateCount = 20 + i,
            };
            firmware.Step(frame);
        }

        return firmware;
    }

    /// <summary>Steering-wheel angle for the circle of <see cref="RadiusM"/> (δ = atan(L / R), times the steering ratio).</summary>
    private static float SteeringWheelRad(VehicleCalibration v) => v.SteeringRatio * MathF.Atan(v.WheelbaseM / RadiusM);

    /// <summary>The lateral offset of the bumper's circle where the lead car's centre stands (hand geometry, no small angles).</summary>
    private static float OnBumperCircleM(AebCalibration cal)
    {
        float a = cal.Vehicle.RearAxleToFrontBumperM;
        float x = a + FaceM + MathF.Min(0.5f * WidthM, cal.ForwardAeb.FaceToCentreMaxM);
        return RadiusM - MathF.Sqrt(RadiusM * RadiusM + a * a - x * x);
    }

    [Fact]
    public void With_the_imu_lost_the_steered_path_runs_through_a_lead_car_on_the_bicycle_circle()
    {
        var cal = AebCalibration.Default;
        Assert.InRange(OnBumperCircleM(cal), 2.5f, 4f);     // far enough aside that a straight path misses it
        var firmware = Drive(SteeringWheelRad(cal.Vehicle), float.NaN, OnBumperCircleM(cal));
        Assert.True(firmware.ForwardThreat.HasTarget, "the lead car on the steered circle must be the threat");
        Assert.InRange(firmware.ForwardThreat.PathOffsetM, -0.06f, 0.06f);
        Assert.True((firmware.Monitor.Latched & DiagnosticCode.ImuOutOfRange) != 0, "the lost IMU is still reported");
    }

    [Fact]
    public void The_stand_in_path_is_the_one_a_healthy_gyro_reading_the_bicycle_yaw_gives()
    {
        var cal = AebCalibration.Default;
        var gyro = Drive(SteeringWheelRad(cal.Vehicle), SpeedMps / RadiusM, OnBumperCircleM(cal));
        var lost = Drive(SteeringWheelRad(cal.Vehicle), float.NaN, OnBumperCircleM(cal));
        Assert.True(gyro.ForwardThreat.HasTarget && lost.ForwardThreat.HasTarget);
        Assert.Equal(gyro.ForwardThreat.PathOffsetM, lost.ForwardThreat.PathOffsetM, 0.02f);
    }

    [Fact]
    public void With_the_imu_lost_and_the_wheel_straight_the_lead_car_aside_is_no_threat()
    {
        var cal = AebCalibration.Default;
        var firmware = Drive(0f, float.NaN, OnBumperCircleM(cal));
        Assert.False(firmware.ForwardThreat.HasTarget);
    }

    [Fact]
    public void With_the_imu_and_the_steering_lost_forward_aeb_stands_aside()
    {
        var cal = AebCalibration.Default;
        var firmware = Drive(float.NaN, float.NaN, 0f);
        Assert.False(firmware.ForwardThreat.HasTarget);
    }
}
