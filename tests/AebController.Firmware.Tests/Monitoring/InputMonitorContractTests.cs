using AebController.Firmware.Calibration;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>
/// InputMonitor's stated contract where the mutation run of session 7 found no test: which corrupt radar track makes a
/// radar unusable (only a threat being acted on, and no threat before a function names one); the frozen-wheel-speed
/// verdict (the cycle it is found, a freeze after honest slowing, a reading dithering within its tolerance, a missing
/// message ending the run, the accelerometer readings within its offset carrying nothing); and Reset returning the
/// monitor to a new one (a used-then-reset monitor and a new one answer the same inputs alike, cycle by cycle).
/// </summary>
public sealed class InputMonitorContractTests
{
    private const long CycleUs = 10_000;
    private static readonly MonitoringCalibration Cal = AebCalibration.Default.Monitoring;

    private static RadarTrack Track(int id, float lateralM) => new()
    {
        Id = id, LongitudinalM = 20f, LateralM = lateralM, RelVelLongMps = -15f, WidthM = 1.8f, ElevationM = 0.5f, RcsDbsm = 10f, UpdateCount = 10,
    };

    /// <summary>
    /// Ten healthy tracks, ids 0 to 9, on both radars; the track with id <paramref name="corruptId"/> has a NaN range (a front
    /// track whose range rate alone is lost is stood in for, not corrupt: RateStandInMonitorTests).
    /// </summary>
    private static SensorFrame TenTracks(params int[] corruptIds)
    {
        var frame = HealthyFrame.Create(0);
        frame.FrontRadar.Count = 10;
        frame.RearRadar.Count = 10;
        for (int i = 0; i < 10; i++)
        {
            var t = Track(i, 4f * i);
            if (Array.IndexOf(corruptIds, i) >= 0) t.LongitudinalM = float.NaN;
            frame.FrontRadar.Tracks[i] = t;
            frame.RearRadar.Tracks[i] = t;
        }

        return frame;
    }

    [Fact]
    public void Before_any_function_names_a_threat_one_corrupt_track_of_any_id_leaves_both_radars_usable()
    {
        for (int id = 0; id < 10; id++)
        {
            var monitor = new InputMonitor(Cal);
            monitor.Check(TenTracks(id));
            Assert.True(monitor.Health.FrontRadarOk, $"front, corrupt track {id}");
            Assert.True(monitor.Health.RearRadarOk, $"rear, corrupt track {id}");
            Assert.NotEqual(DiagnosticCode.None, monitor.Latched & DiagnosticCode.RadarValueOutOfRange);
        }
    }

    [Fact]
    public void Track_id_0_is_a_track_like_any_other_when_it_is_the_threat()
    {
        var monitor = new InputMonitor(Cal);
        monitor.SetThreatTracks(0, -1, -1);
        monitor.Check(TenTracks(0));
        Assert.False(monitor.Health.FrontRadarOk);
        Assert.True(monitor.Health.RearRadarOk);

        monitor = new InputMonitor(Cal);
        monitor.SetThreatTracks(-1, -1, 0);
        monitor.Check(TenTracks(0));
        Assert.True(monitor.Health.FrontRadarOk);
        Assert.False(monitor.Health.RearRadarOk);
    }

    [Fact]
    public void Both_front_functions_threats_corrupt_at_once_make_the_front_radar_unusable()
    {
        var monitor = new InputMonitor(Cal);
        monitor.SetThreatTracks(3, 5, -1);
        monitor.Check(TenTracks(3, 5));
        Assert.False(monitor.Health.FrontRadarOk);
    }

