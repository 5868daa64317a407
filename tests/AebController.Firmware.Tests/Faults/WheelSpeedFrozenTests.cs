using AebController.Firmware.Calibration;
using AebController.Firmware.Functions;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;
using AebController.Firmware.Tests.Monitoring;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// A frozen wheel speed under braking (`WheelSpeedFrozen`), judged against physics, not the calibration:
/// an accelerometer measures specific force, so on a grade θ it reads the brakes' force while the car slows at
/// that force minus g·sin θ. The oracles: the bus resolution (0.03125 km/h per bit, sensors.md V7), the
/// steepest grade the scenarios allow (40 %), the accelerometer's offset (SMI700 ±50 mg, V1).
/// </summary>
public sealed class WheelSpeedFrozenTests
{
    private const long CycleUs = 10_000;
    private const float G = 9.80665f;
    private static readonly MonitoringCalibration Cal = AebCalibration.Default.Monitoring;

    /// <summary>Two bits of the wheel-speed signal.</summary>
    private static readonly float TwoBitsMps = 2f * 0.03125f / 3.6f;

    /// <summary>The steepest grade's pull plus the offset: a reading up to this is no proof that the car slows.</summary>
    private static readonly float GradeAndOffsetMps2 = G * MathF.Sin(MathF.Atan(0.4f)) + 0.05f * G;

    [Fact]
    public void The_calibration_matches_its_physical_reasons()
    {
        Assert.InRange(Cal.WheelSpeedFrozenToleranceMps, TwoBitsMps - 1e-4f, TwoBitsMps + 1e-4f);
        // At least the grade and offset plus the 0.5 m/s² the car must provably slow by; no more than 0.01 above.
        Assert.InRange(Cal.WheelSpeedFrozenMinBrakeMps2, GradeAndOffsetMps2 + 0.5f, GradeAndOffsetMps2 + 0.51f);
        // In the judged time the least provable slowing moves the speed by more than 8 tolerances.
        Assert.True(0.5f * Cal.WheelSpeedFrozenS > 8f * Cal.WheelSpeedFrozenToleranceMps);
    }

    [Fact]
    public void Frozen_under_braking_sweep()
    {
        const float tol = 0.0174f, minBrake = 4.63f;
        for (int d = -40; d <= 40; d++)
        {
            float delta = d * 0.001f;
            for (int a = -120; a <= 20; a++)
            {
                float accel = a * 0.1f;
                bool expected = MathF.Abs(delta) <= tol && accel <= -minBrake;
                Assert.Equal(expected, SpeedPlausibility.FrozenUnderBraking(10f, 10f + delta, accel, tol, minBrake));
            }
        }

        // A wheel sensor reads 0 below its dropout speed: a steady 0 is never judged frozen.
        Assert.False(SpeedPlausibility.FrozenUnderBraking(0f, 0f, -9.8f, tol, minBrake));
        Assert.False(SpeedPlausibility.FrozenUnderBraking(10f, float.NaN, -9.8f, tol, minBrake));
        Assert.False(SpeedPlausibility.FrozenUnderBraking(float.NaN, 10f, -9.8f, tol, minBrake));
        Assert.False(SpeedPlausibility.FrozenUnderBraking(10f, 10f, float.NaN, tol, minBrake));
        Assert.False(SpeedPlausibility.FrozenUnderBraking(10f, 10f, float.NegativeInfinity, tol, minBrake));
    }

    /// <summary>Runs the monitor on <paramref name="speed"/> and <paramref name="accel"/> per cycle; returns the cycle the code latched (−1: never).</summary>
    private static (int LatchedAt, InputMonitor Monitor) Run(Func<int, float> speed, Func<int, float> accel, int cycles)
    {
        var monitor = new InputMonitor(Cal);
        var frame = HealthyFrame.Create(0);
        int latchedAt = -1;
        for (int i = 0; i < cycles; i++)
        {
            HealthyFrame.Refresh(frame, 600_000 + i * CycleUs, speedMps: speed(i));
            frame.Motion.LongAccelMps2 = accel(i);
            monitor.Check(frame);
            if (latchedAt < 0 && (monitor.Latched & DiagnosticCode.WheelSpeedFrozen) != 0) latchedAt = i;
        }

        return (latchedAt, monitor);
    }

    private static float Quantised(float mps) => MathF.Round(mps / (0.03125f / 3.6f)) * (0.03125f / 3.6f);

