using AebController.Firmware.Runtime;
using AebController.Firmware.Signals;
using AebController.Hardware.Acquisition;
using AebController.Hardware.PinMapping;
using AebController.Hardware.Tests.Emulation;

namespace AebController.Hardware.Tests;

/// <summary>
/// The firmware loop on the Pi backend over emulated devices, in virtual time: the acquisition workers are
/// stepped on the test's thread on the schedule their threads keep on a Pi (ADC and switches every cycle,
/// each ranger every 60 ms, outputs after each step), so what the loop sees does not depend on the
/// machine's load. As the emulated range closes in, the buzzer and the brake output come on; a
/// disagreeing pedal track raises its code; an unplugged ADC shows as stale inputs. One test runs the
/// real threads and checks only what holds whatever the load: each publishes, none fails.
/// </summary>
public class PiBackendClosedLoopTests
{
    private const long CycleUs = 10_000;
    private const int CyclesPerPing = 6;   // HC-SR04 measurement cycle, 60 ms
    private static readonly PinMap Map = new();

    private sealed class Rig : IDisposable
    {
        private long _cycle;

        public Rig(double speedMps)
        {
            Bench = new EmulatedDeviceFactory(Map);
            Bench.Adc.SetVolts(Map.Adc.AccelTrack1Channel, Map.Adc.AccelReleasedV);
            Bench.Adc.SetVolts(Map.Adc.AccelTrack2Channel, Map.Adc.AccelReleasedV / 2);
            Bench.Adc.SetVolts(Map.Adc.BrakeTravelChannel, Map.Adc.BrakeReleasedV);
            Bench.Adc.SetVolts(Map.Adc.SpeedChannel, speedMps / Map.Adc.SpeedFullScaleMps * Map.Adc.SpeedFullScaleV);
            Bench.GpioDriver.SetInput(Map.Inputs.GearDrive, true);
            Bench.Front.SetDistanceM(3.9);
            Bench.Rear.SetDistanceM(3.9);
            Backend = new PiBackend(Map, Bench, sampleClock: Clock, echoClock: Bench.GpioDriver.PinClock, startThreads: false);
            Loop = new ControlLoop(Clock, Backend, Backend, new AebFirmware(PiCalibration.Default));
            Loop.Start(CycleUs);
        }

        public VirtualCycleClock Clock { get; } = new(0);
        public EmulatedDeviceFactory Bench { get; }
        public PiBackend Backend { get; }
        public ControlLoop Loop { get; }

        public AcquisitionWorker Worker(string name) => Backend.Workers.Single(w => w.Name == name);

        /// <summary>Acquisition 2 ms before the deadline, then the loop's cycle, then the outputs thread's write.</summary>
        public void Cycle()
        {
            Clock.WaitUntil(Loop.NextDeadlineUs - 2_000);
            Worker("i2c-1-adc").PollOnce();
            Worker("gpio").PollOnce();
            if (_cycle % CyclesPerPing == 0)
            {
                Worker("front-ranger").PollOnce();
                Worker("rear-ranger").PollOnce();
            }

            Loop.RunCycle();
            Worker("outputs").PollOnce();
            _cycle++;
        }

        public void Cycles(int n)
        {
            for (int i = 0; i < n; i++) Cycle();
        }

        public void Dispose() => Backend.Dispose();
    }

    [Fact]
    public void A_closing_range_gives_a_warning_then_a_brake_output_before_the_target_is_reached()
    {
        using var rig = new Rig(speedMps: 2.0);
        double firstBuzzerS = -1, firstBrakeS = -1;
        ForwardAebState worst = ForwardAebState.Off;
        for (int i = 0; i < 300 && firstBrakeS < 0; i++)
        {
            double t = i * 0.01;
            rig.Bench.Front.SetDistanceM(Math.Max(0.3, 3.9 - 2.0 * t)); // closing at 2 m/s: at 0.3 m after 1.8 s
            rig.Cycle();
            if (rig.Loop.LastCommand.ForwardAebState > worst) worst = rig.Loop.LastCommand.ForwardAebState;
            if (firstBuzzerS < 0 && rig.Bench.GpioDriver.IsHigh(Map.Outputs.Buzzer)) firstBuzzerS = t;
            if (firstBrakeS < 0 && rig.Bench.Pwm[Map.Outputs.BrakePwmChannel].DutyCycle > 0.1) firstBrakeS = t;
        }

        Assert.True(firstBuzzerS >= 0, $"the buzzer never sounded; forward AEB reached {worst}; diagnostics {rig.Loop.LastCommand.Diagnostics}");
        Assert.True(firstBrakeS >= 0, $"the brake output never came on; forward AEB reached {worst}");
        Assert.True(firstBuzzerS <= firstBrakeS);
        Assert.True(firstBrakeS < (3.9 - 0.3) / 2.0, $"the brake came on at {firstBrakeS} s, after the target was at the sensor");
        Assert.True(rig.Bench.GpioDriver.IsHigh(Map.Outputs.WarningLamp));
        Assert.Equal(0.0, rig.Bench.Pwm[Map.Outputs.TorquePwmChannel].DutyCycle, 3);
        Assert.Equal(DiagnosticCode.None, rig.Loop.LastCommand.Diagnostics);
        Assert.All(rig.Backend.Workers, w => Assert.Equal(0, w.Failures));
    }

