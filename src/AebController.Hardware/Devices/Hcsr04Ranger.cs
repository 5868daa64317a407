using System.Device.Gpio;
using AebController.Firmware.Runtime;

namespace AebController.Hardware.Devices;

/// <summary>
/// HC-SR04 ultrasonic ranger at pin level, as its datasheet specifies: a trigger pulse of at least
/// 10 µs starts a ping; the module then raises its echo pin for the sound's round trip, and the range
/// is the echo's width in µs / 58 = cm. Pings are at least 60 ms apart (the measurement cycle, so a
/// late echo cannot mix with the next ping); 2 cm to 400 cm is the module's range, a longer pulse
/// (about 38 ms with no obstacle) means nothing in range. Edges are timed on an injected clock, so
/// the same code runs on the Pi's monotonic clock and, in tests, on virtual time.
/// </summary>
public sealed class Hcsr04Ranger : IDisposable
{
    /// <summary>Datasheet: echo width in µs divided by 58 gives centimetres.</summary>
    public const double MicrosecondsPerCentimetre = 58.0;
    public const long TriggerPulseUs = 10;
    public const long MeasurementCycleUs = 60_000;
    public const double MinRangeM = 0.02;
    public const double MaxRangeM = 4.0;

    /// <summary>The burst (8 × 40 kHz = 200 µs) precedes the echo; allow it plenty before declaring no answer.</summary>
    private const long EchoStartTimeoutUs = 10_000;
    private const long MaxEchoUs = (long)(MaxRangeM * 100 * MicrosecondsPerCentimetre);

    private readonly GpioController _gpio;
    private readonly int _trigger;
    private readonly int _echo;
    private readonly ICycleClock _clock;
    private long _lastPingUs = long.MinValue;

    public Hcsr04Ranger(GpioController gpio, int triggerPin, int echoPin, ICycleClock clock)
    {
        _gpio = gpio;
        _trigger = triggerPin;
        _echo = echoPin;
        _clock = clock;
        _gpio.OpenPin(_echo, PinMode.Input);
        _gpio.OpenPin(_trigger, PinMode.Output, PinValue.Low);
    }

    /// <summary>Echo width of the last ping in µs (0 if it had no echo).</summary>
    public long LastEchoUs { get; private set; }

    /// <summary>Pings once (waiting out the measurement cycle first); false when no echo came or the range is outside 2 cm–4 m.</summary>
    public bool TryMeasure(out double distanceM)
    {
        distanceM = 0;
        LastEchoUs = 0;
        if (_lastPingUs != long.MinValue) _clock.WaitUntil(_lastPingUs + MeasurementCycleUs);
        long startUs = _clock.NowUs;
        _gpio.Write(_trigger, PinValue.High);
        _clock.WaitUntil(startUs + TriggerPulseUs);
        _gpio.Write(_trigger, PinValue.Low);
        _lastPingUs = _clock.NowUs;

        long riseUs;
        while (true)
        {
            riseUs = _clock.NowUs;
            if (_gpio.Read(_echo) == PinValue.High) break;
            if (riseUs - _lastPingUs > EchoStartTimeoutUs) return false;
        }

        long widthUs;
        while (true)
        {
            widthUs = _clock.NowUs - riseUs;
            if (_gpio.Read(_echo) == PinValue.Low) break;
            if (widthUs > MaxEchoUs) return false;
        }

        LastEchoUs = widthUs;
        distanceM = widthUs / MicrosecondsPerCentimetre / 100.0;
        return distanceM >= MinRangeM && distanceM <= MaxRangeM;
    }

    public void Dispose() => _gpio.Dispose();
}
