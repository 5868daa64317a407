using System.Device.Gpio;

namespace AebController.Hardware.Tests.Emulation;

/// <summary>
/// HC-SR04 at pin level, on the chip's virtual pin clock: the falling edge of the trigger pulse starts a
/// ping; after the burst (8 cycles at 40 kHz = 200 µs) the echo pin is high for the sound's round trip,
/// 2 × distance / 343 m/s (air at 20 °C), or for a width set directly (<see cref="SetEchoPulseUs"/>).
/// No target in range (or <see cref="Silent"/>) means no echo pulse at all. It records each trigger
/// pulse's width and each ping's time, so tests can check the ranger keeps the datasheet's timing.
/// </summary>
public sealed class EmulatedHcsr04(EmulatedPinClock clock)
{
    public const double BurstDelayUs = 200;
    public const double SpeedOfSoundMps = 343.0;
    private readonly List<long> _triggerWidthsUs = new();
    private readonly List<long> _pingTimesUs = new();
    private double _distanceM = 3.0;
    private double _pulseOverrideUs = double.NaN;
    private double _echoStartUs = double.NegativeInfinity;
    private double _echoUs;
    private long _triggerRiseUs;
    private bool _triggerHigh;

    public bool Silent { get; set; }
    public int Pings { get; private set; }
    public IReadOnlyList<long> TriggerWidthsUs => _triggerWidthsUs;
    public IReadOnlyList<long> PingTimesUs => _pingTimesUs;

    public void SetDistanceM(double meters)
    {
        Volatile.Write(ref _distanceM, meters);
        Volatile.Write(ref _pulseOverrideUs, double.NaN);
    }

    /// <summary>Makes every later echo exactly this wide, whatever the distance (datasheet examples are given as widths).</summary>
    public void SetEchoPulseUs(double widthUs) => Volatile.Write(ref _pulseOverrideUs, widthUs);

    /// <summary>Called under the chip's lock.</summary>
    internal void Trigger(bool high)
    {
        long now = clock.CurrentUs;
        if (!_triggerHigh && high) _triggerRiseUs = now;
        if (_triggerHigh && !high)
        {
            _triggerWidthsUs.Add(now - _triggerRiseUs);
            _pingTimesUs.Add(now);
            Pings++;
            if (!Silent)
            {
                double d = Volatile.Read(ref _distanceM);
                double over = Volatile.Read(ref _pulseOverrideUs);
                _echoStartUs = now + BurstDelayUs;
                _echoUs = !double.IsNaN(over) ? over : d is > 0.02 and < 4.0 ? 2 * d / SpeedOfSoundMps * 1e6 : 0;
            }
            else
            {
                _echoUs = 0;
            }
        }

        _triggerHigh = high;
    }

    /// <summary>Called under the chip's lock.</summary>
    internal PinValue Echo()
    {
        double since = clock.CurrentUs - _echoStartUs;
        return since >= 0 && since < _echoUs ? PinValue.High : PinValue.Low;
    }
}
