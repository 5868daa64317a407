using AebController.Firmware.Calibration;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Runtime;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>Each fault is detected within 3 cycles, latched until restart, and never causes braking.</summary>
public class InputMonitorTests
{
    private const long CycleUs = 10_000;
    private readonly MonitoringCalibration _cal = new();

    /// <summary>Runs a healthy second, then <paramref name="breakIt"/> every cycle; returns the cycles until a code latched.</summary>
    private int CyclesToDetect(Action<SensorFrame> breakIt, DiagnosticCode expected, out InputMonitor monitor)
    {
        monitor = new InputMonitor(_cal);
        long now = 0;
        var frame = HealthyFrame.Create(now);
        for (int i = 0; i < 100; i++)
        {
            HealthyFrame.Refresh(frame, now += CycleUs);
            monitor.Check(frame);
        }

        Assert.Equal(DiagnosticCode.None, monitor.Latched);
        for (int cycle = 1; cycle <= 50; cycle++)
        {
            HealthyFrame.Refresh(frame, now += CycleUs);
            breakIt(frame);
            monitor.Check(frame);
            if ((monitor.Latched & expected) != 0) return cycle;
        }

        return int.MaxValue;
    }

    public static TheoryData<string> VehicleSignalFaults() => new()
    {
        "pedal-track-disagree", "pedal-nan", "pedal-stale", "brake-pedal-nan", "wheel-speed-nan", "wheel-speed-negative",
        "wheel-speed-stale", "yaw-nan", "steering-nan", "gear-invalid", "gear-stale", "brake-feedback-stale",
        "radar-nan-track", "radar-sensor-fault", "radar-count-overflow", "ultrasonic-nan",
    };