    [Fact]
    public void A_wheel_speed_stuck_while_the_brakes_pull_at_full_force_is_found_after_the_judged_time()
    {
        // Cruising at 13.9 m/s, then the brakes pull at 9.8 m/s² from cycle 20 while the wheel speed stays put.
        int judged = (int)MathF.Round(Cal.WheelSpeedFrozenS / 0.01f);
        var (latchedAt, monitor) = Run(_ => 13.9f, i => i < 20 ? 0f : -9.8f, 200);
        Assert.Equal(20 + judged - 1, latchedAt);
        Assert.False(monitor.Health.WheelSpeedOk);
        // The speed carried since it froze: 13.9 − 9.8 m/s² × the judged time (level road), not the frozen 13.9.
        Assert.InRange(monitor.WheelSpeedCarriedMps, 13.9f - 9.8f * judged * 0.01f - 0.01f, 13.9f - 9.8f * (judged - 1) * 0.01f + 0.01f);
    }

    [Fact]
    public void A_wheel_speed_that_jumps_low_and_sticks_while_braking_carries_the_trusted_speed_not_the_stuck_one()
    {
        // 19.44 m/s (70 km/h), full braking at 9.8 m/s² from cycle 20; at cycle 40 the reading jumps to 2 m/s and stays.
        // The car really slows from 19.44 − 9.8 × 0.2 = 17.48 m/s at the jump; the speed the estimate restarts from is
        // that truth carried by the accelerometer to the latch, never the stuck 2 m/s slowed further (which reaches 0).
        const float v0 = 19.44f, a = -9.8f;
        var (latchedAt, monitor) = Run(i => i < 40 ? MathF.Max(0f, v0 + a * MathF.Max(0, i - 20) * 0.01f) : 2f, i => i < 20 ? 0f : a, 150);
        Assert.True(latchedAt > 40, $"latched at {latchedAt}");
        Assert.False(monitor.Health.WheelSpeedOk);
        float truthAtLatch = v0 + a * (latchedAt - 20) * 0.01f;
        Assert.InRange(monitor.WheelSpeedCarriedMps, truthAtLatch - 0.2f, truthAtLatch + 0.2f);
    }

    [Fact]
    public void A_frozen_wheel_speed_stays_faulted_for_the_drive()
    {
        var (_, monitor) = Run(i => i < 100 ? 13.9f : 5f, i => i < 100 ? -9.8f : 0f, 300);
        Assert.NotEqual(DiagnosticCode.None, monitor.Latched & DiagnosticCode.WheelSpeedFrozen);
        Assert.False(monitor.Health.WheelSpeedOk);
    }

    [Theory]
    [InlineData(0.5f)]
    [InlineData(3.0f)]
    [InlineData(9.8f)]
    public void A_car_that_truly_slows_is_never_frozen_even_at_the_least_provable_rate(float truthDecelMps2)
    {
        // The accelerometer reads the grade-proof threshold (the brakes on the steepest downhill with the offset)
        // while the car really slows at only truthDecel: its quantised wheel speed still moves.
        var (latchedAt, _) = Run(i => Quantised(MathF.Max(0f, 20f - truthDecelMps2 * i * 0.01f)), _ => -Cal.WheelSpeedFrozenMinBrakeMps2 - 0.01f, 500);
        Assert.Equal(-1, latchedAt);
    }

    [Fact]
    public void A_steady_car_holding_its_speed_down_the_steepest_grade_is_not_frozen()
    {
        // Holding speed on a 40 % downhill takes a braking force of g·sin(atan 0.4); the offset adds its 50 mg.
        var (latchedAt, _) = Run(_ => Quantised(8f), _ => -GradeAndOffsetMps2, 1000);
        Assert.Equal(-1, latchedAt);
    }

    [Fact]
    public void A_wheel_speed_reading_zero_under_braking_is_not_frozen()
    {
        // Below its dropout speed (1.5 km/h) a wheel sensor reads 0 while the car still slows its last few cm/s.
        var (latchedAt, _) = Run(_ => 0f, _ => -9.8f, 200);
        Assert.Equal(-1, latchedAt);
    }

    [Fact]
    public void Without_a_trusted_imu_nothing_is_judged()
    {
        var (latchedAt, _) = Run(_ => 13.9f, _ => float.NaN, 200);
        Assert.Equal(-1, latchedAt);
    }
    // "Within the tolerance" and "a braking force of at least" include their edges; the values are exact in binary
    // (10 + 0.5, −2), so the edge is the edge and not a rounding.
    [Fact]
    public void The_tolerance_and_the_braking_force_include_their_edges()
    {
        Assert.True(SpeedPlausibility.FrozenUnderBraking(10f, 10.5f, -2f, 0.5f, 2f));
        Assert.True(SpeedPlausibility.FrozenUnderBraking(10f, 9.5f, -2f, 0.5f, 2f));
        Assert.False(SpeedPlausibility.FrozenUnderBraking(10f, 10.5f, -1.9375f, 0.5f, 2f));
        Assert.False(SpeedPlausibility.FrozenUnderBraking(10f, 10.5625f, -2f, 0.5f, 2f));
        Assert.True(SpeedPlausibility.WheelStepPlausible(10f, 10.5f, 0.5f));
        Assert.True(SpeedPlausibility.WheelStepPlausible(10f, 9.5f, 0.5f));
    }
}
