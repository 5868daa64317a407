using AebController.Firmware.Calibration;
using AebController.Firmware.Functions;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Functions;

/// <summary>MAI reacts only to obstacles that stand or close, and never to a restart mid-drive.</summary>
public sealed class MaiRestartTests
{
    private const long CycleUs = 10_000;

    private static DriverActivity Pedal(float p) => new() { AccelPedal = p, AccelPressed = p > 0.05f };

    [Theory]
    [InlineData(0.5f)]
    [InlineData(0.95f)]
    [InlineData(1.0f)]
    public void A_restart_with_the_pedal_already_down_and_an_obstacle_near_never_limits_torque(float pedal)
    {
        var mai = new Mai(new MaiCalibration(), CycleUs);
        for (int i = 0; i < 300; i++)
        {
            var o = mai.Step(i * CycleUs, 2f, Gear.Drive, Pedal(pedal), 3f, pedalFaulted: false, degraded: false);
            Assert.Equal(1f, o.TorqueLimit);
        }
    }

    [Fact]
    public void A_restart_in_drive_is_not_a_gear_change_so_a_slam_right_after_it_is_no_open_case()
    {
        var mai = new Mai(new MaiCalibration(), CycleUs);
        long now = 0;
        for (int i = 0; i < 10; i++) mai.Step(now += CycleUs, 0.5f, Gear.Drive, Pedal(0f), float.PositiveInfinity, false, false);
        for (int i = 1; i <= 100; i++)
        {
            // Floored in 0.1 s (10/s) with the road clear, 0.2 s after the restart.
            var o = mai.Step(now += CycleUs, 0.5f, Gear.Drive, Pedal(MathF.Min(1f, i / 10f)), float.PositiveInfinity, false, false);
            Assert.Equal(1f, o.TorqueLimit);
        }
    }

    [Fact]
    public void After_a_real_gear_change_the_same_slam_is_still_an_open_case()
    {
        var mai = new Mai(new MaiCalibration(), CycleUs);
        long now = 0;
        for (int i = 0; i < 10; i++) mai.Step(now += CycleUs, 0f, Gear.Reverse, Pedal(0f), float.PositiveInfinity, false, false);
        bool limited = false;
        for (int i = 1; i <= 100; i++)
        {
            limited |= mai.Step(now += CycleUs, 0.5f, Gear.Drive, Pedal(MathF.Min(1f, i / 10f)), float.PositiveInfinity, false, false).TorqueLimit < 1f;
        }

        Assert.True(limited);
    }

    [Fact]
    public void Obstacle_counts_sweep()
    {
        for (int r = 0; r <= 100; r++)
        {
            for (int v = -20; v <= 20; v++)
            {
                float range = r / 10f;
                float opening = v / 10f;
                bool expected = r <= 50 && v <= 3;
                Assert.Equal(expected, Mai.ObstacleCounts(range, 5f, opening, 0.3f));
            }
        }

        Assert.False(Mai.ObstacleCounts(float.PositiveInfinity, 5f, 0f, 0.3f));
        Assert.True(Mai.ObstacleCounts(2f, 5f, float.NaN, 0.3f)); // unknown motion: the obstacle counts
    }

    [Fact]
    public void A_deep_fast_press_behind_a_car_pulling_away_is_not_suppressed_but_behind_a_standing_one_it_is()
    {
        foreach (bool pullsAway in new[] { true, false })
        {
            var mai = new Mai(new MaiCalibration(), CycleUs);
            long now = 0;
            for (int i = 0; i < 10; i++) mai.Step(now += CycleUs, 0f, Gear.Drive, Pedal(0f), 2f, false, false);
            bool limited = false;
            for (int i = 1; i <= 100; i++)
            {
                limited |= mai.Step(now += CycleUs, 0f, Gear.Drive, Pedal(MathF.Min(1f, i / 25f)), 3f, false, false, pullsAway ? 1.5f : 0f).TorqueLimit < 1f;
            }

            Assert.Equal(!pullsAway, limited);
        }
    }

    [Fact]
    public void The_gap_rate_follows_a_receding_range_and_restarts_on_a_jump()
    {
        var est = new GapRateEstimator();
        // A car pulling away at 1.5 m/s seen at 20 Hz (range steps every 5 cycles).
        float range = 2f;
        for (int i = 0; i < 200; i++)
        {
            if (i % 5 == 0) range += 1.5f * 0.05f;
            est.Update(range, 0.01f, 0.2f);
        }

        Assert.InRange(est.OpeningMps, 1.2f, 1.8f);
        est.Update(range + 3f, 0.01f, 0.2f);
        Assert.Equal(0f, est.OpeningMps);
        est.Update(float.PositiveInfinity, 0.01f, 0.2f);
        Assert.Equal(0f, est.OpeningMps);
    }
}
