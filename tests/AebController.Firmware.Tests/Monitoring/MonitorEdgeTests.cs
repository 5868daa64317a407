using AebController.Firmware.Calibration;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>
/// The monitor at the exact edges its documents state: the fixed plausibility limits of
/// docs/calibration.md (Monitoring), the calibration's "stale after" ages, "detected after
/// pedalTrackDebounceCycles", "track 2 within pedalTrackTolerance of half track 1", and the brake
/// actuator model (dead time + first-order lag; a residual above brakeMismatchMps2 for brakeMismatchUs
/// is a fault), computed by hand here.
/// </summary>
public sealed class MonitorEdgeTests
{
    private const long CycleUs = 10_000;
    private static readonly MonitoringCalibration Cal = new();

    /// <summary>A monitor past its start-up grace on healthy frames; then one cycle with <paramref name="change"/>.</summary>
    private static InputMonitor OneCycleWith(Action<SensorFrame> change, float speedMps = 10f)
    {
        var monitor = new InputMonitor(Cal);
        long now = 0;
        var frame = HealthyFrame.Create(now, speedMps);
        for (long t = 0; t <= Cal.StartupGraceUs + 10 * CycleUs; t += CycleUs)
        {
            HealthyFrame.Refresh(frame, now += CycleUs, speedMps);
            monitor.Check(frame);
        }

        Assert.Equal(DiagnosticCode.None, monitor.Latched);
        HealthyFrame.Refresh(frame, now += CycleUs, speedMps);
        change(frame);
        monitor.Check(frame);
        return monitor;
    }

    public static TheoryData<string, float, bool> Edges() => new()
    {
        // wheel speed 0 ≤ v < 100 m/s (swept as the speed the car has been doing: no step)
        { "wheel-speed", 0f, true }, { "wheel-speed", 99.99f, true }, { "wheel-speed", 100f, false },
        // |yaw| < 3 rad/s, |accel| < 30 m/s², |steering angle| < 15 rad: the edge itself is out
        { "yaw", 2.999f, true }, { "yaw", 3f, false }, { "yaw", -3f, false },
        { "accel", 29.99f, true }, { "accel", 30f, false }, { "accel", -30f, false },
        { "steering-angle", 14.99f, true }, { "steering-angle", 15f, false }, { "steering-angle", -15f, false },
        // accelerator tracks: −0.02 … 1.02 and −0.02 … 0.52, both ends accepted
        { "track1", -0.02f, true }, { "track1", 1.02f, true }, { "track1", -0.03f, false }, { "track1", 1.03f, false },
        { "track2", -0.02f, true }, { "track2", 0.52f, true }, { "track2", -0.03f, false }, { "track2", 0.53f, false },
        // brake travel −0.02 … 1.02
        { "brake-travel", -0.02f, true }, { "brake-travel", 1.02f, true }, { "brake-travel", -0.03f, false }, { "brake-travel", 1.03f, false },
        // ultrasonic echo 0 … 10 m, both ends accepted
        { "echo", 0f, true }, { "echo", 10f, true }, { "echo", 10.01f, false },
    };

    [Theory]
    [MemberData(nameof(Edges))]
    public void A_value_at_its_documented_edge_is_judged_as_documented(string input, float value, bool accepted)
    {
        (Action<SensorFrame> set, DiagnosticCode code, Func<InputHealth, bool> ok, float speed) = input switch
        {
            "wheel-speed" => ((Action<SensorFrame>)(f => f.Motion.WheelSpeedMps = value), DiagnosticCode.WheelSpeedOutOfRange, (Func<InputHealth, bool>)(h => h.WheelSpeedOk), accepted ? value : 10f),
            "yaw" => (f => f.Motion.YawRateRps = value, DiagnosticCode.ImuOutOfRange, h => h.ImuOk, 10f),
            "accel" => (f => f.Motion.LongAccelMps2 = value, DiagnosticCode.ImuOutOfRange, h => h.ImuOk, 10f),
            "steering-angle" => (f => f.Steering.AngleRad = value, DiagnosticCode.SteeringOutOfRange, h => h.SteeringOk, 10f),
            // each track alone, the other at an agreeing reading (half / twice), clamped to its own span
            "track1" => (f => { f.Pedals.AccelTrack1 = value; f.Pedals.AccelTrack2 = Math.Clamp(value / 2f, -0.02f, 0.52f); }, DiagnosticCode.AccelPedalOutOfRange, h => h.AccelPedalOk, 10f),
            "track2" => (f => { f.Pedals.AccelTrack2 = value; f.Pedals.AccelTrack1 = Math.Clamp(value * 2f, -0.02f, 1.02f); }, DiagnosticCode.AccelPedalOutOfRange, h => h.AccelPedalOk, 10f),
            "brake-travel" => (f => { f.Pedals.BrakeTravel = value; f.Pedals.BrakeSwitch = value > 0.5f; }, DiagnosticCode.BrakePedalOutOfRange, h => h.BrakePedalOk, 10f),
            _ => (f => f.Ultrasonics[3] = new UltrasonicEcho { HasEcho = true, DistanceM = value, Strength = 0.5f, AgeUs = 30_000 }, DiagnosticCode.UltrasonicOutOfRange, h => h.UltrasonicFrontOk, 10f),
        };

        var monitor = OneCycleWith(set, speed);
        Assert.Equal(accepted, ok(monitor.Health));
        Assert.Equal(accepted ? DiagnosticCode.None : code, monitor.Latched & code);
    }

