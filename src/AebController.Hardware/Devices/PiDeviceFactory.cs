using System.Device.Gpio;
using System.Device.I2c;
using System.Device.Pwm;

namespace AebController.Hardware.Devices;

/// <summary>The real buses of a Raspberry Pi (/dev/i2c-N, /dev/gpiochip, /sys/class/pwm).</summary>
public sealed class PiDeviceFactory : IDeviceFactory
{
    public I2cDevice OpenI2c(int bus, int address) => I2cDevice.Create(new I2cConnectionSettings(bus, address));

    public GpioController OpenGpio() => new();

    public PwmChannel OpenPwm(int chip, int channel, int frequencyHz) => PwmChannel.Create(chip, channel, frequencyHz, 0.0);
}
