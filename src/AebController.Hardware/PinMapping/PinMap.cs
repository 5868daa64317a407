using AebController.Firmware.Files;

namespace AebController.Hardware.PinMapping;

/// <summary>
/// Which pin, bus, address and channel every signal uses (hw/pinmap.json). Pins are BCM GPIO
/// numbers of the 40-pin header. Validated by <see cref="PinMapValidator"/> before anything opens.
/// </summary>
public sealed record PinMap
{
    public AdcMap Adc { get; init; } = new();
    public RangerMap FrontRanger { get; init; } = new();
    public RangerMap RearRanger { get; init; } = new() { Trigger = 5, Echo = 6 };
    public InputPins Inputs { get; init; } = new();
    public OutputPins Outputs { get; init; } = new();
}

/// <summary>ADS1115 on I2C: accelerator tracks 1 and 2, brake travel, and the bench speed potentiometer.</summary>
public sealed record AdcMap
{
    public int Bus { get; init; } = 1;
    public int Address { get; init; } = 0x48;
    public int AccelTrack1Channel { get; init; }
    public int AccelTrack2Channel { get; init; } = 1;
    public int BrakeTravelChannel { get; init; } = 2;
    public int SpeedChannel { get; init; } = 3;

    /// <summary>Track 1 voltage at released and at floored pedal; track 2 reads half of track 1's travel.</summary>
    [JsonLimits(0, 3.3, "V at the ADS1115 input, which the Pi's 3.3 V supply bounds")]
    public double AccelReleasedV { get; init; } = 0.3;
    [JsonLimits(0, 3.3, "V at the ADS1115 input, which the Pi's 3.3 V supply bounds")]
    public double AccelFlooredV { get; init; } = 3.0;
    [JsonLimits(0, 3.3, "V at the ADS1115 input, which the Pi's 3.3 V supply bounds")]
    public double BrakeReleasedV { get; init; } = 0.3;
    [JsonLimits(0, 3.3, "V at the ADS1115 input, which the Pi's 3.3 V supply bounds")]
    public double BrakeFullV { get; init; } = 3.0;

    /// <summary>Bench speed potentiometer: 0 V is standstill, this voltage is <see cref="SpeedFullScaleMps"/>.</summary>
    [JsonLimits(0, 3.3, "V at the ADS1115 input, which the Pi's 3.3 V supply bounds")]
    public double SpeedFullScaleV { get; init; } = 3.3;
    [JsonLimits(0, 70, "m/s", ExclusiveMin = true)]
    public double SpeedFullScaleMps { get; init; } = 20.0;
}

/// <summary>
/// An HC-SR04 ultrasonic ranger standing in for a radar: trigger and echo pins (the echo through a
/// 5 V → 3.3 V divider). The VL53L1X binding of Iot.Device.Bindings 4.2.0 cannot be used: its
/// data-ready wait never waits (see hw/README.md).
/// </summary>
public sealed record RangerMap
{
    public int Trigger { get; init; } = 20;
    public int Echo { get; init; } = 21;
}

public sealed record InputPins
{
    public int BrakeSwitch { get; init; } = 17;
    public int GearReverse { get; init; } = 27;
    public int GearDrive { get; init; } = 22;
}

public sealed record OutputPins
{
    /// <summary>Hardware PWM chip and channels (GPIO 12/13 on a Pi with the pwm-2chan overlay).</summary>
    public int PwmChip { get; init; }
    public int BrakePwmChannel { get; init; }
    public int BrakePwmPin { get; init; } = 12;
    public int TorquePwmChannel { get; init; } = 1;
    public int TorquePwmPin { get; init; } = 13;
    [JsonLimits(10, 100_000, "Hz")]
    public int PwmFrequencyHz { get; init; } = 50;
    public int Buzzer { get; init; } = 23;
    public int WarningLamp { get; init; } = 24;
    public int FaultLamp { get; init; } = 25;
}
