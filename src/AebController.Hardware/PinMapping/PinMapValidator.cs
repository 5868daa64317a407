using AebController.Firmware.Files;

namespace AebController.Hardware.PinMapping;

/// <summary>Refuses a pin map before any device is opened: a pin used twice, a pin not on the header, a bad I2C address or channel.</summary>
public static class PinMapValidator
{
    /// <summary>BCM GPIOs available on the 40-pin header of a Raspberry Pi 4 or 5 (0 and 1 are the HAT EEPROM bus).</summary>
    public const int FirstUsableGpio = 2;
    public const int LastUsableGpio = 27;

    public static void Validate(PinMap map, string source) => Validate(map, source, _ => null);

    /// <summary>Checks a map; <paramref name="writtenText"/> gives the text the user wrote for a field, so values are shown as written.</summary>
    public static void Validate(PinMap map, string source, Func<string, string?> writtenText)
    {
        void Fail(string field, string problem) => throw new PinMapException(source, field, problem);
        string Found(string field, double value) => writtenText(field) ?? JsonText.Number(value);

        if (map is null) Fail("$", "expected a pin map object, found null");
        if (map!.Adc is null) Fail("adc", "missing signal group (accelerator, brake and speed inputs)");
        if (map.FrontRanger is null) Fail("frontRanger", "missing signal (forward range sensor)");
        if (map.RearRanger is null) Fail("rearRanger", "missing signal (rear range sensor)");
        if (map.Inputs is null) Fail("inputs", "missing signal group (brake switch, gear switches)");
        if (map.Outputs is null) Fail("outputs", "missing signal group (brake, torque, warning and fault outputs)");

        var pins = new Dictionary<int, string>();
        void Pin(string field, int pin)
        {
            if (pin < FirstUsableGpio || pin > LastUsableGpio) Fail(field, $"expected a usable BCM GPIO of the 40-pin header ({FirstUsableGpio}–{LastUsableGpio}), found {Found(field, pin)} (GPIO {pin} is not a usable pin)");
            if (pins.TryGetValue(pin, out var other)) Fail(field, $"expected a GPIO no other signal uses, found {Found(field, pin)} (GPIO {pin} is already used by '{other}')");
            pins[pin] = field;
        }

        void Address(string field, int address)
        {
            if (address < 0x08 || address > 0x77) Fail(field, $"expected a 7-bit I2C device address (0x08–0x77, 8–119), found {Found(field, address)} (0x{address:X2} is not a 7-bit I2C device address)");
        }

        void Bus(string field, int bus)
        {
            if (bus < 0 || bus > 22) Fail(field, $"expected an I2C bus of a Raspberry Pi (0–22), found {Found(field, bus)}");
        }

        var adc = map.Adc!;
        Bus("adc.bus", adc.Bus);
        Address("adc.address", adc.Address);
        if (adc.Address is < 0x48 or > 0x4B) Fail("adc.address", $"expected an ADS1115 address (0x48–0x4B, 72–75), found {Found("adc.address", adc.Address)} (an ADS1115 answers at 0x48–0x4B only)");
        var channels = new Dictionary<int, string>();
        foreach (var (field, channel) in new[] { ("adc.accelTrack1Channel", adc.AccelTrack1Channel), ("adc.accelTrack2Channel", adc.AccelTrack2Channel),
                     ("adc.brakeTravelChannel", adc.BrakeTravelChannel), ("adc.speedChannel", adc.SpeedChannel) })
        {
            if (channel is < 0 or > 3) Fail(field, $"expected an ADS1115 channel 0–3, found {Found(field, channel)}");
            if (channels.TryGetValue(channel, out var other)) Fail(field, $"expected a channel no other signal uses, found {Found(field, channel)} (channel {channel} is already used by '{other}')");
            channels[channel] = field;
        }

        if (!(adc.AccelFlooredV > adc.AccelReleasedV)) Fail("adc.accelFlooredV", $"expected a voltage above accelReleasedV ({Found("adc.accelReleasedV", adc.AccelReleasedV)} V), found {Found("adc.accelFlooredV", adc.AccelFlooredV)}");
        if (!(adc.BrakeFullV > adc.BrakeReleasedV)) Fail("adc.brakeFullV", $"expected a voltage above brakeReleasedV ({Found("adc.brakeReleasedV", adc.BrakeReleasedV)} V), found {Found("adc.brakeFullV", adc.BrakeFullV)}");
        if (!(adc.SpeedFullScaleV > 0 && adc.SpeedFullScaleV <= 3.3)) Fail("adc.speedFullScaleV", $"expected a voltage above 0 and at most 3.3 (V), found {Found("adc.speedFullScaleV", adc.SpeedFullScaleV)}");
        if (!(adc.SpeedFullScaleMps > 0 && adc.SpeedFullScaleMps <= 70)) Fail("adc.speedFullScaleMps", $"expected a number above 0 and at most 70 (m/s), found {Found("adc.speedFullScaleMps", adc.SpeedFullScaleMps)}");

        Pin("frontRanger.trigger", map.FrontRanger!.Trigger);
        Pin("frontRanger.echo", map.FrontRanger.Echo);
        Pin("rearRanger.trigger", map.RearRanger!.Trigger);
        Pin("rearRanger.echo", map.RearRanger.Echo);
        Pin("inputs.brakeSwitch", map.Inputs!.BrakeSwitch);
        Pin("inputs.gearReverse", map.Inputs.GearReverse);
        Pin("inputs.gearDrive", map.Inputs.GearDrive);
        var o = map.Outputs!;
        Pin("outputs.brakePwmPin", o.BrakePwmPin);
        Pin("outputs.torquePwmPin", o.TorquePwmPin);
        Pin("outputs.buzzer", o.Buzzer);
        Pin("outputs.warningLamp", o.WarningLamp);
        Pin("outputs.faultLamp", o.FaultLamp);
        if (o.BrakePwmChannel == o.TorquePwmChannel) Fail("outputs.torquePwmChannel", $"expected a PWM channel other than the brake's, found {Found("outputs.torquePwmChannel", o.TorquePwmChannel)} (already outputs.brakePwmChannel)");
        if (o.BrakePwmChannel is < 0 or > 3) Fail("outputs.brakePwmChannel", $"expected a PWM channel 0–3, found {Found("outputs.brakePwmChannel", o.BrakePwmChannel)}");
        if (o.TorquePwmChannel is < 0 or > 3) Fail("outputs.torquePwmChannel", $"expected a PWM channel 0–3, found {Found("outputs.torquePwmChannel", o.TorquePwmChannel)}");
        if (o.PwmChip is < 0 or > 3) Fail("outputs.pwmChip", $"expected a PWM chip 0–3, found {Found("outputs.pwmChip", o.PwmChip)}");
        if (o.PwmFrequencyHz is < 10 or > 100_000) Fail("outputs.pwmFrequencyHz", $"expected a number between 10 and 100000 (Hz), found {Found("outputs.pwmFrequencyHz", o.PwmFrequencyHz)}");

        // The I2C-1 pins (GPIO 2 and 3) carry the ADC and ranger bus; nothing else may sit on them.
        foreach (var (pin, field) in pins)
        {
            if (pin is 2 or 3 && adc.Bus == 1)
            {
                Fail(field, $"expected a GPIO off I2C bus 1, found {Found(field, pin)} (GPIO {pin} is I2C bus 1 SDA/SCL, used by the sensors)");
            }
        }
    }
}
