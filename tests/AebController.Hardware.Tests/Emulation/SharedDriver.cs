using System.Device.Gpio;

namespace AebController.Hardware.Tests.Emulation;

/// <summary>A second handle on the same emulated chip, so several controllers can share it without disposing it.</summary>
public sealed class SharedDriver(EmulatedGpioDriver chip) : GpioDriver
{
    protected override int PinCount => 28;
    protected override void OpenPin(int pinNumber) => chip.Open(pinNumber);
    protected override void ClosePin(int pinNumber) => chip.Close(pinNumber);
    protected override void SetPinMode(int pinNumber, PinMode mode) => chip.SetMode(pinNumber, mode);
    protected override PinMode GetPinMode(int pinNumber) => chip.GetMode(pinNumber);
    protected override bool IsPinModeSupported(int pinNumber, PinMode mode) => true;
    protected override PinValue Read(int pinNumber) => chip.ReadPin(pinNumber);
    protected override void Write(int pinNumber, PinValue value) => chip.WritePin(pinNumber, value);

    protected override WaitForEventResult WaitForEvent(int pinNumber, PinEventTypes eventTypes, CancellationToken cancellationToken) =>
        new() { TimedOut = true, EventTypes = PinEventTypes.None };

    protected override void AddCallbackForPinValueChangedEvent(int pinNumber, PinEventTypes eventTypes, PinChangeEventHandler callback) =>
        throw new NotSupportedException("the emulated chip has no edge events");

    protected override void RemoveCallbackForPinValueChangedEvent(int pinNumber, PinChangeEventHandler callback)
    {
    }
}
