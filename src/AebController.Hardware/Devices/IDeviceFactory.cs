using System.Device.Gpio;
using System.Device.I2c;
using System.Device.Pwm;

namespace AebController.Hardware.Devices;

/// <summary>Where devices come from: the Pi's real buses, or register-level emulations in tests.</summary>
public interface IDeviceFactory
{
    I2cDevice OpenI2c(int bus, int address);
    GpioController OpenGpio();
    PwmChannel OpenPwm(int chip, int channel, int frequencyHz);
}