    [Theory]
    [InlineData("radar", false)]
    [InlineData("ultrasonic", false)]
    [InlineData("vehicle", false)]
    [InlineData("radar", true)]
    [InlineData("ultrasonic", true)]
    [InlineData("vehicle", true)]
    public void An_input_exactly_its_max_age_old_is_fresh_and_one_microsecond_older_is_stale(string input, bool older)
    {
        long extra = older ? 1 : 0;
        var (set, code, ok) = input switch
        {
            "radar" => ((Action<SensorFrame>)(f => f.FrontRadar.AgeUs = Cal.RadarMaxAgeUs + extra), DiagnosticCode.FrontRadarStale, (Func<InputHealth, bool>)(h => h.FrontRadarOk)),
            "ultrasonic" => (f => f.Ultrasonics[0] = new UltrasonicEcho { AgeUs = Cal.UltrasonicMaxAgeUs + extra }, DiagnosticCode.UltrasonicFrontStale, h => h.UltrasonicFrontOk),
            _ => (f => f.Gear.AgeUs = Cal.VehicleSignalMaxAgeUs + extra, DiagnosticCode.GearStale, h => h.GearOk),
        };

        var monitor = OneCycleWith(set);
        Assert.Equal(!older, ok(monitor.Health));
        Assert.Equal(older ? code : DiagnosticCode.None, monitor.Latched);
    }

