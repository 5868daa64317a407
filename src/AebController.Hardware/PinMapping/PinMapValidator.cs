namespace AebController.Hardware.PinMapping;

/// <summary>Refuses a pin map before any device is opened: a pin used twice, a pin not on the header, a bad I2C address or channel.</summary>
public static class PinMapValidator
{
    /// <summary>BCM GPIOs available on the 40-pin header of a Raspberry Pi 4 or 5 (0 and 1 are the HAT EEPROM bus).</summary>
    public const int FirstUsableGpio = 2;
    public const int LastUsableGpio = 27;

    public static void Validate(PinMap map, string source)
    {
        void Fail(string field, string problem) => throw new PinMapException($"{source}: field '{field}': {problem}");

        if (map.Adc is null) Fail("adc", "missing signal group (accelerator, brake and speed inputs)");
        if (map.FrontRanger is null) Fail("frontRanger", "missing signal (forward range sensor)");
        if (map.RearRanger is null) Fail("rearRanger", "missing signal (rear range sensor)");
        if (map.Inputs is null) Fail("inputs", "missing signal group (brake switch, gear switches)");
        if (map.Outputs is null) Fail("outputs", "missing signal group (brake, torque, warning and fault outputs)");

        var pins = new Dictionary<int, string>();
        void Pin(string field, int pin)
        {
            if (pin < FirstUsableGpio || pin > LastUsableGpio) Fail(field, $"GPIO {pin} is not a usable pin of the 40-pin header (use BCM {FirstUsableGpio}–{LastUsableGpio})");
            if (pins.TryGetValue(pin, out var other)) Fail(field, $"GPIO {pin} is already used by '{other}'");
            pins[pin] = field;
        }

        void Address(string field, int address)
        {
            if (address < 0x08 || address > 0x77) Fail(field, $"0x{address:X2} is not a 7-bit I2C device address (0x08–0x77)");
        }

        void Bus(string field, int bus)
        {
            if (bus < 0 || bus > 22) Fail(field, $"I2C bus {bus} does not exist on a Raspberry Pi (0–22)");
        }

        var adc = map.Adc!;
        Bus("adc.bus", adc.Bus);
        Address("adc.address", adc.Address);
        if (adc.Address is < 0x48 or > 0x4B) Fail("adc.address", $"an ADS1115 answers at 0x48–0x4B only, got 0x{adc.Address:X2}");
        var channels = new Dictionary<int, string>();
        foreach (var (field, channel) in new[] { ("adc.accelTrack1Channel", adc.AccelTrack1Channel), ("adc.accelTrack2Channel", adc.AccelTrack2Channel),
                     ("adc.brakeTravelChannel", adc.BrakeTravelChannel), ("adc.speedChannel", adc.SpeedChannel) })
        {
            if (channel is < 0 or > 3) Fail(field, $"ADS1115 channel {channel} does not exist (0–3)");
            if (channels.TryGetValue(channel, out var other)) Fail(field, $"channel {channel} is already used by '{other}'");
            channels[channel] = field;
        }

        if (!(adc.AccelFlooredV > adc.AccelReleasedV)) Fail("adc.accelFlooredV", "must be above accelReleasedV");
        if (!(adc.BrakeFullV > adc.BrakeReleasedV)) Fail("adc.brakeFullV", "must be above brakeReleasedV");
        if (!(adc.SpeedFullScaleV > 0)) Fail("adc.speedFullScaleV", "must be positive");
        if (!(adc.SpeedFullScaleMps > 0 && adc.SpeedFullScaleMps < 70)) Fail("adc.speedFullScaleMps", "must be between 0 and 70 m/s");

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
        if (o.BrakePwmChannel == o.TorquePwmChannel) Fail("outputs.torquePwmChannel", $"PWM channel {o.TorquePwmChannel} is already the brake's");
        if (o.BrakePwmChannel is < 0 or > 3 || o.TorquePwmChannel is < 0 or > 3) Fail("outputs.brakePwmChannel", "PWM channels are 0–3");
        if (o.PwmFrequencyHz is < 10 or > 100_000) Fail("outputs.pwmFrequencyHz", $"must be between 10 and 100000 Hz, got {o.PwmFrequencyHz}");

        // The I2C-1 pins (GPIO 2 and 3) carry the ADC and ranger bus; nothing else may sit on them.
        foreach (var (pin, field) in pins)
        {
            if (pin is 2 or 3 && adc.Bus == 1)
            {
                Fail(field, $"GPIO {pin} is I2C bus 1 (SDA/SCL), used by the sensors");
            }
        }
    }
}
