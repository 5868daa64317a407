using System.Device.Gpio;
using AebController.Hardware.Devices;
using AebController.Hardware.Tests.Emulation;

namespace AebController.Hardware.Tests;

/// <summary>
/// The HC-SR04 ranger against a pin-level emulation on virtual pin time, judged by the module's
/// datasheet: echo width µs / 58 = cm, a trigger pulse of at least 10 µs, a measurement cycle of at
/// least 60 ms, a range of 2 cm to 400 cm (about 38 ms of echo when nothing is there). Virtual time
/// makes every ping exact: the machine's load cannot mis-time the busy-wait.
/// </summary>
public class Hcsr04RangerTests
{
    private static (Hcsr04Ranger Ranger, EmulatedHcsr04 Module, EmulatedGpioDriver Chip) Bench()
    {
        var chip = new EmulatedGpioDriver();
        var module = chip.AttachRanger(20, 21);
        var ranger = new Hcsr04Ranger(new GpioController(new SharedDriver(chip)), 20, 21, chip.PinClock);
        return (ranger, module, chip);
    }

    [Theory]
    [InlineData(5_800, 1.00)]    // datasheet formula: µs / 58 = cm
    [InlineData(116, 0.02)]      // its shortest range, 2 cm
    [InlineData(23_200, 4.00)]   // its longest, 400 cm
    [InlineData(1_450, 0.25)]
    public void An_echo_pulse_reads_as_its_width_over_58_centimetres(double widthUs, double expectedM)
    {
        var (ranger, module, _) = Bench();
        using var _ranger = ranger;
        module.SetEchoPulseUs(widthUs);
        Assert.True(ranger.TryMeasure(out double m));
        Assert.Equal((long)widthUs, ranger.LastEchoUs);
        Assert.Equal(expectedM, m, 6);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(1.5)]
    [InlineData(3.9)]
    public void A_target_reads_at_its_distance_within_the_datasheets_sound_speed_and_one_microsecond(double distanceM)
    {
        // The emulated module echoes the round trip at 343 m/s (air at 20 °C); the datasheet's 58 µs/cm is
        // 2 / 58 cm/µs = 344.8 m/s. Expected reading: the round trip's width (whole µs) over 58 per cm.
        var (ranger, module, _) = Bench();
        using var _ranger = ranger;
        module.SetDistanceM(distanceM);
        double widthUs = 2 * distanceM / EmulatedHcsr04.SpeedOfSoundMps * 1e6;
        Assert.True(ranger.TryMeasure(out double m));
        Assert.InRange(ranger.LastEchoUs, Math.Floor(widthUs), Math.Ceiling(widthUs));
        Assert.Equal(Math.Ceiling(widthUs) / 58 / 100, m, 4);
        Assert.InRange(m, distanceM, distanceM * 344.83 / 343.0 + 1.0 / 5_800);   // + one µs of echo, 0.17 mm
    }

    [Theory]
    [InlineData(38_000)]   // datasheet: about 38 ms of echo when no obstacle is in range
    [InlineData(23_300)]   // just beyond 400 cm
    [InlineData(100)]      // closer than 2 cm
    public void An_echo_outside_2_cm_to_4_m_is_no_measurement(double widthUs)
    {
        var (ranger, module, _) = Bench();
        using var _ranger = ranger;
        module.SetEchoPulseUs(widthUs);
        Assert.False(ranger.TryMeasure(out _));
    }

    [Fact]
    public void No_echo_is_no_measurement_and_does_not_hang()
    {
        var (ranger, module, _) = Bench();
        using var _ranger = ranger;
        module.Silent = true;
        Assert.False(ranger.TryMeasure(out _));
        Assert.Equal(0, ranger.LastEchoUs);
    }

    [Fact]
    public void Every_trigger_pulse_is_at_least_10_us_and_pings_are_at_least_60_ms_apart()
    {
        var (ranger, module, _) = Bench();
        using var _ranger = ranger;
        module.SetDistanceM(1.0);
        for (int i = 0; i < 5; i++) Assert.True(ranger.TryMeasure(out _));
        module.Silent = true;
        Assert.False(ranger.TryMeasure(out _));   // a ping without echo still counts for the cycle
        module.Silent = false;
        Assert.True(ranger.TryMeasure(out _));

        Assert.Equal(7, module.Pings);
        Assert.All(module.TriggerWidthsUs, w => Assert.True(w >= 10, $"trigger pulse {w} µs"));
        for (int i = 1; i < module.PingTimesUs.Count; i++)
        {
            long gap = module.PingTimesUs[i] - module.PingTimesUs[i - 1];
            Assert.True(gap >= 60_000, $"pings {i - 1} and {i} were {gap} µs apart");
        }
    }
}