    /// <summary>Runs the monitor; speed, accel and whether the motion message is fresh per cycle. Returns the cycles the freeze was found in.</summary>
    private static (List<int> FoundIn, int LatchedAt, InputMonitor Monitor) Run(MonitoringCalibration cal, Func<int, float> speed,
        Func<int, float> accel, int cycles, Func<int, bool>? fresh = null, Func<int, float>? yaw = null)
    {
        var monitor = new InputMonitor(cal);
        var frame = HealthyFrame.Create(0);
        var foundIn = new List<int>();
        int latchedAt = -1;
        for (int i = 0; i < cycles; i++)
        {
            HealthyFrame.Refresh(frame, 600_000 + i * CycleUs, speedMps: speed(i));
            frame.Motion.LongAccelMps2 = accel(i);
            if (yaw != null) frame.Motion.YawRateRps = yaw(i);
            if (fresh != null && !fresh(i)) frame.Motion.AgeUs = 10 * cal.VehicleSignalMaxAgeUs;
            monitor.Check(frame);
            if (monitor.WheelSpeedFrozeThisCycle)
            {
                foundIn.Add(i);
                Assert.False(monitor.Health.WheelSpeedOk);   // the verdict and the code in the same cycle
            }

            if (latchedAt < 0 && (monitor.Latched & DiagnosticCode.WheelSpeedFrozen) != 0) latchedAt = i;
        }

        return (foundIn, latchedAt, monitor);
    }

    private static int Judged(MonitoringCalibration cal) => (int)MathF.Round(cal.WheelSpeedFrozenS / 0.01f);

    [Fact]
    public void A_freeze_is_found_in_exactly_one_cycle_the_one_the_code_latches_in()
    {
        var (foundIn, latchedAt, monitor) = Run(Cal, _ => 13.9f, i => i < 20 ? 0f : -9.8f, 200);
        Assert.Equal([latchedAt], foundIn);
        Assert.False(monitor.WheelSpeedFrozeThisCycle);
        // A healthy drive finds nothing in any cycle.
        var (healthy, _, _) = Run(Cal, i => MathF.Max(0f, 20f - 6f * i * 0.01f), _ => -6f, 400);
        Assert.Empty(healthy);
        monitor.Reset();
        Assert.False(monitor.WheelSpeedFrozeThisCycle);
    }

    [Fact]
    public void A_reading_that_freezes_after_the_car_slowed_honestly_is_found()
    {
        // Braking at 6 m/s² from 20 m/s; from cycle 100 on the reading stays at its last value (14 m/s) while the
        // accelerometer still reads the braking. The run starts at the last sample that moved (cycle 99); its
        // repeats count from cycle 100 on.
        float Truth(int i) => 20f - 6f * MathF.Min(i, 99) * 0.01f;
        var (_, latchedAt, _) = Run(Cal, Truth, _ => -6f, 300);
        Assert.Equal(100 + Judged(Cal) - 1, latchedAt);
    }

    [Fact]
    public void A_reading_dithering_within_its_tolerance_is_the_same_reading()
    {
        // "Reads the same within the tolerance" includes the tolerance (as FrozenUnderBraking does): a stuck
        // reading that toggles by exactly the tolerance (0.0625 m/s, exact in binary) is still stuck.
        var cal = Cal with { WheelSpeedFrozenToleranceMps = 0.0625f };
        var (_, latchedAt, _) = Run(cal, i => i % 2 == 0 ? 16f : 16.0625f, i => i < 20 ? 0f : -9.8f, 200);
        Assert.Equal(20 + Judged(cal) - 1, latchedAt);
    }

    [Fact]
    public void A_missing_wheel_speed_message_ends_the_run()
    {
        // Stuck at 13.9 m/s under full braking from cycle 20; the message is missing in cycle 30. A message that did not
        // arrive cannot show that the reading stayed put: the run restarts with the next sample (31), whose repeats
        // count from cycle 32, so the judged time is served again from there.
        var (_, latchedAt, _) = Run(Cal, _ => 13.9f, i => i < 20 ? 0f : -9.8f, 300, fresh: i => i != 30);
        Assert.Equal(31 + Judged(Cal), latchedAt);
    }

