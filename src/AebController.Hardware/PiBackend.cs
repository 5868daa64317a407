using System.Device.Gpio;
using System.Device.I2c;
using System.Device.Pwm;
using AebController.Firmware.Runtime;
using AebController.Firmware.Runtime.RealTime;
using AebController.Firmware.Signals;
using AebController.Hardware.Acquisition;
using AebController.Hardware.Devices;
using AebController.Hardware.PinMapping;
using Iot.Device.Ads1115;

namespace AebController.Hardware;

/// <summary>
/// The Raspberry Pi backend of the HAL. Devices (ADS1115 binding, two HC-SR04 rangers, GPIO switches,
/// PWM outputs) run on acquisition threads, one per bus, publishing timestamped samples into
/// latest-value slots; <see cref="Read"/> and <see cref="Write"/> only copy slots, so the loop never
/// blocks on a bus and allocates nothing. The clocks are injectable: by default the samples and the
/// echo edges are timed on CLOCK_MONOTONIC and the threads start at once; tests pass virtual clocks,
/// leave the threads unstarted and step each worker with <see cref="AcquisitionWorker.PollOnce"/>.
/// </summary>
public sealed class PiBackend : ISensorSource, IActuatorSink, IDisposable
{
    private readonly PinMap _map;
    private readonly ICycleClock _time;
    private readonly RealTimeCycleClock? _ownClock;
    private readonly LatestValue<AnalogSample> _analog = new();
    private readonly LatestValue<RangeSample> _front = new();
    private readonly LatestValue<RangeSample> _rear = new();
    private readonly LatestValue<SwitchSample> _switches = new();
    private readonly LatestValue<ActuatorCommand> _command = new();
    private readonly RangeTracker _frontTracker = new();
    private readonly RangeTracker _rearTracker = new();
    private readonly List<AcquisitionWorker> _workers = new();
    private readonly List<IDisposable> _devices = new();
    private AnalogSample _lastAnalog;
    private SwitchSample _lastSwitches;
    private RangeSample _lastFront;
    private RangeSample _lastRear;
    private bool _hasAnalog;
    private bool _hasSwitches;