    [Fact]
    public void A_full_radar_list_of_valid_tracks_is_healthy()
    {
        var monitor = OneCycleWith(f =>
        {
            f.FrontRadar.Count = RadarTrackBuffer.Capacity;
            for (int i = 0; i < RadarTrackBuffer.Capacity; i++)
            {
                f.FrontRadar.Tracks[i] = new RadarTrack { Id = i + 1, LongitudinalM = 5f + 2f * i, RelVelLongMps = -1f, WidthM = 1.8f, ElevationM = 0.5f, UpdateCount = 5 };
            }
        });
        Assert.True(monitor.Health.FrontRadarOk);
        Assert.Equal(DiagnosticCode.None, monitor.Latched);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Any_number_of_stale_or_impossible_ultrasonic_sensors_is_a_fault(int sensors)
    {
        var stale = OneCycleWith(f => { for (int i = 0; i < sensors; i++) f.Ultrasonics[i] = new UltrasonicEcho { AgeUs = 1_000_000 }; });
        Assert.False(stale.Health.UltrasonicFrontOk);
        Assert.Equal(DiagnosticCode.UltrasonicFrontStale, stale.Latched);

        var impossible = OneCycleWith(f => { for (int i = 0; i < sensors; i++) f.Ultrasonics[i] = new UltrasonicEcho { HasEcho = true, DistanceM = -1f, Strength = 0.5f, AgeUs = 30_000 }; });
        Assert.False(impossible.Health.UltrasonicFrontOk);
        Assert.Equal(DiagnosticCode.UltrasonicOutOfRange, impossible.Latched);
    }

    [Fact]
    public void Track_2_exactly_the_tolerance_away_from_half_track_1_agrees()
    {
        // Track 1 at rest (0) makes the difference exactly track 2's reading: no float rounding.
        var within = OneCycleWith(f => { f.Pedals.AccelTrack1 = 0f; f.Pedals.AccelTrack2 = Cal.PedalTrackTolerance; });
        Assert.True(within.Health.AccelTracksAgree);
        var beyond = OneCycleWith(f => { f.Pedals.AccelTrack1 = 0f; f.Pedals.AccelTrack2 = Cal.PedalTrackTolerance * 1.01f; });
        Assert.False(beyond.Health.AccelTracksAgree);
    }

    [Fact]
    public void Disagreeing_tracks_latch_their_code_on_the_debounce_cycle_and_not_before()
    {
        var monitor = OneCycleWith(_ => { });
        var frame = HealthyFrame.Create(2_000_000);
        for (int cycle = 1; cycle <= Cal.PedalTrackDebounceCycles; cycle++)
        {
            HealthyFrame.Refresh(frame, 2_000_000 + cycle * CycleUs);
            frame.Pedals.AccelTrack2 = 0.4f; // track 1 at 0.3: half of it is 0.15
            monitor.Check(frame);
            bool latched = (monitor.Latched & DiagnosticCode.AccelPedalTrackDisagree) != 0;
            Assert.Equal(cycle == Cal.PedalTrackDebounceCycles, latched);
            Assert.False(monitor.Health.AccelTracksAgree); // never trusted, even inside the debounce
        }
    }

    [Fact]
    public void The_trusted_pedal_is_track_1_when_the_tracks_agree_the_lower_track_when_not_and_nothing_when_unusable()
    {
        // Agreeing within tolerance (0.23 vs 0.25): track 1 as it is.
        Assert.Equal(0.5f, OneCycleWith(f => { f.Pedals.AccelTrack1 = 0.5f; f.Pedals.AccelTrack2 = 0.23f; }).Health.TrustedAccelPedal);
        // Disagreeing: the lower of track 1 and twice track 2, either way round.
        Assert.Equal(0.3f, OneCycleWith(f => { f.Pedals.AccelTrack1 = 0.9f; f.Pedals.AccelTrack2 = 0.15f; }).Health.TrustedAccelPedal, 5);
        Assert.Equal(0.2f, OneCycleWith(f => { f.Pedals.AccelTrack1 = 0.2f; f.Pedals.AccelTrack2 = 0.45f; }).Health.TrustedAccelPedal, 5);
        // Stale, or out of range: no pedal at all.
        Assert.Equal(0f, OneCycleWith(f => { f.Pedals.AccelTrack1 = 0.6f; f.Pedals.AccelTrack2 = 0.3f; f.Pedals.AgeUs = 1_000_000; }).Health.TrustedAccelPedal);
        Assert.Equal(0f, OneCycleWith(f => { f.Pedals.AccelTrack1 = 0.6f; f.Pedals.AccelTrack2 = 0.9f; }).Health.TrustedAccelPedal);
    }

    /// <summary>A monitor with fresh, healthy brake feedback (the actuator checks run after the frame check).</summary>
    private static InputMonitor WithFeedback(bool fresh = true) =>
        OneCycleWith(f => f.BrakeFeedback.AgeUs = fresh ? 0 : 1_000_000);

    [Fact]
    public void The_expected_deceleration_follows_the_dead_time_then_the_first_order_lag()
    {
        var monitor = WithFeedback();
        const float requestMps2 = 6f;
        int deadCycles = (int)Math.Round(Cal.BrakeModelDeadTimeS / 0.01); // 0.08 s at 10 ms: 8 cycles
        float alpha = 0.01f / Cal.BrakeModelLagS;                         // lag 0.12 s: 1/12 per cycle
        for (int k = 0; k < deadCycles + 20; k++)
        {
            monitor.CheckActuator(requestMps2, 0f);
            // Hand model: nothing before the dead time has passed, then 6·(1 − (1 − α)^n) after n lag steps.
            double expected = k < deadCycles ? 0 : requestMps2 * (1 - Math.Pow(1 - alpha, k - deadCycles + 1));
            Assert.True(Math.Abs(monitor.ExpectedBrakeMps2 - expected) < 1e-4, $"cycle {k}: expected {expected:F4}, model {monitor.ExpectedBrakeMps2:F4}");
        }
    }

    [Fact]
    public void A_residual_of_exactly_the_tolerance_is_no_mismatch()
    {
        var monitor = WithFeedback();
        for (int k = 0; k < 100; k++) monitor.CheckActuator(0f, Cal.BrakeMismatchMps2);
        Assert.True(monitor.Health.BrakeFeedbackOk);
        Assert.Equal(DiagnosticCode.None, monitor.Latched);
    }

    [Fact]
    public void A_mismatch_is_a_fault_on_the_cycle_its_duration_reaches_the_limit_and_not_before()
    {
        var monitor = WithFeedback();
        int limitCycles = (int)(Cal.BrakeMismatchUs / CycleUs); // 300 ms: 30 cycles
        for (int k = 1; k <= limitCycles; k++)
        {
            monitor.CheckActuator(0f, Cal.BrakeMismatchMps2 + 1f); // the actuator brakes unasked
            bool latched = (monitor.Latched & DiagnosticCode.BrakeActuatorMismatch) != 0;
            Assert.True(latched == (k == limitCycles), $"after {k * 10} ms of mismatch: latched {latched}");
        }
    }

    [Fact]
    public void Stale_brake_feedback_is_never_made_healthy_by_a_matching_actuator_check()
    {
        var monitor = WithFeedback(fresh: false);
        Assert.False(monitor.Health.BrakeFeedbackOk);
        monitor.CheckActuator(0f, 0f);
        Assert.False(monitor.Health.BrakeFeedbackOk);
    }
}

/// <summary>Debounces and the wheel-speed reference at their documented cycle (survivors of the 22:53 Monitoring run).</summary>
public sealed class MonitorDebounceTests
{
    private const long CycleUs = 10_000;
    private static readonly MonitoringCalibration Cal = new();

