using AebController.Firmware.Monitoring;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>
/// The gear held through a lost gear signal, against the rule of the road: a car driving forward reaches reverse or
/// park only through a standstill, so drive is held only while every cycle since the loss read motion.
/// </summary>
public sealed class GearHoldTests
{
    private const float MovingAboveMps = 0.42f;

    private static bool Step(ref GearHold hold, bool gearOk, float speedMps, Gear trusted = Gear.Drive, bool wheelOk = true) =>
        hold.Update(gearOk, trusted, wheelOk, speedMps, MovingAboveMps);

    [Fact]
    public void Drive_is_held_while_the_car_keeps_moving_after_the_gear_is_lost()
    {
        var hold = new GearHold();
        Assert.False(Step(ref hold, gearOk: true, 13.9f));      // healthy: nothing to hold, the signal says
        for (int i = 0; i < 500; i++) Assert.True(Step(ref hold, gearOk: false, 13.9f - 0.02f * i));
    }

    [Fact]
    public void A_standstill_ends_the_hold_for_the_rest_of_the_loss()
    {
        var hold = new GearHold();
        Step(ref hold, gearOk: true, 5f);
        Assert.True(Step(ref hold, gearOk: false, 2f));
        Assert.False(Step(ref hold, gearOk: false, 0f));        // stood still: the driver may have selected reverse
        Assert.False(Step(ref hold, gearOk: false, 3f));        // moving again, in an unknown direction
        Assert.False(Step(ref hold, gearOk: false, 10f));
    }

    [Fact]
    public void A_gear_lost_at_rest_is_never_held()
    {
        var hold = new GearHold();
        Step(ref hold, gearOk: true, 0f);
        Assert.False(Step(ref hold, gearOk: false, 0f));
        Assert.False(Step(ref hold, gearOk: false, 5f));
    }

    [Fact]
    public void A_speed_at_the_threshold_is_standstill_and_one_just_above_is_motion()
    {
        var hold = new GearHold();
        Step(ref hold, gearOk: true, MovingAboveMps + 0.01f);
        Assert.True(Step(ref hold, gearOk: false, MovingAboveMps + 0.01f));
        Assert.False(Step(ref hold, gearOk: false, MovingAboveMps));
    }

    [Theory]
    [InlineData(Gear.Reverse)]
    [InlineData(Gear.Neutral)]
    [InlineData(Gear.Park)]
    public void Only_drive_is_held(Gear trusted)
    {
        var hold = new GearHold();
        Step(ref hold, gearOk: true, 3f, trusted);
        Assert.False(Step(ref hold, gearOk: false, 3f, trusted));
    }

    [Theory]
    [InlineData(float.NaN, true)]
    [InlineData(float.PositiveInfinity, true)]
    [InlineData(10f, false)]
    public void A_wheel_speed_that_cannot_be_trusted_shows_no_motion(float speedMps, bool wheelOk)
    {
        var hold = new GearHold();
        Step(ref hold, gearOk: true, 10f);
        Assert.False(Step(ref hold, gearOk: false, speedMps, wheelOk: wheelOk));
        Assert.False(Step(ref hold, gearOk: false, 10f));       // the chain of motion is broken for good
    }

    [Fact]
    public void A_healthy_gear_again_while_moving_rearms_the_hold()
    {
        var hold = new GearHold();
        Step(ref hold, gearOk: true, 5f);
        Step(ref hold, gearOk: false, 0f);
        Assert.False(Step(ref hold, gearOk: false, 5f));
        Assert.False(Step(ref hold, gearOk: true, 5f));         // the signal is back: it says the gear
        Assert.True(Step(ref hold, gearOk: false, 5f));
    }

    [Fact]
    public void Reset_forgets_the_motion()
    {
        var hold = new GearHold();
        Step(ref hold, gearOk: true, 5f);
        hold.Reset();
        Assert.False(Step(ref hold, gearOk: false, 5f));
    }
}
