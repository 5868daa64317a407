using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// The ego's acceleration for the threats (<see cref="WheelAcceleration"/>): the slope of the healthy wheel speed over
/// the calibrated window (0.1 s = 10 cycles at 100 Hz) and the lower of it and the accelerometer. Figures by hand.
/// </summary>
public class WheelAccelerationTests
{
    private const float CycleS = 0.01f;
    private static readonly float DropoutMps = AebCalibration.Default.Vehicle.WheelSpeedDropoutMps;

    private static int WindowCycles => AebController.Firmware.Functions.Saturating.CyclesFor(AebCalibration.Default.Monitoring.WheelAccelWindowS, CycleS);

    [Fact]
    public void The_window_is_ten_cycles_at_100_Hz()
    {
        Assert.Equal(10, WindowCycles);
    }

    [Theory]
    [InlineData(-9.8f)]
    [InlineData(-3.8f)]
    [InlineData(0f)]
    [InlineData(2.5f)]
    public void A_ramp_gives_its_slope_once_the_window_is_full(float accelMps2)
    {
        // v(i) = 20 + a × 0.01 i: no slope for the first 10 samples, then exactly a (the difference of samples 10 apart).
        var w = new WheelAcceleration(WindowCycles);
        for (int i = 0; i < 60; i++)
        {
            float slope = w.Update(true, 20f + accelMps2 * CycleS * i, DropoutMps, CycleS);
            if (i < 10) Assert.True(float.IsNaN(slope));
            else Assert.InRange(slope, accelMps2 - 1e-3f, accelMps2 + 1e-3f);
        }
    }

    [Fact]
    public void A_quantised_wheel_speed_errs_by_at_most_one_bit_over_the_window()
    {
        // The bus's 0.03125 km/h (0.00868 m/s) per bit: two rounded samples 0.1 s apart err by at most one bit / 0.1 s.
        float bit = 0.03125f / 3.6f;
        var w = new WheelAcceleration(WindowCycles);
        for (int i = 0; i < 300; i++)
        {
            float v = 25f - 1.7f * CycleS * i;
            float slope = w.Update(true, MathF.Round(v / bit) * bit, DropoutMps, CycleS);
            if (i >= 10) Assert.InRange(slope, -1.7f - bit / 0.1f - 1e-3f, -1.7f + bit / 0.1f + 1e-3f);
        }
    }

    [Fact]
    public void An_unusable_or_dropped_out_sample_empties_the_window()
    {
        var w = new WheelAcceleration(WindowCycles);
        for (int i = 0; i < 15; i++) w.Update(true, 10f, DropoutMps, CycleS);
        Assert.True(float.IsNaN(w.Update(false, 10f, DropoutMps, CycleS)));
        // 10 more samples before a slope again (the window holds 11).
        for (int i = 0; i < 10; i++) Assert.True(float.IsNaN(w.Update(true, 10f, DropoutMps, CycleS)));
        Assert.Equal(0f, w.Update(true, 10f, DropoutMps, CycleS));
        // A car stopping: the sensor reads 0 below its dropout (0.42 m/s), which must not read as 4.2 m/s² of braking.
        Assert.True(float.IsNaN(w.Update(true, 0f, DropoutMps, CycleS)));
        Assert.True(float.IsNaN(w.Update(true, float.NaN, DropoutMps, CycleS)));
        Assert.True(float.IsNaN(w.Update(true, float.PositiveInfinity, DropoutMps, CycleS)));
    }

    [Theory]
    // Both usable: the lower. One usable: that one. Neither: 0 (as before with a faulted IMU).
    [InlineData(true, 0f, -6f, -6f)] // accelerometer stuck at cruise while the car brakes at 6 m/s²
    [InlineData(true, 1f, 0f, 0f)] // accelerometer offset +1
    [InlineData(true, -3f, -2f, -3f)]
    [InlineData(false, -3f, -2f, -2f)]
    [InlineData(true, float.NaN, -2f, -2f)]
    [InlineData(true, -3f, float.NaN, -3f)]
    [InlineData(false, -3f, float.NaN, 0f)]
    public void For_the_threat_the_lower_usable_source(bool imuOk, float imuMps2, float wheelMps2, float expected)
    {
        Assert.Equal(expected, WheelAcceleration.ForThreat(imuOk, imuMps2, wheelMps2));
    }

    [Fact]
    public void Swept_the_threat_never_gets_a_higher_acceleration_than_a_usable_source()
    {
        for (float imu = -12f; imu <= 12f; imu += 0.25f)
        {
            for (float wheel = -12f; wheel <= 12f; wheel += 0.25f)
            {
                float a = WheelAcceleration.ForThreat(true, imu, wheel);
                Assert.True(a <= imu && a <= wheel && (a == imu || a == wheel));
            }
        }
    }

    [Fact]
    public void A_lead_at_constant_speed_stays_at_constant_speed_while_the_car_brakes_with_the_accelerometer_stuck()
    {
        // Hand physics: the car brakes at 6 m/s² behind a lead at constant speed; the radar's relative acceleration is
        // 0 − (−6) = +6. With the accelerometer stuck at its cruise reading (0) the lead seemed to accelerate at +6 m/s²
        // (0 + 6), so the need fell. The wheel speed's slope says −6: the lead's acceleration is −6 + 6 = 0.
        var w = new WheelAcceleration(WindowCycles);
        float slope = float.NaN;
        for (int i = 0; i <= 20; i++) slope = w.Update(true, 13.9f - 6f * CycleS * i, DropoutMps, CycleS);
        float relativeAccel = 0f - -6f;
        Assert.InRange(WheelAcceleration.ForThreat(true, 0f, slope) + relativeAccel, -1e-3f, 1e-3f);
    }
}