    [Fact]
    public void A_disagreeing_pedal_track_raises_the_diagnostic_code_and_lights_the_fault_lamp()
    {
        using var rig = new Rig(speedMps: 0);
        rig.Cycles(20);
        Assert.Equal(DiagnosticCode.None, rig.Loop.LastCommand.Diagnostics);
        Assert.False(rig.Bench.GpioDriver.IsHigh(Map.Outputs.FaultLamp));

        // Track 1 says half pedal; track 2 stays at released.
        rig.Bench.Adc.SetVolts(Map.Adc.AccelTrack1Channel, (Map.Adc.AccelReleasedV + Map.Adc.AccelFlooredV) / 2);
        for (int i = 0; i < 50 && (rig.Loop.LastCommand.Diagnostics & DiagnosticCode.AccelPedalTrackDisagree) == 0; i++) rig.Cycle();
        Assert.True((rig.Loop.LastCommand.Diagnostics & DiagnosticCode.AccelPedalTrackDisagree) != 0, $"diagnostics: {rig.Loop.LastCommand.Diagnostics}");
        Assert.True(rig.Loop.LastCommand.FaultLamp);
        Assert.True(rig.Loop.LastCommand.DriveTorqueLimit < 1f);
        Assert.True(rig.Bench.GpioDriver.IsHigh(Map.Outputs.FaultLamp));
    }

    [Fact]
    public void An_unplugged_adc_shows_as_stale_inputs_and_the_loop_never_touches_the_bus()
    {
        using var rig = new Rig(speedMps: 2.0);
        rig.Cycles(60);
        Assert.Equal(DiagnosticCode.None, rig.Loop.LastCommand.Diagnostics);

        // The loop's cycle only copies slots: no ADC conversion happens inside it, so a bus cannot block it.
        int conversions = rig.Bench.Adc.Conversions;
        rig.Loop.RunCycles(3);
        Assert.Equal(conversions, rig.Bench.Adc.Conversions);

        rig.Bench.Adc.Disconnected = true;
        rig.Cycles(60);
        Assert.True((rig.Loop.LastCommand.Diagnostics & DiagnosticCode.AccelPedalStale) != 0, $"diagnostics: {rig.Loop.LastCommand.Diagnostics}");
        Assert.True((rig.Loop.LastCommand.Diagnostics & DiagnosticCode.WheelSpeedStale) != 0);
        Assert.Equal(0f, rig.Loop.LastCommand.BrakeDecelRequestMps2);
        var adc = rig.Worker("i2c-1-adc");
        Assert.Equal(60, adc.Failures);
        Assert.Contains("acknowledge", adc.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public void On_their_own_threads_every_worker_publishes_and_none_fails()
    {
        // Real threads, real sample clock; the echoes are timed on the chip's pin clock so a ranger's busy-wait
        // cannot be mis-timed. Only what holds on any load is asserted: each worker gets through (bounded wait).
        var bench = new EmulatedDeviceFactory(Map);
        bench.Front.SetDistanceM(1.0);
        bench.Rear.SetDistanceM(1.0);
        using var backend = new PiBackend(Map, bench, echoClock: bench.GpioDriver.PinClock);
        backend.Write(ActuatorCommand.Neutral, 0);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (backend.Workers.Any(w => w.Reads == 0) && DateTime.UtcNow < deadline) Thread.Sleep(10);
        Assert.All(backend.Workers, w => Assert.True(w.Reads > 0, $"worker {w.Name} never published"));
        Assert.All(backend.Workers, w => Assert.Equal(0, w.Failures));
    }
}