    [Theory]
    [InlineData(0.25f)]
    [InlineData(-0.25f)]
    [InlineData(-0.5f)]   // the offset itself (the default 0.5 m/s², exact in binary): within it
    public void Accelerometer_readings_within_its_offset_carry_the_frozen_run_nothing(float accelMps2)
    {
        Assert.Equal(0.5f, Cal.AccelOffsetMps2);
        var (_, _, monitor) = Run(Cal, _ => 13.9f, _ => accelMps2, 100);
        Assert.Equal(13.9f, monitor.WheelSpeedCarriedMps);
    }

    [Fact]
    public void An_untrusted_imu_carries_the_frozen_run_nothing()
    {
        // The gyro reads no number: the IMU is out of range, and its accelerometer's −6 m/s² is not taken either.
        var (_, latchedAt, monitor) = Run(Cal, _ => 13.9f, _ => -6f, 100, yaw: _ => float.NaN);
        Assert.Equal(-1, latchedAt);
        Assert.Equal(13.9f, monitor.WheelSpeedCarriedMps);
        // With the IMU trusted the same readings carry 13.9 − 6 · 0.01 per cycle after the first.
        var (_, _, trusted) = Run(Cal, _ => 13.9f, _ => -6f, 11);
        Assert.Equal(13.9f - 6f * 0.1f, trusted.WheelSpeedCarriedMps, 3);
    }

    /// <summary>A mixed drive: start-up, a pedal disagreement, a frozen wheel speed under braking, a brake mismatch.</summary>
    private static void Messy(InputMonitor monitor, long startUs)
    {
        var frame = HealthyFrame.Create(startUs);
        for (int i = 0; i < 300; i++)
        {
            HealthyFrame.Refresh(frame, startUs + i * CycleUs, speedMps: 13.9f, pedal: i is > 50 and < 120 ? 0.8f : 0.3f);
            if (i is > 50 and < 120) frame.Pedals.AccelTrack2 = 0.05f;
            frame.Motion.LongAccelMps2 = i > 150 ? -9.8f : 0f;
            frame.BrakeFeedback.DecelMps2 = i > 200 ? 5f : 0f;
            monitor.Check(frame);
            monitor.CheckActuator(i > 150 ? 8f : 0f, frame.BrakeFeedback.DecelMps2);
        }
    }

    [Fact]
    public void A_reset_monitor_answers_every_cycle_as_a_new_one()
    {
        var used = new InputMonitor(Cal);
        Messy(used, 0);
        Assert.NotEqual(DiagnosticCode.None, used.Latched);
        used.Reset();
        var fresh = new InputMonitor(Cal);
        Assert.Equal(fresh.WheelSpeedFrozeThisCycle, used.WheelSpeedFrozeThisCycle);
        Assert.Equal(fresh.Latched, used.Latched);

        // The next drive starts with a reading of one bus bit (0.03125 km/h) under full braking, then the messy drive.
        float bit = 0.03125f / 3.6f;
        var a = HealthyFrame.Create(0);
        var b = HealthyFrame.Create(0);
        for (int i = 0; i < 400; i++)
        {
            long now = 50_000_000 + i * CycleUs;
            foreach (var f in new[] { a, b })
            {
                HealthyFrame.Refresh(f, now, speedMps: i < 60 ? bit : 13.9f);
                f.Motion.LongAccelMps2 = i < 60 || i > 250 ? -9.8f : 0f;
            }

            used.Check(a);
            fresh.Check(b);
            used.CheckActuator(0f, 0f);
            fresh.CheckActuator(0f, 0f);
            Assert.True(fresh.Latched == used.Latched, $"cycle {i}: latched {used.Latched}, new monitor {fresh.Latched}");
            Assert.True(fresh.Health.Equals(used.Health), $"cycle {i}: health differs");
            Assert.True(fresh.WheelSpeedFrozeThisCycle == used.WheelSpeedFrozeThisCycle, $"cycle {i}: frozen this cycle");
            Assert.True(fresh.WheelSpeedCarriedMps == used.WheelSpeedCarriedMps, $"cycle {i}: carried {used.WheelSpeedCarriedMps}, new {fresh.WheelSpeedCarriedMps}");
        }
    }
}
