using AebController.Firmware.Runtime;
using AebController.Firmware.Runtime.RealTime;
using AebController.Firmware.Signals;
using AebController.Hardware.PinMapping;
using AebController.Hardware.Tests.Emulation;

namespace AebController.Hardware.Tests;

/// <summary>
/// The firmware loop in real time on the Pi backend over emulated devices: as the emulated range
/// closes in, the buzzer and the brake output come on; a disagreeing pedal track raises its code.
/// </summary>
public class PiBackendClosedLoopTests
{
    private static readonly PinMap Map = new();

    private static EmulatedDeviceFactory Bench(double speedMps)
    {
        var bench = new EmulatedDeviceFactory(Map);
        bench.Adc.SetVolts(Map.Adc.AccelTrack1Channel, Map.Adc.AccelReleasedV);
        bench.Adc.SetVolts(Map.Adc.AccelTrack2Channel, Map.Adc.AccelReleasedV / 2);
        bench.Adc.SetVolts(Map.Adc.BrakeTravelChannel, Map.Adc.BrakeReleasedV);
        bench.Adc.SetVolts(Map.Adc.SpeedChannel, speedMps / Map.Adc.SpeedFullScaleMps * Map.Adc.SpeedFullScaleV);
        bench.GpioDriver.SetInput(Map.Inputs.GearDrive, true);
        bench.Front.SetDistanceM(3.9);
        bench.Rear.SetDistanceM(3.9);
        return bench;
    }

    [Fact]
    public void A_closing_range_gives_a_warning_then_a_brake_output()
    {
        var bench = Bench(speedMps: 2.0);
        using var backend = new PiBackend(Map, bench);
        using var clock = new RealTimeCycleClock();
        var loop = new ControlLoop(clock, backend, backend, new AebFirmware(PiCalibration.Default));
        long start = clock.NowUs + 10_000;
        loop.Start(start);
        double firstBuzzerS = -1, firstBrakeS = -1;
        ForwardAebState worst = ForwardAebState.Off;
        for (int i = 0; i < 300 && firstBrakeS < 0; i++)
        {
            double t = i * 0.01;
            bench.Front.SetDistanceM(Math.Max(0.3, 3.9 - 2.0 * t)); // closing at 2 m/s
            loop.RunCycle();
            if (loop.LastCommand.ForwardAebState > worst) worst = loop.LastCommand.ForwardAebState;
            if (firstBuzzerS < 0 && bench.GpioDriver.IsHigh(Map.Outputs.Buzzer)) firstBuzzerS = t;
            if (firstBrakeS < 0 && bench.Pwm[Map.Outputs.BrakePwmChannel].DutyCycle > 0.1) firstBrakeS = t;
        }

        Assert.True(firstBuzzerS >= 0, $"the buzzer never sounded; forward AEB reached {worst}; diagnostics {loop.LastCommand.Diagnostics}");
        Assert.True(firstBrakeS >= 0, $"the brake output never came on; forward AEB reached {worst}");
        Assert.True(firstBuzzerS <= firstBrakeS);
        Assert.True(bench.GpioDriver.IsHigh(Map.Outputs.WarningLamp));
        Assert.Equal(0.0, bench.Pwm[Map.Outputs.TorquePwmChannel].DutyCycle, 3);
        Assert.Equal(DiagnosticCode.None, loop.LastCommand.Diagnostics);
        Assert.All(backend.Workers, w => Assert.Equal(0, w.Failures));
    }

    [Fact]
    public void A_disagreeing_pedal_track_raises_the_diagnostic_code_and_lights_the_fault_lamp()
    {
        var bench = Bench(speedMps: 0);
        using var backend = new PiBackend(Map, bench);
        using var clock = new RealTimeCycleClock();
        var loop = new ControlLoop(clock, backend, backend, new AebFirmware(PiCalibration.Default));
        loop.Start(clock.NowUs + 10_000);
        // Every acquisition thread must have published once before the inputs are fresh; on a loaded machine the
        // first GPIO sample can take longer than 20 cycles, so wait (bounded, 2 s) for a clean start.
        for (int i = 0; i < 200 && (i < 20 || loop.LastCommand.Diagnostics != DiagnosticCode.None); i++) loop.RunCycle();
        Assert.Equal(DiagnosticCode.None, loop.LastCommand.Diagnostics);

        // Track 1 says half pedal; track 2 stays at released.
        bench.Adc.SetVolts(Map.Adc.AccelTrack1Channel, (Map.Adc.AccelReleasedV + Map.Adc.AccelFlooredV) / 2);
        for (int i = 0; i < 50 && (loop.LastCommand.Diagnostics & DiagnosticCode.AccelPedalTrackDisagree) == 0; i++) loop.RunCycle();
        Assert.True((loop.LastCommand.Diagnostics & DiagnosticCode.AccelPedalTrackDisagree) != 0, $"diagnostics: {loop.LastCommand.Diagnostics}");
        Assert.True(loop.LastCommand.FaultLamp);
        Assert.True(loop.LastCommand.DriveTorqueLimit < 1f);
        Thread.Sleep(50);
        Assert.True(bench.GpioDriver.IsHigh(Map.Outputs.FaultLamp));
    }

    [Fact]
    public void An_unplugged_adc_shows_as_stale_inputs_not_a_blocked_loop()
    {
        var bench = Bench(speedMps: 2.0);
        using var backend = new PiBackend(Map, bench);
        using var clock = new RealTimeCycleClock();
        var loop = new ControlLoop(clock, backend, backend, new AebFirmware(PiCalibration.Default));
        loop.Start(clock.NowUs + 10_000);
        loop.RunCycles(60);
        Assert.Equal(DiagnosticCode.None, loop.LastCommand.Diagnostics);
        bench.Adc.Disconnected = true;
        loop.RunCycles(60);
        Assert.True((loop.LastCommand.Diagnostics & DiagnosticCode.AccelPedalStale) != 0, $"diagnostics: {loop.LastCommand.Diagnostics}");
        Assert.True((loop.LastCommand.Diagnostics & DiagnosticCode.WheelSpeedStale) != 0);
        Assert.Equal(0f, loop.LastCommand.BrakeDecelRequestMps2);
        Assert.Contains(backend.Workers, w => w.Failures > 0 && w.LastError!.Contains("acknowledge", StringComparison.Ordinal));
        Assert.True(loop.Statistics.WakeLatencyUs.Percentile(0.5) < 5_000, "the loop kept its period");
    }
}
