using AebController.Hardware.Tests.Emulation;
using Iot.Device.Ads1115;
using Iot.Device.Vl53L1X;

namespace AebController.Hardware.Tests;

/// <summary>The real Iot.Device.Bindings drivers, unmodified, against the register-level emulations.</summary>
public class BindingEmulationTests
{
    [Fact]
    public void The_ads1115_binding_reads_each_channel_through_config_and_conversion_registers()
    {
        var device = new EmulatedAds1115(1, 0x48);
        device.SetVolts(0, 1.25);
        device.SetVolts(2, 3.0);
        using var adc = new Ads1115(device, InputMultiplexer.AIN0, MeasuringRange.FS4096, DataRate.SPS860, DeviceMode.PowerDown);
        Assert.Equal(1.25, adc.ReadVoltage(InputMultiplexer.AIN0).Volts, 3);
        Assert.Equal(3.0, adc.ReadVoltage(InputMultiplexer.AIN2).Volts, 3);
        Assert.Equal(0.0, adc.ReadVoltage(InputMultiplexer.AIN1).Volts, 3);
        Assert.True(device.Conversions >= 3);
    }

    [Fact]
    public void The_vl53l1x_binding_4_2_0_never_waits_for_data_so_it_cannot_start_on_a_real_sensor()
    {
        // The emulation behaves as the datasheet says: after ranging starts, a sample is ready only
        // after the timing budget. The binding's WaitForDataReady checks once without waiting (its loop
        // condition is `elapsed > timeout`), so its constructor times out. This canary fails when a
        // fixed binding is referenced; then the VL53L1X can replace the HC-SR04 (hw/README.md).
        var device = new EmulatedVl53L1X(1, 0x29);
        device.SetDistanceMm(1234);
        Assert.Throws<TimeoutException>(() => new Vl53L1X(device, 500, false));
    }
}
