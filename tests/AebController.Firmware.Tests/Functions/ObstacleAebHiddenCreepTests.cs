using AebController.Firmware.Calibration;
using AebController.Firmware.Functions;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Functions;

/// <summary>
/// Under a suspected pedal error (MAI linked) a wheel speed of 0 says only "slower than the sensor's dropout", so
/// low-speed AEB judges the fastest creep the sensor can hide. Oracles by hand: a 48-tooth rotor of 2.0 m rolling
/// circumference with a 100 ms edge timeout reads 0 below 2.0 / (48 × 0.1) = 0.4167 m/s (docs/sensors.md, V9/V12);
/// a standing obstacle needs v² / (2 (d − margin − v·latency)) to stop short of it, with the MAI-linked margin of the
/// stop margin plus MAI's extra (0.5 + 0.5 m) and the 0.25 s latency, against MAI's 1.2 m/s² brake trigger.
/// </summary>
public class ObstacleAebHiddenCreepTests
{
    private const long CycleUs = 10_000;
    private const float DropoutMps = 2.0f / (48f * 0.1f);
    private static readonly ObstacleAebCalibration Cal = ObstacleAebCalibration.LowSpeed;

    private static ThreatAssessment Standing(float rangeM) => new()
    {
        HasTarget = true, RangeM = rangeM, ClosingSpeedMps = 0f, TargetSpeedMps = 0f, TtcS = float.PositiveInfinity,
    };

    /// <summary>Runs <paramref name="cycles"/> cycles at a wheel speed of 0 and returns the last output.</summary>
    private static (FunctionOutput Output, ObstacleAeb Aeb) Hold(float rangeM, bool linked, float creepMps, int cycles = 10)
    {
        var aeb = new ObstacleAeb(Cal, Gear.Drive, 0.01f, 10f);
        var driver = new DriverActivity { AccelPedal = 1f, AccelPressed = true };
        FunctionOutput output = default;
        for (int i = 0; i < cycles; i++) output = aeb.Step(i * CycleUs, 0f, Gear.Drive, Standing(rangeM), driver, false, linked, creepMps);
        return (output, aeb);
    }

    [Fact]
    public void The_default_bound_is_the_wheel_sensors_dropout()
    {
        Assert.InRange(AebCalibration.Default.Vehicle.WheelSpeedDropoutMps, DropoutMps - 0.005f, DropoutMps + 0.005f);
    }

    [Fact]
    public void Linked_it_holds_the_car_exactly_where_the_hidden_creep_could_not_stop_short_swept_over_the_gap()
    {
        float margin = Cal.StopMarginM + Cal.MaiExtraMarginM;
        float trigger = MathF.Min(Cal.MaiBrakeTriggerDecelMps2, Cal.BrakeTriggerDecelMps2);
        // Nearest gap at which the creep still stops short at the trigger deceleration: 1.0 + 0.104 + 0.072 = 1.177 m.
        float edgeM = margin + DropoutMps * Cal.BrakeLatencyS + DropoutMps * DropoutMps / (2f * trigger);
        for (int cm = 20; cm <= 400; cm++)
        {
            float rangeM = cm / 100f;
            if (MathF.Abs(rangeM - edgeM) < 0.02f) continue;
            var (output, aeb) = Hold(rangeM, linked: true, DropoutMps);
            bool expected = rangeM < edgeM;
            Assert.True(expected == (aeb.State == ObstacleAebState.StandstillHold), $"{rangeM} m: {aeb.State}");
            Assert.True(expected == output.BrakeDecelMps2 >= Cal.HoldDecelMps2, $"{rangeM} m: {output.BrakeDecelMps2} m/s²");
        }
    }

    [Theory]
    [InlineData(false, DropoutMps)] // no suspected pedal error: a car reading 0 stands
    [InlineData(true, 0f)]          // a sensor that reads down to standstill hides nothing
    [InlineData(true, float.NaN)]   // a bound that is no number is none
    [InlineData(true, -1f)]
    public void Without_the_link_or_the_bound_a_car_reading_0_is_never_braked(bool linked, float creepMps)
    {
        for (int cm = 20; cm <= 400; cm += 5)
        {
            var (output, aeb) = Hold(cm / 100f, linked, creepMps);
            Assert.Equal(0f, output.BrakeDecelMps2);
            Assert.NotEqual(ObstacleAebState.StandstillHold, aeb.State);
        }
    }

    [Fact]
    public void The_hold_lasts_while_mai_suspects_the_press_and_ends_after_it()
    {
        int holdCycles = (int)(Cal.StandstillHoldS * 100f);
        var (_, aeb) = Hold(0.6f, linked: true, DropoutMps, cycles: 3 * holdCycles);
        Assert.Equal(ObstacleAebState.StandstillHold, aeb.State); // three hold times on, still held

        var driver = new DriverActivity { AccelPedal = 1f, AccelPressed = true };
        long now = 3L * holdCycles * CycleUs;
        aeb.Step(now, 0f, Gear.Drive, Standing(0.6f), driver, false, maiLinked: false, DropoutMps);
        Assert.Equal(ObstacleAebState.Release, aeb.State); // MAI lets go: the hold's own time is long over
    }
}
