using AebController.Firmware.Calibration;
using AebController.Firmware.Functions;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Functions;

/// <summary>
/// Reverse AEB with a second speed (the rear radar's closing on the echo's obstacle, <see cref="ClosingWitness"/>). Oracles
/// by hand: a standing obstacle at d needs v² / (2 (d − margin − v·latency)); with the reverse calibration's margin and
/// latency the need at the witness's speed is larger than at a wheel speed that reads slow, so braking comes at least as
/// soon; and a car braking to what its wheel speed calls a standstill while the radar sees it close beyond the tolerance is
/// still braking, not held.
/// </summary>
public class ObstacleAebWitnessTests
{
    private const long CycleUs = 10_000;
    private static readonly ObstacleAebCalibration Cal = ObstacleAebCalibration.Reverse;

    private static ThreatAssessment Echo(float rangeM, float speedMps) => new()
    {
        HasTarget = true, TrackId = -9, RangeM = rangeM, ClosingSpeedMps = speedMps, TargetSpeedMps = 0f, TtcS = rangeM / speedMps,
    };

    private static float Need(float speedMps, float rangeM) =>
        speedMps * speedMps / (2f * (rangeM - Cal.StopMarginM - speedMps * Cal.BrakeLatencyS));

    [Fact]
    public void An_echo_is_judged_at_the_faster_witness()
    {
        const float wheel = 1.20f, radar = 1.39f, range = 1.3f;
        var aeb = new ObstacleAeb(Cal, Gear.Reverse, 0.01f, 10f);
        aeb.Step(0, wheel, Gear.Reverse, Echo(range, wheel), default, false, false, 0f, false, witnessMps: radar);
        Assert.Equal(Need(radar, range), aeb.RequiredDecelMps2, 3);
        Assert.True(aeb.RequiredDecelMps2 > Need(wheel, range));
    }

    [Fact]
    public void A_slower_or_missing_witness_never_lowers_the_need()
    {
        const float wheel = 1.39f, range = 1.3f;
        foreach (float witness in new[] { 1.0f, 0f, float.NaN, -1f })
        {
            var aeb = new ObstacleAeb(Cal, Gear.Reverse, 0.01f, 10f);
            aeb.Step(0, wheel, Gear.Reverse, Echo(range, wheel), default, false, false, 0f, false, witnessMps: witness);
            Assert.Equal(Need(wheel, range), aeb.RequiredDecelMps2, 3);
        }
    }

    [Fact]
    public void A_radar_threat_is_judged_by_its_own_rate_not_the_witness()
    {
        // A radar threat already carries the rate it was measured with (its target speed); the witness would count it twice.
        var radar = new ThreatAssessment { HasTarget = true, TrackId = 3, RangeM = 1.3f, ClosingSpeedMps = 1.39f, TargetSpeedMps = 0f, TtcS = 1f };
        var with = new ObstacleAeb(Cal, Gear.Reverse, 0.01f, 10f);
        var without = new ObstacleAeb(Cal, Gear.Reverse, 0.01f, 10f);
        with.Step(0, 1.2f, Gear.Reverse, radar, default, false, false, 0f, false, witnessMps: 2f);
        without.Step(0, 1.2f, Gear.Reverse, radar, default, false, false, 0f, false);
        Assert.Equal(without.RequiredDecelMps2, with.RequiredDecelMps2);
    }

    /// <summary>Brakes, then the wheel speed reads 0 while the radar still sees the car close at 1.23 m/s (the campaign's case).</summary>
    [Theory]
    [InlineData(true, ObstacleAebState.Braking)]
    [InlineData(false, ObstacleAebState.StandstillHold)]
    public void A_standstill_the_witness_contradicts_is_not_believed(bool witnessSaysMoving, ObstacleAebState expected)
    {
        var aeb = new ObstacleAeb(Cal, Gear.Reverse, 0.01f, 10f);
        for (int i = 0; i < 5; i++) aeb.Step(i * CycleUs, 1.39f, Gear.Reverse, Echo(0.8f, 1.39f), default, false, false);
        Assert.Equal(ObstacleAebState.Braking, aeb.State);
        var output = aeb.Step(5 * CycleUs, 0f, Gear.Reverse, Echo(0.6f, 0f), default, false, false, 0f, false, witnessMps: 1.23f,
            witnessSaysMoving: witnessSaysMoving);
        Assert.Equal(expected, aeb.State);
        Assert.True(output.BrakeDecelMps2 >= Cal.MinBrakeDecelMps2);
    }
}
