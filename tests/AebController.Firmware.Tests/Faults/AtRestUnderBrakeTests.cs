using AebController.Firmware.Calibration;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;
using AebController.Firmware.Tests.Monitoring;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// A car under a brake beyond the steepest grade's pull (4.64 m/s²: the 40 % grade's 3.64 plus the accelerometer's 1 m/s²
/// of offset and drag) cannot speed up, and reads no deceleration only when it stands
/// (<see cref="SpeedPlausibility.AtRestUnderBrake"/>, offset 0.5 m/s²): the speed estimate of a faulted wheel speed goes to
/// 0 then, and a wheel speed that reads the same above 0 meanwhile is frozen. Found by the campaign: reversing at 5 km/h,
/// braked to a stop by rear AEB with the wheel speed NaN, ±∞, offset or stuck, the car stood for 3 s with the function
/// still braking and warning, because the accelerometer's rebound as the car stopped (+7.45 m/s² for one cycle, the
/// travel's sign turning at rest) or its offset left the estimate above the 0.05 m/s standstill.
/// </summary>
public sealed class AtRestUnderBrakeTests
{
    private const float CycleS = 0.01f;
    private static readonly MonitoringCalibration Cal = AebCalibration.Default.Monitoring;
    private static readonly float MinBrake = Cal.WheelSpeedFrozenMinBrakeMps2;
    private static readonly float Offset = Cal.AccelOffsetMps2;

    [Fact]
    public void The_cues_are_the_frozen_wheel_speed_s()
    {
        Assert.Equal(4.64f, MinBrake);
        Assert.Equal(0.5f, Offset);
        Assert.Equal(0.3f, Cal.WheelSpeedFrozenS);
    }

    [Theory]
    // Braked at 9 m/s², reading 0 ± the offset: at rest.
    [InlineData(9f, 0f, true)]
    [InlineData(9f, 0.5f, true)]
    [InlineData(9f, -0.5f, true)]
    // Decelerating beyond the offset (any road with friction above 0.05): moving.
    [InlineData(9f, -0.51f, false)]
    [InlineData(9f, 0.51f, false)]
    // A brake at the steepest grade's pull or below: a car can stand or roll on it either way.
    [InlineData(4.64f, 0f, true)]
    [InlineData(4.63f, 0f, false)]
    [InlineData(0f, 0f, false)]
    [InlineData(float.NaN, 0f, false)]
    [InlineData(float.PositiveInfinity, 0f, false)]
    [InlineData(9f, float.NaN, false)]
    public void At_rest_under_the_brake(float appliedMps2, float accelMps2, bool atRest) =>
        Assert.Equal(atRest, SpeedPlausibility.AtRestUnderBrake(appliedMps2, accelMps2, MinBrake, Offset));

    [Fact]
    public void Sweep_of_brake_and_reading()
    {
        for (float brake = 0f; brake <= 10f; brake += 0.25f)
        {
            for (float accel = -10f; accel <= 3f; accel += 0.05f)
            {
                bool expected = brake >= 4.64f && MathF.Abs(accel) <= 0.5f;
                if (MathF.Abs(MathF.Abs(accel) - 0.5f) < 1e-3f || MathF.Abs(brake - 4.64f) < 1e-3f) continue;
                Assert.Equal(expected, SpeedPlausibility.AtRestUnderBrake(brake, accel, MinBrake, Offset));
                Assert.Equal(brake >= 4.64f, SpeedPlausibility.BrakedBeyondGrade(brake, MinBrake));
            }
        }
    }

    [Theory]
    [InlineData(1.39f, 1.39f, true, true)]
    [InlineData(1.39f, 1.40f, true, true)]
    [InlineData(1.39f, 1.42f, true, false)]
    [InlineData(0f, 0f, true, false)]
    [InlineData(1.39f, 1.39f, false, false)]
    [InlineData(float.NaN, 1.39f, true, false)]
    public void Frozen_at_rest(float runStart, float measured, bool atRest, bool frozen) =>
        Assert.Equal(frozen, SpeedPlausibility.FrozenAtRest(runStart, measured, Cal.WheelSpeedFrozenToleranceMps, atRest));

    private static float Estimate(ref EgoSpeedEstimator e, float accel, float applied) =>
        e.Update(false, float.NaN, true, accel, applied, 9.81f, CycleS, 0f, applied, MinBrake, Offset, 30);

    [Fact]
    public void The_rebound_as_a_reversing_car_stops_is_not_integrated()
    {
        // 0.3 m/s braked at 9 m/s² (IMU −9 along the travel) for 3 cycles: 0.03 m/s; then the stop's rebound, +7.45 for one
        // cycle: not integrated under the brake (0.03, not 0.1045).
        var e = new EgoSpeedEstimator();
        e.Update(true, 0.3f, true, 0f, 0f, 9.81f, CycleS);
        float v = 0f;
        for (int i = 0; i < 3; i++) v = Estimate(ref e, -9f, 9f);
        Assert.Equal(0.03f, v, 4);
        Assert.Equal(0.03f, Estimate(ref e, 7.45f, 9f), 4);
    }

