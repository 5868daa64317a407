using System.Device.Gpio;
using System.Device.I2c;
using System.Device.Pwm;
using AebController.Hardware.Devices;

namespace AebController.Hardware.Tests.Emulation;

/// <summary>A bench of emulated devices: what the Pi backend opens, by bus and address.</summary>
public sealed class EmulatedDeviceFactory : IDeviceFactory
{
    public EmulatedGpioDriver GpioDriver { get; } = new();
    public EmulatedAds1115 Adc { get; } = new(1, 0x48);
    public Dictionary<int, EmulatedPwmChannel> Pwm { get; } = new();

    public EmulatedDeviceFactory(AebController.Hardware.PinMapping.PinMap map)
    {
        Front = GpioDriver.AttachRanger(map.FrontRanger.Trigger, map.FrontRanger.Echo);
        Rear = GpioDriver.AttachRanger(map.RearRanger.Trigger, map.RearRanger.Echo);
    }

    public EmulatedHcsr04 Front { get; }
    public EmulatedHcsr04 Rear { get; }

    public I2cDevice OpenI2c(int bus, int address) => (bus, address) switch
    {
        (1, 0x48) => Adc,
        _ => throw new IOException($"no device answers on I2C bus {bus} at 0x{address:X2}"),
    };

    // Each backend thread gets its own controller over the one emulated chip, as each opens the chip on a Pi.
    public GpioController OpenGpio() => new(new SharedDriver(GpioDriver));

    public PwmChannel OpenPwm(int chip, int channel, int frequencyHz)
    {
        var pwm = new EmulatedPwmChannel { Frequency = frequencyHz };
        Pwm[channel] = pwm;
        return pwm;
    }
}
