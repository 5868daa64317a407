using System.Device.Pwm;

namespace AebController.Hardware.Tests.Emulation;

/// <summary>A PWM channel that remembers its duty cycle and whether it runs.</summary>
public sealed class EmulatedPwmChannel : PwmChannel
{
    private double _duty;

    public override int Frequency { get; set; }

    public override double DutyCycle
    {
        get => Volatile.Read(ref _duty);
        set
        {
            if (value < 0 || value > 1) throw new ArgumentOutOfRangeException(nameof(value), value, "duty cycle is 0–1");
            Volatile.Write(ref _duty, value);
        }
    }

    public bool Running { get; private set; }

    public override void Start() => Running = true;

    public override void Stop() => Running = false;
}
