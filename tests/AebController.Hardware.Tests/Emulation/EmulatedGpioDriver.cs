using System.Device.Gpio;

namespace AebController.Hardware.Tests.Emulation;

/// <summary>A GPIO chip in memory: the test sets input levels and reads what the backend drove onto outputs.</summary>
public sealed class EmulatedGpioDriver : GpioDriver
{
    private readonly object _gate = new();
    private readonly Dictionary<int, PinValue> _levels = new();
    private readonly Dictionary<int, PinMode> _modes = new();
    private readonly Dictionary<int, EmulatedHcsr04> _rangersByTrigger = new();
    private readonly Dictionary<int, EmulatedHcsr04> _rangersByEcho = new();

    /// <summary>The chip's pin-level time: echo pulses are emulated on it, and a ranger times them on it.</summary>
    public EmulatedPinClock PinClock { get; } = new();

    /// <summary>Wires an HC-SR04 to a trigger and an echo pin.</summary>
    public EmulatedHcsr04 AttachRanger(int triggerPin, int echoPin)
    {
        var ranger = new EmulatedHcsr04(PinClock);
        lock (_gate)
        {
            _rangersByTrigger[triggerPin] = ranger;
            _rangersByEcho[echoPin] = ranger;
        }

        return ranger;
    }

    protected override int PinCount => 28;

    internal void Open(int pin) => OpenPin(pin);
    internal void Close(int pin) => ClosePin(pin);
    internal void SetMode(int pin, PinMode mode) => SetPinMode(pin, mode);
    internal PinMode GetMode(int pin) => GetPinMode(pin);
    internal PinValue ReadPin(int pin) => Read(pin);
    internal void WritePin(int pin, PinValue value) => Write(pin, value);

    public void SetInput(int pin, bool high)
    {
        lock (_gate) _levels[pin] = high ? PinValue.High : PinValue.Low;
    }

    public bool IsHigh(int pin)
    {
        lock (_gate) return _levels.TryGetValue(pin, out var v) && v == PinValue.High;
    }

    public bool IsOpen(int pin)
    {
        lock (_gate) return _modes.ContainsKey(pin);
    }

    protected override void OpenPin(int pinNumber)
    {
        if (pinNumber < 0 || pinNumber >= PinCount) throw new InvalidOperationException($"GPIO {pinNumber} does not exist on this chip");
        lock (_gate) _modes[pinNumber] = PinMode.Input;
    }

    protected override void ClosePin(int pinNumber)
    {
        lock (_gate) _modes.Remove(pinNumber);
    }

    protected override void SetPinMode(int pinNumber, PinMode mode)
    {
        lock (_gate) _modes[pinNumber] = mode;
    }

    protected override PinMode GetPinMode(int pinNumber)
    {
        lock (_gate) return _modes[pinNumber];
    }

    protected override bool IsPinModeSupported(int pinNumber, PinMode mode) => true;

    protected override PinValue Read(int pinNumber)
    {
        lock (_gate)
        {
            if (_rangersByEcho.TryGetValue(pinNumber, out var ranger)) return ranger.Echo();
            return _levels.TryGetValue(pinNumber, out var v) ? v : PinValue.Low;
        }
    }

    protected override void Write(int pinNumber, PinValue value)
    {
        lock (_gate)
        {
            if (!_modes.TryGetValue(pinNumber, out var mode) || mode != PinMode.Output)
            {
                throw new InvalidOperationException($"GPIO {pinNumber} is not an open output");
            }

            if (_rangersByTrigger.TryGetValue(pinNumber, out var ranger)) ranger.Trigger(value == PinValue.High);
            _levels[pinNumber] = value;
        }
    }

    protected override WaitForEventResult WaitForEvent(int pinNumber, PinEventTypes eventTypes, CancellationToken cancellationToken) =>
        new() { TimedOut = true, EventTypes = PinEventTypes.None };

    protected override void AddCallbackForPinValueChangedEvent(int pinNumber, PinEventTypes eventTypes, PinChangeEventHandler callback) =>
        throw new NotSupportedException("the emulated chip has no edge events");

    protected override void RemoveCallbackForPinValueChangedEvent(int pinNumber, PinChangeEventHandler callback)
    {
    }
}
