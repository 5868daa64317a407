using System.Device.Gpio;
using System.Diagnostics;

namespace AebController.Hardware.Tests.Emulation;

/// <summary>
/// HC-SR04 at pin level: the falling edge of the trigger pulse starts a ping; after a short burst
/// delay the echo pin is high for the sound's round trip, 2 × distance / 343 m/s. No target in range
/// (or <see cref="Silent"/>) means no echo pulse at all.
/// </summary>
public sealed class EmulatedHcsr04
{
    private const double BurstDelayMs = 0.2;
    private const double SpeedOfSoundMps = 343.0;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private double _distanceM = 3.0;
    private double _pingMs = double.NegativeInfinity;
    private double _echoMs;
    private bool _triggerHigh;

    public bool Silent { get; set; }
    public int Pings { get; private set; }

    public void SetDistanceM(double meters) => Volatile.Write(ref _distanceM, meters);

    internal void Trigger(bool high)
    {
        if (_triggerHigh && !high && !Silent)
        {
            double d = Volatile.Read(ref _distanceM);
            _pingMs = _clock.Elapsed.TotalMilliseconds + BurstDelayMs;
            _echoMs = d is > 0.02 and < 4.0 ? 2 * d / SpeedOfSoundMps * 1000 : 0;
            Pings++;
        }

        _triggerHigh = high;
    }

    internal PinValue Echo()
    {
        double since = _clock.Elapsed.TotalMilliseconds - _pingMs;
        return since >= 0 && since < _echoMs ? PinValue.High : PinValue.Low;
    }
}