    /// <param name="sampleClock">Time base of the samples' timestamps: the control loop's clock (default CLOCK_MONOTONIC).</param>
    /// <param name="echoClock">Clock on which the rangers time their echo pulses (default CLOCK_MONOTONIC).</param>
    /// <param name="startThreads">False leaves the acquisition threads unstarted, for a caller that polls the workers itself.</param>
    public PiBackend(PinMap map, IDeviceFactory devices, ICycleClock? sampleClock = null, ICycleClock? echoClock = null, bool startThreads = true)
    {
        PinMapValidator.Validate(map, "pin map");
        _map = map;
        if (sampleClock is null || echoClock is null) _ownClock = new RealTimeCycleClock();
        _time = sampleClock ?? _ownClock!;
        var echoTime = echoClock ?? _ownClock!;
        var adcDevice = Track(devices.OpenI2c(map.Adc.Bus, map.Adc.Address));
        var adc = Track(new Ads1115(adcDevice, InputMultiplexer.AIN0, MeasuringRange.FS4096, DataRate.SPS860, DeviceMode.PowerDown));
        // Each ranger gets its own controller and thread: it busy-waits on its echo pin.
        var frontRanger = Track(new Hcsr04Ranger(devices.OpenGpio(), map.FrontRanger.Trigger, map.FrontRanger.Echo, echoTime));
        var rearRanger = Track(new Hcsr04Ranger(devices.OpenGpio(), map.RearRanger.Trigger, map.RearRanger.Echo, echoTime));
        Gpio = Track(devices.OpenGpio());
        var inputs = map.Inputs;
        foreach (int pin in new[] { inputs.BrakeSwitch, inputs.GearReverse, inputs.GearDrive })
        {
            Gpio.OpenPin(pin, PinMode.InputPullDown);
        }

        var o = map.Outputs;
        foreach (int pin in new[] { o.Buzzer, o.WarningLamp, o.FaultLamp })
        {
            Gpio.OpenPin(pin, PinMode.Output, PinValue.Low);
        }

        BrakePwm = Track(devices.OpenPwm(o.PwmChip, o.BrakePwmChannel, o.PwmFrequencyHz));
        TorquePwm = Track(devices.OpenPwm(o.PwmChip, o.TorquePwmChannel, o.PwmFrequencyHz));
        BrakePwm.DutyCycle = 0;
        TorquePwm.DutyCycle = 1;
        BrakePwm.Start();
        TorquePwm.Start();

        var adcMap = map.Adc;
        Func<bool> readAdc = () =>
        {
            var s = new AnalogSample
            {
                AccelTrack1V = adc.ReadVoltage((InputMultiplexer)((int)InputMultiplexer.AIN0 + adcMap.AccelTrack1Channel)).Volts,
                AccelTrack2V = adc.ReadVoltage((InputMultiplexer)((int)InputMultiplexer.AIN0 + adcMap.AccelTrack2Channel)).Volts,
                BrakeV = adc.ReadVoltage((InputMultiplexer)((int)InputMultiplexer.AIN0 + adcMap.BrakeTravelChannel)).Volts,
                SpeedV = adc.ReadVoltage((InputMultiplexer)((int)InputMultiplexer.AIN0 + adcMap.SpeedChannel)).Volts,
                TimestampUs = _time.NowUs,
            };
            _analog.Publish(s);
            return true;
        };
        long frontSeq = 0, rearSeq = 0;
        Func<bool> readFront = () => PublishRange(frontRanger, _front, ref frontSeq);
        Func<bool> readRear = () => PublishRange(rearRanger, _rear, ref rearSeq);
        _workers.Add(new AcquisitionWorker($"i2c-{map.Adc.Bus}-adc", readAdc, pauseMs: 2));
        _workers.Add(new AcquisitionWorker("front-ranger", readFront, pauseMs: 0));
        _workers.Add(new AcquisitionWorker("rear-ranger", readRear, pauseMs: 0));
        _workers.Add(new AcquisitionWorker("gpio", () =>
        {
            _switches.Publish(new SwitchSample
            {
                BrakeSwitch = Gpio.Read(inputs.BrakeSwitch) == PinValue.High,
                GearReverse = Gpio.Read(inputs.GearReverse) == PinValue.High,
                GearDrive = Gpio.Read(inputs.GearDrive) == PinValue.High,
                TimestampUs = _time.NowUs,
            });
            return true;
        }, pauseMs: 2));
        _workers.Add(new AcquisitionWorker("outputs", WriteOutputs, pauseMs: 5));
        if (startThreads)
        {
            foreach (var w in _workers) w.Start();
        }
    }

    public GpioController Gpio { get; }
    public PwmChannel BrakePwm { get; }
    public PwmChannel TorquePwm { get; }
    public IReadOnlyList<AcquisitionWorker> Workers => _workers;

    /// <summary>Time base of the samples (CLOCK_MONOTONIC, µs): the loop's clock must be the same.</summary>
    public long NowUs => _time.NowUs;