    private static (InputMonitor Monitor, SensorFrame Frame, long Now) Healthy(float speedMps = 10f)
    {
        var monitor = new InputMonitor(Cal);
        long now = 0;
        var frame = HealthyFrame.Create(now, speedMps);
        for (long t = 0; t <= Cal.StartupGraceUs + 10 * CycleUs; t += CycleUs)
        {
            HealthyFrame.Refresh(frame, now += CycleUs, speedMps);
            monitor.Check(frame);
        }

        Assert.Equal(DiagnosticCode.None, monitor.Latched);
        return (monitor, frame, now);
    }

    [Fact]
    public void A_contradicting_brake_pedal_latches_its_code_on_the_cycle_the_debounce_time_is_reached()
    {
        var (monitor, frame, now) = Healthy();
        int debounceCycles = (int)Math.Round(Cal.BrakePlausibilityDebounceS / 0.01); // 0.1 s: 10 cycles
        for (int cycle = 1; cycle <= debounceCycles; cycle++)
        {
            HealthyFrame.Refresh(frame, now += CycleUs);
            frame.Pedals.BrakeTravel = 0.5f; // half travel with the switch open
            frame.Pedals.BrakeSwitch = false;
            monitor.Check(frame);
            Assert.Equal(cycle == debounceCycles, (monitor.Latched & DiagnosticCode.BrakePedalImplausible) != 0);
        }
    }

    [Fact]
    public void A_wheel_speed_jump_that_stays_is_a_fault_on_the_cycle_the_debounce_time_is_reached()
    {
        var (monitor, frame, now) = Healthy();
        int debounceCycles = (int)Math.Round(Cal.WheelSpeedJumpDebounceS / 0.01); // 50 ms: 5 cycles
        for (int cycle = 1; cycle <= debounceCycles; cycle++)
        {
            HealthyFrame.Refresh(frame, now += CycleUs, speedMps: 13f); // 3 m/s above the car's 10 in one step
            monitor.Check(frame);
            Assert.False(monitor.Health.WheelSpeedOk);
            Assert.Equal(cycle == debounceCycles, (monitor.Latched & DiagnosticCode.WheelSpeedImplausible) != 0);
        }
    }

    [Fact]
    public void During_a_spike_the_reference_is_carried_on_by_the_imu_so_the_true_speed_after_it_is_trusted()
    {
        // Braking at 20 m/s² (within the IMU's range): the car loses 0.2 m/s a cycle. A 4-cycle spike (under
        // the 50 ms debounce), then the true speed: 1.0 m/s below the last trusted one, which only the
        // IMU-carried reference (not a frozen or wrongly signed one) agrees with within 0.5 m/s.
        var (monitor, frame, now) = Healthy();
        float speed = 10f;
        for (int cycle = 1; cycle <= 5; cycle++)
        {
            speed -= 0.2f;
            HealthyFrame.Refresh(frame, now += CycleUs, speedMps: cycle <= 4 ? speed + 5f : speed);
            frame.Motion.LongAccelMps2 = -20f;
            monitor.Check(frame);
        }

        Assert.True(monitor.Health.WheelSpeedOk);
        Assert.Equal(DiagnosticCode.None, monitor.Latched);
    }

    [Fact]
    public void After_an_unusable_wheel_speed_the_next_reading_starts_a_new_reference()
    {
        // A second without a usable wheel speed (NaN) while the car slowed from 10 to 5 m/s: the first
        // reading after it is the new reference, not a jump against the speed before the gap.
        var (monitor, frame, now) = Healthy();
        for (int cycle = 0; cycle < 100; cycle++)
        {
            HealthyFrame.Refresh(frame, now += CycleUs);
            frame.Motion.WheelSpeedMps = float.NaN;
            monitor.Check(frame);
        }

        HealthyFrame.Refresh(frame, now += CycleUs, speedMps: 5f);
        monitor.Check(frame);
        Assert.True(monitor.Health.WheelSpeedOk);
        Assert.Equal(DiagnosticCode.None, monitor.Latched & DiagnosticCode.WheelSpeedImplausible);
    }

    [Fact]
    public void A_fault_reported_from_outside_is_latched_beside_the_others()
    {
        var (monitor, frame, now) = Healthy();
        HealthyFrame.Refresh(frame, now + CycleUs);
        frame.Gear.AgeUs = 1_000_000;
        monitor.Check(frame);
        monitor.Report(DiagnosticCode.RadarRangeInconsistent);
        monitor.Report(DiagnosticCode.RadarRangeInconsistent);
        Assert.Equal(DiagnosticCode.GearStale | DiagnosticCode.RadarRangeInconsistent, monitor.Latched);
    }
}
