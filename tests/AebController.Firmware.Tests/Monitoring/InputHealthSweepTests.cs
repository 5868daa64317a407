using AebController.Firmware.Calibration;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>
/// Each input swept over its range, one at a time, in an otherwise healthy frame: a physically possible
/// value keeps its health flag and latches nothing; an impossible one (NaN, infinite, negative where it
/// cannot be, or far beyond what any car or sensor can produce) clears that input's flag, latches its
/// code, and leaves every other input's flag alone. The values stay clear of the limits' exact edges:
/// the oracle is physics (a car does not drive at 150 m/s; a pedal track reads within its span), not
/// where the code puts a threshold.
/// </summary>
public class InputHealthSweepTests
{
    private const long CycleUs = 10_000;
    private static readonly MonitoringCalibration Cal = new();

    private enum Input { FrontRadar, RearRadar, Camera, UltrasonicFront, UltrasonicRear, WheelSpeed, Imu, Gear, Steering, AccelPedal, BrakePedal, BrakeFeedback }

    private static bool Flag(in InputHealth h, Input input) => input switch
    {
        Input.FrontRadar => h.FrontRadarOk,
        Input.RearRadar => h.RearRadarOk,
        Input.Camera => h.CameraOk,
        Input.UltrasonicFront => h.UltrasonicFrontOk,
        Input.UltrasonicRear => h.UltrasonicRearOk,
        Input.WheelSpeed => h.WheelSpeedOk,
        Input.Imu => h.ImuOk,
        Input.Gear => h.GearOk,
        Input.Steering => h.SteeringOk,
        Input.AccelPedal => h.AccelPedalOk,
        Input.BrakePedal => h.BrakePedalOk,
        _ => h.BrakeFeedbackOk,
    };

    /// <summary>A monitor past its start-up grace, having seen only healthy frames; then one cycle with <paramref name="change"/>.</summary>
    private static (InputMonitor Monitor, SensorFrame Frame) OneCycleWith(Action<SensorFrame> change, float historySpeedMps = 10f)
    {
        var monitor = new InputMonitor(Cal);
        long now = 0;
        var frame = HealthyFrame.Create(now, historySpeedMps);
        for (long t = 0; t <= Cal.StartupGraceUs + 10 * CycleUs; t += CycleUs)
        {
            HealthyFrame.Refresh(frame, now += CycleUs, historySpeedMps);
            monitor.Check(frame);
        }

        Assert.Equal(DiagnosticCode.None, monitor.Latched);
        HealthyFrame.Refresh(frame, now += CycleUs);
        change(frame);
        monitor.Check(frame);
        return (monitor, frame);
    }

    private static (Input, DiagnosticCode, Action<SensorFrame>) C(Input input, DiagnosticCode code, Action<SensorFrame> set) => (input, code, set);

    private static void AssertOnly(InputMonitor monitor, Input input, bool expectedOk, DiagnosticCode code, string what)
    {
        ref readonly var h = ref monitor.Health;
        Assert.True(Flag(h, input) == expectedOk, $"{what}: {input} health {Flag(h, input)}, expected {expectedOk}");
        foreach (Input other in Enum.GetValues<Input>())
        {
            if (other != input) Assert.True(Flag(h, other), $"{what}: {other} lost its health though only {input} changed");
        }

        if (expectedOk) Assert.Equal(DiagnosticCode.None, monitor.Latched);
        else Assert.Equal(code, monitor.Latched);
    }