    public void Read(SensorFrame frame, long nowUs)
    {
        if (_analog.TryRead(out var analog)) { _lastAnalog = analog; _hasAnalog = true; }
        if (_switches.TryRead(out var switches)) { _lastSwitches = switches; _hasSwitches = true; }
        if (_front.TryRead(out var front)) _lastFront = front;
        if (_rear.TryRead(out var rear)) _lastRear = rear;

        frame.NowUs = nowUs;
        var adc = _map.Adc;
        double travel = adc.AccelFlooredV - adc.AccelReleasedV;
        frame.Pedals.AccelTrack1 = (float)((_lastAnalog.AccelTrack1V - adc.AccelReleasedV) / travel);
        frame.Pedals.AccelTrack2 = (float)((_lastAnalog.AccelTrack2V - 0.5 * adc.AccelReleasedV) / travel);
        frame.Pedals.BrakeTravel = (float)((_lastAnalog.BrakeV - adc.BrakeReleasedV) / (adc.BrakeFullV - adc.BrakeReleasedV));
        frame.Pedals.BrakeSwitch = _lastSwitches.BrakeSwitch;
        frame.Pedals.AgeUs = _hasAnalog ? Age(nowUs, _lastAnalog.TimestampUs) : SignalAge.Never;
        frame.Motion.WheelSpeedMps = (float)(Math.Max(0, _lastAnalog.SpeedV) / adc.SpeedFullScaleV * adc.SpeedFullScaleMps);
        frame.Motion.LongAccelMps2 = 0f;
        frame.Motion.YawRateRps = 0f;
        frame.Motion.AgeUs = frame.Pedals.AgeUs;
        // No steering sensor on the bench: straight ahead, fresh (evasive-steering override is unavailable).
        frame.Steering.AngleRad = 0f;
        frame.Steering.RateRps = 0f;
        frame.Steering.AgeUs = _hasAnalog ? 0 : SignalAge.Never;
        frame.Gear.Gear = _lastSwitches.GearReverse && _lastSwitches.GearDrive ? (Gear)0xFF
            : _lastSwitches.GearReverse ? Gear.Reverse : _lastSwitches.GearDrive ? Gear.Drive : Gear.Park;
        frame.Gear.AgeUs = _hasSwitches ? Age(nowUs, _lastSwitches.TimestampUs) : SignalAge.Never;
        _frontTracker.Update(_lastFront, ref frame.FrontRadar, nowUs);
        _rearTracker.Update(_lastRear, ref frame.RearRadar, nowUs);
        // No corner radar is wired to the bench Pi: their lists never arrive (PiCalibration says they are not fitted,
        // so the firmware neither waits for them nor reports them missing).
        NotFitted(ref frame.FrontLeftCornerRadar);
        NotFitted(ref frame.FrontRightCornerRadar);
    }

    private static void NotFitted(ref RadarObjectList list)
    {
        list.Count = 0;
        list.AgeUs = SignalAge.Never;
        list.SensorOk = false;
    }

    public void Write(in ActuatorCommand command, long nowUs) => _command.Publish(command);

    /// <summary>A sample taken after the cycle's deadline (the threads run on) is fresh, not from the future.</summary>
    internal static long Age(long nowUs, long sampleUs) => Math.Max(0, nowUs - sampleUs);

    private bool WriteOutputs()
    {
        if (!_command.TryRead(out var c)) return false;
        BrakePwm.DutyCycle = Math.Clamp(c.BrakeDecelRequestMps2 / 10.0, 0.0, 1.0);
        TorquePwm.DutyCycle = Math.Clamp(c.DriveTorqueLimit, 0.0, 1.0);
        Gpio.Write(_map.Outputs.Buzzer, (c.Warnings & WarningOutputs.Acoustic) != 0 ? PinValue.High : PinValue.Low);
        Gpio.Write(_map.Outputs.WarningLamp, (c.Warnings & (WarningOutputs.Visual | WarningOutputs.Haptic)) != 0 ? PinValue.High : PinValue.Low);
        Gpio.Write(_map.Outputs.FaultLamp, c.FaultLamp ? PinValue.High : PinValue.Low);
        return true;
    }

    private bool PublishRange(Hcsr04Ranger ranger, LatestValue<RangeSample> slot, ref long sequence)
    {
        // The ranger paces itself (60 ms between pings) and busy-waits on the echo: only ever called here.
        bool valid = ranger.TryMeasure(out double distanceM);
        slot.Publish(new RangeSample { DistanceM = valid ? distanceM : 0, Valid = valid, TimestampUs = _time.NowUs, Sequence = ++sequence });
        return valid;
    }

    private T Track<T>(T device)
        where T : IDisposable
    {
        _devices.Add(device);
        return device;
    }

    public void Dispose()
    {
        foreach (var w in _workers) w.Dispose();
        try
        {
            BrakePwm.DutyCycle = 0;
            BrakePwm.Stop();
            TorquePwm.Stop();
        }
        catch (IOException)
        {
            // The outputs are going away anyway; nothing more can be done here.
        }

        for (int i = _devices.Count - 1; i >= 0; i--)
        {
            try
            {
                _devices[i].Dispose();
            }
            catch (Exception ex) when (ex is IOException or TimeoutException or InvalidOperationException)
            {
                // A device that is gone (unplugged) cannot be shut down cleanly; the others still are.
            }
        }
        _ownClock?.Dispose();
    }
}
