using System.CommandLine;
using AebController.Cli.Output;
using System.Globalization;
using AebController.Firmware.Runtime;
using AebController.Firmware.Runtime.RealTime;
using AebController.Hardware;
using AebController.Hardware.Devices;
using AebController.Hardware.PinMapping;

namespace AebController.Cli.Commands;

/// <summary>
/// `aeb hw --pinmap FILE [--dry-run]`: the firmware on the Raspberry Pi backend in real time;
/// `--dry-run` validates the pin map and prints the wiring without opening anything;
/// `aeb hw check --pinmap FILE` reads every sensor once, for bring-up on the bench.
/// </summary>
public static class HwCommand
{
    public static Command Create(CliContext context)
    {
        var pinmap = new Option<string>("--pinmap") { Description = "Pin map JSON (hw/pinmap.json)", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate the pin map and print the wiring; open no device" };
        var duration = new Option<double>("--duration") { Description = "Stop after this many seconds (default: run until Ctrl+C)", DefaultValueFactory = _ => 0 };
        var json = new Option<bool>("--json") { Description = "With --dry-run: print the validated wiring as JSON" };
        var command = new Command("hw", "Run the firmware on the Raspberry Pi backend") { pinmap, dryRun, duration, json };
        command.SetAction(parse =>
        {
            var map = LoadMap(parse.GetValue(pinmap)!);
            var wiring = Wiring(map);
            if (parse.GetValue(dryRun) && parse.GetValue(json))
            {
                context.Out.WriteLine(ResultJson.SerializeAny(new
                {
                    valid = true,
                    pinmap = parse.GetValue(pinmap),
                    wiring = wiring.Rows.Select(r => new { signal = r[0], pi = r[1], headerPin = r[2], part = r[3], partPin = r[4] }),
                }));
                return ExitCodes.Ok;
            }

            wiring.Write(context.Out, context.OutIsTerminal);
            if (parse.GetValue(dryRun))
            {
                context.Out.WriteLine("dry run: pin map valid; no device opened");
                return ExitCodes.Ok;
            }

            if (parse.GetValue(json)) throw new UserInputException("--json: only with --dry-run (a live run prints a status line every 5 s)");

            return Run(context, map, parse.GetValue(duration));
        });

        var checkPinmap = new Option<string>("--pinmap") { Description = "Pin map JSON (hw/pinmap.json)", Required = true };
        var check = new Command("check", "Read every sensor once and print the values (bench bring-up)") { checkPinmap };
        check.SetAction(parse =>
        {
            var map = LoadMap(parse.GetValue(checkPinmap)!);
            using var backend = Open(map);
            Thread.Sleep(300); // one pass of every acquisition thread
            var frame = new AebController.Firmware.Signals.SensorFrame();
            frame.Clear();
            backend.Read(frame, backend.NowUs);
            var c = CultureInfo.InvariantCulture;
            context.Out.WriteLine(string.Create(c, $"accelerator track 1 {frame.Pedals.AccelTrack1:0.000}, track 2 {frame.Pedals.AccelTrack2:0.000} (expect half of track 1), age {frame.Pedals.AgeUs / 1000} ms"));
            context.Out.WriteLine(string.Create(c, $"brake travel {frame.Pedals.BrakeTravel:0.000}, brake switch {frame.Pedals.BrakeSwitch}"));
            context.Out.WriteLine(string.Create(c, $"speed {frame.Motion.WheelSpeedMps:0.00} m/s, gear {frame.Gear.Gear}"));
            context.Out.WriteLine(string.Create(c, $"front range {(frame.FrontRadar.Count > 0 ? $"{frame.FrontRadar.Tracks[0].LongitudinalM:0.000} m" : "no echo")}, age {frame.FrontRadar.AgeUs / 1000} ms"));
            context.Out.WriteLine(string.Create(c, $"rear range {(frame.RearRadar.Count > 0 ? $"{frame.RearRadar.Tracks[0].LongitudinalM:0.000} m" : "no echo")}, age {frame.RearRadar.AgeUs / 1000} ms"));
            foreach (var w in backend.Workers)
            {
                context.Out.WriteLine($"thread {w.Name}: {w.Reads} reads, {w.Failures} failures{(w.LastError is null ? "" : ", last: " + w.LastError)}");
            }

            return backend.Workers.Any(w => w.Failures > 0) ? ExitCodes.Failed : ExitCodes.Ok;
        });
        command.Subcommands.Add(check);
        return command;
    }

    private static PinMap LoadMap(string path)
    {
        try
        {
            return PinMapFile.Load(path);
        }
        catch (PinMapException ex)
        {
            throw new UserInputException(ex.Message);
        }
    }

    private static PiBackend Open(PinMap map)
    {
        try
        {
            return new PiBackend(map, new PiDeviceFactory());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException or InvalidOperationException or ArgumentException)
        {
            throw new UserInputException($"cannot open the Raspberry Pi devices ({ex.Message}); this command runs on a Pi with I2C, GPIO and PWM enabled (hw/README.md); here use --dry-run");
        }
    }

    private static int Run(CliContext context, PinMap map, double durationS)
    {
        using var backend = Open(map);
        using var clock = new RealTimeCycleClock();
        foreach (var line in clock.Apply(new RealTimeOptions())) context.Out.WriteLine(line);
        var loop = new ControlLoop(clock, backend, backend, new AebFirmware(PiCalibration.Default));
        // The shared Ctrl-C / SIGTERM signal: the loop stops between batches and the summary is printed.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.Stop.Claim());
        if (durationS > 0) stop.CancelAfter(TimeSpan.FromSeconds(durationS));
        loop.Start(clock.NowUs + loop.PeriodUs);
        using var systemd = new SystemdNotifier();
        systemd.Ready();
        long lastReport = clock.NowUs;
        while (!stop.IsCancellationRequested)
        {
            loop.RunCycles(100);
            // Once a second, from the loop's own thread: a hung loop stops the heartbeat and systemd restarts it.
            systemd.Watchdog();
            if (clock.NowUs - lastReport >= 5_000_000)
            {
                lastReport = clock.NowUs;
                var s = loop.Statistics;
                ref readonly var c = ref loop.LastCommand;
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{s.Cycles} cycles, step p99 {s.ExecutionNs.Percentile(0.99) / 1000.0:0.0} µs, wake p99 {s.WakeLatencyUs.Percentile(0.99)} µs, misses {s.DeadlineMisses}; forward {c.ForwardAebState}, brake {c.BrakeDecelRequestMps2:0.0} m/s², diagnostics {c.Diagnostics}"));
            }
        }

        return loop.Statistics.DeadlineMisses == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private static TextTable Wiring(PinMap map)
    {
        var table = new TextTable("signal", "Pi", "header pin", "part", "part pin");
        var a = map.Adc;
        string i2c = a.Bus == 1 ? "I2C-1 SDA/SCL" : $"I2C-{a.Bus}";
        table.AddRow("ADC (accelerator, brake, speed)", $"{i2c} @ 0x{a.Address:X2}", a.Bus == 1 ? "3 (SDA), 5 (SCL)" : "-", "ADS1115", "SDA, SCL, ADDR→GND");
        table.AddRow("accelerator track 1", $"ADS1115 AIN{a.AccelTrack1Channel}", "-", "pedal pot 1 wiper", "wiper");
        table.AddRow("accelerator track 2 (half)", $"ADS1115 AIN{a.AccelTrack2Channel}", "-", "pedal pot 2 wiper via 1:2 divider", "wiper");
        table.AddRow("brake travel", $"ADS1115 AIN{a.BrakeTravelChannel}", "-", "brake pot wiper", "wiper");
        table.AddRow("speed (bench)", $"ADS1115 AIN{a.SpeedChannel}", "-", "speed pot wiper", "wiper");
        Gpio(table, "front ranger trigger", map.FrontRanger.Trigger, "HC-SR04 (front)", "TRIG");
        Gpio(table, "front ranger echo", map.FrontRanger.Echo, "HC-SR04 (front) via 1k/2k divider", "ECHO");
        Gpio(table, "rear ranger trigger", map.RearRanger.Trigger, "HC-SR04 (rear)", "TRIG");
        Gpio(table, "rear ranger echo", map.RearRanger.Echo, "HC-SR04 (rear) via 1k/2k divider", "ECHO");
        Gpio(table, "brake switch", map.Inputs.BrakeSwitch, "push button to 3V3", "NO");
        Gpio(table, "gear R switch", map.Inputs.GearReverse, "toggle to 3V3", "R");
        Gpio(table, "gear D switch", map.Inputs.GearDrive, "toggle to 3V3", "D");
        Gpio(table, $"brake actuator PWM (chip {map.Outputs.PwmChip} ch {map.Outputs.BrakePwmChannel})", map.Outputs.BrakePwmPin, "servo", "signal");
        Gpio(table, $"torque limit PWM (chip {map.Outputs.PwmChip} ch {map.Outputs.TorquePwmChannel})", map.Outputs.TorquePwmPin, "LED bar / ESC", "signal");
        Gpio(table, "warning buzzer", map.Outputs.Buzzer, "active buzzer via NPN", "+");
        Gpio(table, "warning lamp", map.Outputs.WarningLamp, "amber LED + 330 Ω", "anode");
        Gpio(table, "fault lamp", map.Outputs.FaultLamp, "red LED + 330 Ω", "anode");
        return table;
    }

    private static void Gpio(TextTable table, string signal, int bcm, string part, string partPin) =>
        table.AddRow(signal, $"GPIO{bcm}", HeaderPin(bcm).ToString(CultureInfo.InvariantCulture), part, partPin);

    /// <summary>Physical pin of a BCM GPIO on the 40-pin header.</summary>
    public static int HeaderPin(int bcm) => bcm switch
    {
        2 => 3, 3 => 5, 4 => 7, 5 => 29, 6 => 31, 7 => 26, 8 => 24, 9 => 21, 10 => 19, 11 => 23, 12 => 32, 13 => 33,
        14 => 8, 15 => 10, 16 => 36, 17 => 11, 18 => 12, 19 => 35, 20 => 38, 21 => 40, 22 => 15, 23 => 16, 24 => 18,
        25 => 22, 26 => 37, 27 => 13, _ => 0,
    };
}