    public static TheoryData<string, float, bool> Values() => new()
    {
        // wheel speed, m/s: standstill to 250 km/h possible; negative, non-finite, 150 m/s (540 km/h) not
        { "wheel-speed", 0f, true }, { "wheel-speed", 13.9f, true }, { "wheel-speed", 69.4f, true },
        { "wheel-speed", -3f, false }, { "wheel-speed", float.NaN, false }, { "wheel-speed", float.PositiveInfinity, false }, { "wheel-speed", 150f, false },
        // brake slip (with slip cues): a ratio in 0..1
        { "brake-slip", 0f, true }, { "brake-slip", 0.3f, true }, { "brake-slip", 1f, true },
        { "brake-slip", -0.5f, false }, { "brake-slip", 1.5f, false }, { "brake-slip", float.NaN, false },
        // yaw rate, rad/s: a car skidding round spins at ~1-2 rad/s; 6 rad/s (a turn a second) is not a car
        { "yaw", 0f, true }, { "yaw", 0.5f, true }, { "yaw", -1.5f, true },
        { "yaw", float.NaN, false }, { "yaw", 6f, false }, { "yaw", -6f, false },
        // longitudinal acceleration, m/s²: tyres give about ±10; a crash pulse is not a driving signal
        { "accel", 0f, true }, { "accel", -9.81f, true }, { "accel", 4f, true },
        { "accel", float.NaN, false }, { "accel", 60f, false }, { "accel", -60f, false },
        // steering wheel angle, rad: lock to lock is about ±540° = ±9.4 rad
        { "steering-angle", 0f, true }, { "steering-angle", 9.4f, true }, { "steering-angle", -9.4f, true },
        { "steering-angle", float.NaN, false }, { "steering-angle", 30f, false }, { "steering-angle", -30f, false },
        { "steering-rate", 5f, true }, { "steering-rate", float.NaN, false }, { "steering-rate", float.NegativeInfinity, false },
        // accelerator track 1 over its span 0..1 (track 2 at half of it, agreeing)
        { "accel-pedal", 0f, true }, { "accel-pedal", 0.5f, true }, { "accel-pedal", 1f, true },
        { "accel-pedal", -0.5f, false }, { "accel-pedal", 1.5f, false }, { "accel-pedal", float.NaN, false },
        // track 2 alone out of its span 0..0.5
        { "accel-track2", 0.9f, false }, { "accel-track2", -0.3f, false }, { "accel-track2", float.NaN, false },
        // brake pedal travel 0..1
        { "brake-travel", 0f, true }, { "brake-travel", 0.5f, true }, { "brake-travel", 1f, true },
        { "brake-travel", -0.5f, false }, { "brake-travel", 1.5f, false }, { "brake-travel", float.NaN, false },
        // brake feedback deceleration: any finite value is a reading (judged against the model elsewhere)
        { "brake-feedback", 0f, true }, { "brake-feedback", float.NaN, false },
        // ultrasonic distance of an echo, m: parking sensors reach about 2.5-5 m
        { "ultrasonic-front", 0.3f, true }, { "ultrasonic-front", 4.5f, true },
        { "ultrasonic-front", -1f, false }, { "ultrasonic-front", 25f, false }, { "ultrasonic-front", float.NaN, false },
        { "ultrasonic-rear", 0.3f, true }, { "ultrasonic-rear", -1f, false }, { "ultrasonic-rear", float.NaN, false },
        // camera object longitudinal distance, m (one object in the list)
        { "camera-object", 30f, true }, { "camera-object", float.NaN, false }, { "camera-object", -10f, false },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void A_value_is_healthy_exactly_when_it_is_physically_possible_and_only_its_input_is_affected(string field, float value, bool possible)
    {
        (Input input, DiagnosticCode code, Action<SensorFrame> set) = field switch
        {
            "wheel-speed" => C(Input.WheelSpeed, DiagnosticCode.WheelSpeedOutOfRange, f => f.Motion.WheelSpeedMps = value),
            "brake-slip" => C(Input.WheelSpeed, DiagnosticCode.WheelSpeedOutOfRange, f => { f.Motion.SlipCuesAvailable = true; f.Motion.BrakeSlip = value; }),
            "yaw" => C(Input.Imu, DiagnosticCode.ImuOutOfRange, f => f.Motion.YawRateRps = value),
            "accel" => C(Input.Imu, DiagnosticCode.ImuOutOfRange, f => f.Motion.LongAccelMps2 = value),
            "steering-angle" => C(Input.Steering, DiagnosticCode.SteeringOutOfRange, f => f.Steering.AngleRad = value),
            "steering-rate" => C(Input.Steering, DiagnosticCode.SteeringOutOfRange, f => f.Steering.RateRps = value),
            "accel-pedal" => C(Input.AccelPedal, DiagnosticCode.AccelPedalOutOfRange, f => { f.Pedals.AccelTrack1 = value; f.Pedals.AccelTrack2 = value / 2f; }),
            "accel-track2" => C(Input.AccelPedal, DiagnosticCode.AccelPedalOutOfRange, f => f.Pedals.AccelTrack2 = value),
            "brake-travel" => C(Input.BrakePedal, DiagnosticCode.BrakePedalOutOfRange, f => f.Pedals.BrakeTravel = value),
            "brake-feedback" => C(Input.BrakeFeedback, DiagnosticCode.BrakeActuatorMismatch, f => f.BrakeFeedback.DecelMps2 = value),
            "ultrasonic-front" => C(Input.UltrasonicFront, DiagnosticCode.UltrasonicOutOfRange, f => f.Ultrasonics[2] = new UltrasonicEcho { HasEcho = true, DistanceM = value, Strength = 0.5f, AgeUs = 30_000 }),
            "ultrasonic-rear" => C(Input.UltrasonicRear, DiagnosticCode.UltrasonicOutOfRange, f => f.Ultrasonics[UltrasonicEchoBuffer.FirstRear + 3] = new UltrasonicEcho { HasEcho = true, DistanceM = value, Strength = 0.5f, AgeUs = 30_000 }),
            "camera-object" => C(Input.Camera, DiagnosticCode.CameraFault, f =>
            {
                f.FrontCamera.Count = 1;
                f.FrontCamera.Objects[0] = new CameraObject { Id = 1, LongitudinalM = value, LateralM = 0f, WidthM = 1.8f, Class = ObjectClass.PassengerCar, Confidence = 0.9f };
            }),
            _ => throw new ArgumentException(field),
        };

        // The wheel speed is also checked against its last sample carried on by the IMU (a step beyond
        // 0.5 m/s in 10 ms is implausible): a possible speed is swept as the speed the car has been doing.
        var (monitor, _) = OneCycleWith(set, field == "wheel-speed" && possible ? value : 10f);
        AssertOnly(monitor, input, possible, code, $"{field} = {value}");
    }

    [Fact]
    public void Without_slip_cues_the_slip_value_is_not_read()
    {
        var (monitor, _) = OneCycleWith(f => { f.Motion.SlipCuesAvailable = false; f.Motion.BrakeSlip = float.NaN; });
        AssertOnly(monitor, Input.WheelSpeed, true, DiagnosticCode.None, "slip NaN without cues");
    }

    public static TheoryData<string> StaleInputs() => new()
    {
        "front-radar", "rear-radar", "camera", "ultrasonic-front", "ultrasonic-rear", "wheel-speed", "gear", "steering", "brake-feedback",
    };

    [Theory]
    [MemberData(nameof(StaleInputs))]
    public void An_input_a_whole_second_old_is_stale_and_only_it(string name)
    {
        // One second is five times the slowest update interval any of these signals is allowed.
        const long oldUs = 1_000_000;
        (Input input, DiagnosticCode code, Action<SensorFrame> set) = name switch
        {
            "front-radar" => C(Input.FrontRadar, DiagnosticCode.FrontRadarStale, f => f.FrontRadar.AgeUs = oldUs),
            "rear-radar" => C(Input.RearRadar, DiagnosticCode.RearRadarStale, f => f.RearRadar.AgeUs = oldUs),
            "camera" => C(Input.Camera, DiagnosticCode.CameraStale, f => f.FrontCamera.AgeUs = oldUs),
            "ultrasonic-front" => C(Input.UltrasonicFront, DiagnosticCode.UltrasonicFrontStale, f => f.Ultrasonics[1] = new UltrasonicEcho { AgeUs = oldUs }),
            "ultrasonic-rear" => C(Input.UltrasonicRear, DiagnosticCode.UltrasonicRearStale, f => f.Ultrasonics[UltrasonicEchoBuffer.FirstRear + 5] = new UltrasonicEcho { AgeUs = oldUs }),
            "wheel-speed" => C(Input.WheelSpeed, DiagnosticCode.WheelSpeedStale, f => f.Motion.AgeUs = oldUs),
            "gear" => C(Input.Gear, DiagnosticCode.GearStale, f => f.Gear.AgeUs = oldUs),
            "steering" => C(Input.Steering, DiagnosticCode.SteeringStale, f => f.Steering.AgeUs = oldUs),
            _ => C(Input.BrakeFeedback, DiagnosticCode.BrakeFeedbackStale, f => f.BrakeFeedback.AgeUs = oldUs),
        };

        var (monitor, _) = OneCycleWith(set);
        if (input == Input.WheelSpeed)
        {
            // Wheel speed and IMU come in one motion message: both are as old as it is.
            Assert.False(monitor.Health.WheelSpeedOk);
            Assert.False(monitor.Health.ImuOk);
            Assert.Equal(code, monitor.Latched);
            return;
        }

        AssertOnly(monitor, input, false, code, $"{name} 1 s old");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(RadarTrackBuffer.Capacity + 1)]
    public void A_rear_radar_list_count_outside_its_buffer_is_a_value_fault_of_the_rear_radar_only(int count)
    {
        var (monitor, _) = OneCycleWith(f => f.RearRadar.Count = count);
        AssertOnly(monitor, Input.RearRadar, false, DiagnosticCode.RadarValueOutOfRange, $"rear radar count {count}");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(CameraObjectBuffer.Capacity + 1)]
    public void A_camera_list_count_outside_its_buffer_is_a_camera_fault(int count)
    {
        var (monitor, _) = OneCycleWith(f => f.FrontCamera.Count = count);
        AssertOnly(monitor, Input.Camera, false, DiagnosticCode.CameraFault, $"camera count {count}");
    }

    [Fact]
    public void A_full_camera_list_of_valid_objects_is_healthy_and_one_bad_object_anywhere_in_it_is_a_fault()
    {
        static void Fill(SensorFrame f, int badIndex)
        {
            f.FrontCamera.Count = CameraObjectBuffer.Capacity;
            for (int i = 0; i < CameraObjectBuffer.Capacity; i++)
            {
                f.FrontCamera.Objects[i] = new CameraObject { Id = i + 1, LongitudinalM = i == badIndex ? float.NaN : 5f + 5f * i, WidthM = 1.8f, Class = ObjectClass.PassengerCar, Confidence = 0.8f };
            }
        }

        AssertOnly(OneCycleWith(f => Fill(f, -1)).Monitor, Input.Camera, true, DiagnosticCode.None, "full valid list");
        AssertOnly(OneCycleWith(f => Fill(f, 0)).Monitor, Input.Camera, false, DiagnosticCode.CameraFault, "first object bad");
        AssertOnly(OneCycleWith(f => Fill(f, CameraObjectBuffer.Capacity - 1)).Monitor, Input.Camera, false, DiagnosticCode.CameraFault, "last object bad");
    }

    [Fact]
    public void A_camera_not_fitted_is_never_healthy_and_never_a_fault()
    {
        var monitor = new InputMonitor(new MonitoringCalibration { CameraFitted = false });
        var frame = HealthyFrame.Create(0);
        frame.FrontCamera.AgeUs = SignalAge.Never;
        for (long t = 0; t <= Cal.StartupGraceUs + 10 * CycleUs; t += CycleUs)
        {
            HealthyFrame.Refresh(frame, t);
            frame.FrontCamera.AgeUs = SignalAge.Never;
            monitor.Check(frame);
        }

        Assert.False(monitor.Health.CameraOk);
        Assert.Equal(DiagnosticCode.None, monitor.Latched & ~(DiagnosticCode.CameraStale | DiagnosticCode.CameraFault));
        Assert.True(monitor.Health.FrontRadarOk && monitor.Health.WheelSpeedOk);
    }

    [Fact]
    public void Reset_clears_every_latched_code_restarts_the_start_up_grace_and_forgets_the_brake_requests_in_flight()
    {
        var (monitor, frame) = OneCycleWith(f => { f.Motion.WheelSpeedMps = float.NaN; f.Gear.AgeUs = 1_000_000; });
        Assert.NotEqual(DiagnosticCode.None, monitor.Latched);
        for (int i = 0; i < 3; i++) monitor.CheckActuator(8f, 0f);  // requests still in the actuator's dead time

        monitor.Reset();
        Assert.Equal(DiagnosticCode.None, monitor.Latched);
        Assert.Equal(0f, monitor.ExpectedBrakeMps2);

        // After a restart nothing has arrived yet: that is no fault during the new start-up grace.
        frame.Clear();
        frame.NowUs = 10_000_000;
        monitor.Check(frame);
        Assert.Equal(DiagnosticCode.None, monitor.Latched);
        Assert.False(monitor.Health.WheelSpeedOk);

        // No request after the restart: a healthy actuator's expected deceleration stays zero however long it is modelled.
        for (int i = 0; i < 100; i++)
        {
            monitor.CheckActuator(0f, 0f);
            Assert.Equal(0f, monitor.ExpectedBrakeMps2);
        }

        // The grace counts from the restart: half a grace later still no fault, a grace and a cycle later the stale codes come.
        frame.NowUs = 10_000_000 + Cal.StartupGraceUs / 2;
        monitor.Check(frame);
        Assert.Equal(DiagnosticCode.None, monitor.Latched);
        frame.NowUs = 10_000_000 + Cal.StartupGraceUs + CycleUs;
        monitor.Check(frame);
        Assert.True((monitor.Latched & DiagnosticCode.WheelSpeedStale) != 0);
    }
}
