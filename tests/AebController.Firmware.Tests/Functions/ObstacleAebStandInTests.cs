using AebController.Firmware.Calibration;
using AebController.Firmware.Functions;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Functions;

/// <summary>
/// The low-speed forward function braking for forward AEB (<c>standInDue</c>: the radar contradicts a standing echo and
/// the echo, judged as forward AEB judges a wall, needs its partial braking). Oracles by hand: at 6 km/h (1.667 m/s) a
/// standing obstacle needs v² / (2 (d − margin − v·latency)) with the function's own 0.5 m margin and 0.25 s latency;
/// at 2.5 m it needs 0.88 m/s², far below its own 2.5 m/s² trigger, so only the stand-in brakes there.
/// </summary>
public class ObstacleAebStandInTests
{
    private const long CycleUs = 10_000;
    private const float V = 6f / 3.6f;
    private static readonly ObstacleAebCalibration Cal = ObstacleAebCalibration.LowSpeed;

    private static ThreatAssessment Echo(float rangeM) => new()
    {
        HasTarget = true, TrackId = -3, RangeM = rangeM, ClosingSpeedMps = V, TargetSpeedMps = 0f, TtcS = rangeM / V,
    };

    private static (FunctionOutput Output, ObstacleAeb Aeb) Drive(float rangeM, bool standIn, float speedMps = V, int cycles = 5)
    {
        var aeb = new ObstacleAeb(Cal, Gear.Drive, 0.01f, 10f);
        FunctionOutput output = default;
        for (int i = 0; i < cycles; i++) output = aeb.Step(i * CycleUs, speedMps, Gear.Drive, Echo(rangeM), default, false, false, 0f, standIn);
        return (output, aeb);
    }

    [Fact]
    public void Without_it_the_need_at_2_5_m_is_below_the_trigger()
    {
        float need = V * V / (2f * (2.5f - Cal.StopMarginM - V * Cal.BrakeLatencyS));
        Assert.InRange(need, 0.87f, 0.89f);
        var (output, aeb) = Drive(2.5f, standIn: false);
        Assert.Equal(0f, output.BrakeDecelMps2);
        Assert.NotEqual(ObstacleAebState.Braking, aeb.State);
    }

    [Fact]
    public void With_it_the_function_brakes_after_its_persistence_at_least_its_minimum()
    {
        // Persistence 0.02 s: two cycles of the condition, braking from the second.
        var (_, once) = Drive(2.5f, standIn: true, cycles: 1);
        Assert.NotEqual(ObstacleAebState.Braking, once.State);
        var (output, aeb) = Drive(2.5f, standIn: true, cycles: 2);
        Assert.Equal(ObstacleAebState.Braking, aeb.State);
        Assert.Equal(Cal.MinBrakeDecelMps2, output.BrakeDecelMps2);
    }

    [Fact]
    public void It_never_brakes_a_car_at_rest_or_out_of_its_gear()
    {
        var (output, aeb) = Drive(2.5f, standIn: true, speedMps: 0f, cycles: 20);
        Assert.Equal(0f, output.BrakeDecelMps2);
        Assert.NotEqual(ObstacleAebState.Braking, aeb.State);

        var reverse = new ObstacleAeb(Cal, Gear.Drive, 0.01f, 10f);
        FunctionOutput r = default;
        for (int i = 0; i < 20; i++) r = reverse.Step(i * CycleUs, V, Gear.Reverse, Echo(2.5f), default, false, false, 0f, true);
        Assert.Equal(0f, r.BrakeDecelMps2);
    }
}