    [Fact]
    public void Standing_under_the_brake_for_the_confirmation_time_is_rest()
    {
        // 0.3 m/s left by the accelerometer's +0.16 m/s² offset integrated while it stopped; braked at 9, reading 0.16:
        // cycles 1–29 keep 0.3 (brakes never speed the car up), cycle 30 (0.3 s) is rest: 0.
        var e = new EgoSpeedEstimator();
        e.Update(true, 0.3f, true, 0f, 0f, 9.81f, CycleS);
        for (int i = 1; i < 30; i++) Assert.Equal(0.3f, Estimate(ref e, 0.16f, 9f), 4);
        Assert.Equal(0f, Estimate(ref e, 0.16f, 9f));
    }

    [Fact]
    public void A_car_decelerating_under_the_brake_is_never_taken_for_standing()
    {
        // Ice (μ 0.1): braked at 9, the car decelerates at 0.98 m/s², beyond the offset: 10 m/s falls by 0.98 m/s a second.
        var e = new EgoSpeedEstimator();
        e.Update(true, 10f, true, 0f, 0f, 9.81f, CycleS);
        float v = 0f;
        for (int i = 0; i < 100; i++) v = Estimate(ref e, -0.981f, 9f);
        Assert.Equal(10f - 0.981f, v, 2);
    }

    [Fact]
    public void A_weak_brake_lets_the_accelerometer_carry_the_estimate_up()
    {
        // 3 m/s² is within the steepest grade's pull: a car on a 40 % grade gains 0.64 m/s² under it; 1 s: +0.64 m/s.
        var e = new EgoSpeedEstimator();
        e.Update(true, 2f, true, 0f, 0f, 9.81f, CycleS);
        float v = 0f;
        for (int i = 0; i < 100; i++) v = Estimate(ref e, 0.64f, 3f);
        Assert.Equal(2.64f, v, 2);
    }

    [Fact]
    public void The_monitor_finds_a_wheel_speed_stuck_while_the_car_stands_under_the_brake()
    {
        // Reading 1.39 m/s (5 km/h) throughout; the car stands; the actuator has been asked 9 m/s² for long (model and
        // feedback 9), the accelerometer reads 0: frozen after 0.3 s (30 cycles) of the run, then unusable.
        var monitor = new InputMonitor(Cal);
        var frame = HealthyFrame.Create(0, 1.39f);
        int foundAt = -1;
        for (int c = 0; c < 200; c++)
        {
            HealthyFrame.Refresh(frame, c * 10_000L, 1.39f);
            frame.BrakeFeedback = new BrakeFeedback { DecelMps2 = 9f, AgeUs = 0 };
            monitor.Check(frame);
            monitor.CheckActuator(9f, 9f);
            if (foundAt < 0 && (monitor.Latched & DiagnosticCode.WheelSpeedFrozen) != 0) foundAt = c;
        }

        // The actuator model (dead time 8 cycles, lag 0.12 s: 1/12 per cycle) seen at cycle c is 9 (1 − (11/12)^(c − 8)), at
        // least 4.64 from c − 8 = 9 ((11/12)^9 = 0.457 ≤ 0.484): cycle 17 is the first at rest under the brake, and the
        // 30th such cycle (0.3 s) is cycle 46.
        Assert.Equal(46, foundAt);
        Assert.False(monitor.Health.WheelSpeedOk);
    }

    [Fact]
    public void A_standing_car_whose_wheels_read_0_is_never_frozen()
    {
        var monitor = new InputMonitor(Cal);
        var frame = HealthyFrame.Create(0, 0f);
        for (int c = 0; c < 500; c++)
        {
            HealthyFrame.Refresh(frame, c * 10_000L, 0f);
            frame.BrakeFeedback = new BrakeFeedback { DecelMps2 = 9f, AgeUs = 0 };
            monitor.Check(frame);
            monitor.CheckActuator(9f, 9f);
        }

        Assert.Equal(DiagnosticCode.None, monitor.Latched);
    }

    [Fact]
    public void Without_the_feedback_s_confirmation_no_brake_is_applied()
    {
        // The model says 9 but the feedback reads 0 (a brake that does not press): the car may be rolling; not at rest.
        var monitor = new InputMonitor(Cal);
        var frame = HealthyFrame.Create(0, 1.39f);
        for (int c = 0; c < 200; c++)
        {
            HealthyFrame.Refresh(frame, c * 10_000L, 1.39f);
            frame.BrakeFeedback = new BrakeFeedback { DecelMps2 = 0f, AgeUs = 0 };
            monitor.Check(frame);
            monitor.CheckActuator(9f, 0f);
        }

        Assert.Equal(0f, monitor.AppliedBrakeMps2);
        Assert.Equal(DiagnosticCode.None, monitor.Latched & DiagnosticCode.WheelSpeedFrozen);
    }
}