    private static (Action<SensorFrame> Break, DiagnosticCode Code) Fault(string name)
    {
        long stale = 30_000;
        return name switch
        {
            "pedal-track-disagree" => (f => f.Pedals.AccelTrack2 = 0.4f, DiagnosticCode.AccelPedalTrackDisagree),
            "pedal-nan" => (f => f.Pedals.AccelTrack1 = float.NaN, DiagnosticCode.AccelPedalOutOfRange),
            "pedal-stale" => (f => f.Pedals.AgeUs = stale, DiagnosticCode.AccelPedalStale),
            "brake-pedal-nan" => (f => f.Pedals.BrakeTravel = float.NaN, DiagnosticCode.BrakePedalOutOfRange),
            "wheel-speed-nan" => (f => f.Motion.WheelSpeedMps = float.NaN, DiagnosticCode.WheelSpeedOutOfRange),
            "wheel-speed-negative" => (f => f.Motion.WheelSpeedMps = -3f, DiagnosticCode.WheelSpeedOutOfRange),
            "wheel-speed-stale" => (f => f.Motion.AgeUs = stale, DiagnosticCode.WheelSpeedStale),
            "yaw-nan" => (f => f.Motion.YawRateRps = float.NaN, DiagnosticCode.ImuOutOfRange),
            "steering-nan" => (f => f.Steering.AngleRad = float.NaN, DiagnosticCode.SteeringOutOfRange),
            "gear-invalid" => (f => f.Gear.Gear = (Gear)9, DiagnosticCode.GearInvalid),
            "gear-stale" => (f => f.Gear.AgeUs = stale, DiagnosticCode.GearStale),
            "brake-feedback-stale" => (f => f.BrakeFeedback.AgeUs = stale, DiagnosticCode.BrakeFeedbackStale),
            "radar-nan-track" => (f => { f.FrontRadar.Count = 1; f.FrontRadar.Tracks[0].LongitudinalM = float.NaN; }, DiagnosticCode.RadarValueOutOfRange),
            "radar-sensor-fault" => (f => f.FrontRadar.SensorOk = false, DiagnosticCode.FrontRadarFault),
            "radar-count-overflow" => (f => f.FrontRadar.Count = 65, DiagnosticCode.RadarValueOutOfRange),
            "ultrasonic-nan" => (f => { f.Ultrasonics[2].HasEcho = true; f.Ultrasonics[2].DistanceM = float.NaN; }, DiagnosticCode.UltrasonicOutOfRange),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    [Theory]
    [MemberData(nameof(VehicleSignalFaults))]
    public void Every_fault_is_detected_within_3_cycles_and_stays_latched(string name)
    {
        var (breakIt, code) = Fault(name);
        int cycles = CyclesToDetect(breakIt, code, out var monitor);
        Assert.True(cycles <= 3, $"{name} took {cycles} cycles");

        // The input recovers; the code stays until restart.
        var frame = HealthyFrame.Create(10_000_000);
        for (int i = 0; i < 10; i++)
        {
            HealthyFrame.Refresh(frame, 10_000_000 + i * CycleUs);
            monitor.Check(frame);
        }

        Assert.True((monitor.Latched & code) != 0);
        monitor.Reset();
        Assert.Equal(DiagnosticCode.None, monitor.Latched);
    }

    [Fact]
    public void A_single_cycle_of_track_noise_is_debounced()
    {
        var monitor = new InputMonitor(_cal);
        var frame = HealthyFrame.Create(0);
        monitor.Check(frame);
        HealthyFrame.Refresh(frame, CycleUs);
        frame.Pedals.AccelTrack2 = 0.3f;
        monitor.Check(frame);
        HealthyFrame.Refresh(frame, 2 * CycleUs);
        monitor.Check(frame);
        Assert.Equal(DiagnosticCode.None, monitor.Latched);
    }

    [Fact]
    public void A_disagreeing_pedal_is_trusted_only_as_far_as_its_lower_track()
    {
        var monitor = new InputMonitor(_cal);
        var frame = HealthyFrame.Create(0, pedal: 0.8f);
        for (int i = 0; i < 3; i++)
        {
            HealthyFrame.Refresh(frame, i * CycleUs, pedal: 0.8f);
            frame.Pedals.AccelTrack2 = 0.1f; // track 2 says 0.2
            monitor.Check(frame);
        }

        Assert.False(monitor.Health.AccelPedalOk);
        Assert.Equal(0.2f, monitor.Health.TrustedAccelPedal, 3);
    }

    [Fact]
    public void Inputs_not_yet_arrived_are_no_fault_during_start_up_but_are_after_it()
    {
        var monitor = new InputMonitor(_cal);
        var frame = new SensorFrame();
        frame.Clear();
        for (long t = 0; t < _cal.StartupGraceUs; t += CycleUs)
        {
            frame.NowUs = t;
            monitor.Check(frame);
        }

        Assert.Equal(DiagnosticCode.None, monitor.Latched);
        frame.NowUs = _cal.StartupGraceUs;
        monitor.Check(frame);
        Assert.True((monitor.Latched & DiagnosticCode.FrontRadarStale) != 0);
        Assert.True((monitor.Latched & DiagnosticCode.WheelSpeedStale) != 0);
    }

    [Fact]
    public void An_actuator_that_follows_its_model_is_healthy_and_a_weak_one_is_reported()
    {
        var healthy = new InputMonitor(_cal);
        var weak = new InputMonitor(_cal);
        var frame = HealthyFrame.Create(0);
        float achieved = 0f;
        float[] delay = new float[8];
        for (int i = 0; i < 100; i++)
        {
            HealthyFrame.Refresh(frame, i * CycleUs);
            healthy.Check(frame);
            weak.Check(frame);
            float request = i >= 10 ? 6f : 0f;
            float delayed = delay[i % 8];
            delay[i % 8] = request;
            achieved += (delayed - achieved) * (0.01f / 0.12f);
            healthy.CheckActuator(request, achieved);
            weak.CheckActuator(request, 0.3f * achieved);
        }

        Assert.Equal(DiagnosticCode.None, healthy.Latched);
        Assert.True((weak.Latched & DiagnosticCode.BrakeActuatorMismatch) != 0);
    }

    /// <summary>
    /// Whatever the radar lists, a radar that reports itself faulty never brakes and lights the lamp. Forward AEB stands
    /// aside (Degraded) when nothing can stand in for the radar (the camera fallback off: cameraFallbackMaxRangeM 0); with
    /// the camera fallback on and a healthy camera that sees nothing, it stands by on the camera alone (docs/calibration.md).
    /// </summary>
    [Theory]
    [InlineData(true, ForwardAebState.Standby)]
    [InlineData(false, ForwardAebState.Degraded)]
    public void A_faulted_radar_never_brakes_and_lights_the_fault_lamp(bool cameraFallback, ForwardAebState expected)
    {
        var calibration = cameraFallback ? AebCalibration.Default
            : AebCalibration.Default with { ForwardAeb = AebCalibration.Default.ForwardAeb with { CameraFallbackMaxRangeM = 0f } };
        var firmware = new AebFirmware(calibration);
        var frame = HealthyFrame.Create(0, speedMps: 15f, pedal: 0f);
        ActuatorCommand command = default;
        for (int i = 0; i < 300; i++)
        {
            HealthyFrame.Refresh(frame, i * CycleUs, speedMps: 15f, pedal: 0f);
            // A phantom wall 5 m ahead from a radar that reports itself faulty.
            frame.FrontRadar.SensorOk = false;
            frame.FrontRadar.Count = 1;
            frame.FrontRadar.Tracks[0] = new RadarTrack { Id = 1, LongitudinalM = 5f, RelVelLongMps = -15f, WidthM = 2f, ElevationM = 0.5f, UpdateCount = 20 };
            command = firmware.Step(frame);
            Assert.Equal(0f, command.BrakeDecelRequestMps2);
        }

        Assert.True(command.FaultLamp);
        Assert.True((command.Diagnostics & DiagnosticCode.FrontRadarFault) != 0);
        Assert.Equal(expected, command.ForwardAebState);
    }
}
