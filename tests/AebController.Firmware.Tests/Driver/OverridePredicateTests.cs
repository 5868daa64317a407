using AebController.Firmware.Functions;

namespace AebController.Firmware.Tests.Driver;

/// <summary>Each override predicate swept over its whole input range against hand-worked oracles.</summary>
public sealed class OverridePredicateTests
{
    [Fact]
    public void Human_pedal_step_sweep_at_10_ms_and_12_per_s_allows_up_to_13_hundredths()
    {
        // 12/s × 10 ms = 0.12 of travel, plus 0.01 quantisation slack = 0.13.
        for (int prev = 0; prev <= 100; prev += 5)
        {
            for (int k = -100; k <= 100; k++)
            {
                if (k == 13 || prev + k < 0 || prev + k > 100) continue; // the boundary itself is float rounding
                bool human = OverridePredicates.IsHumanPedalStep(prev / 100f, (prev + k) / 100f, 0.01f, 12f);
                Assert.True(human == k < 13, $"prev {prev}, step {k}");
            }
        }
    }

    [Theory]
    [InlineData(float.NaN, 0.5f)]
    [InlineData(0.5f, float.NaN)]
    [InlineData(0.5f, float.PositiveInfinity)]
    [InlineData(float.NegativeInfinity, 0.5f)]
    public void Non_finite_pedal_readings_are_never_human(float prev, float current) =>
        Assert.False(OverridePredicates.IsHumanPedalStep(prev, current, 0.01f, 12f));

    [Theory]
    [InlineData(0f)]
    [InlineData(-0.01f)]
    public void No_pedal_step_is_human_without_time_passing(float cycleS) =>
        // A rate needs a positive time: even the smallest rise (within the ADC slack) over no time is not judged human.
        Assert.False(OverridePredicates.IsHumanPedalStep(0.2f, 0.205f, cycleS, 12f));

    [Fact]
    public void Kick_down_sample_truth_table()
    {
        for (int p = 0; p <= 100; p++)
        {
            float pedal = p / 100f;
            foreach (bool trusted in new[] { false, true })
            {
                foreach (bool human in new[] { false, true })
                {
                    bool expected = trusted && human && p >= 90;
                    Assert.Equal(expected, OverridePredicates.IsKickDownSample(trusted, pedal, 0.9f, human));
                    Assert.Equal(trusted && human && p > 5, OverridePredicates.IsPressSample(trusted, pedal, 0.05f, human));
                }
            }
        }
    }

    [Fact]
    public void Evasive_direction_sweep()
    {
        for (int r = -100; r <= 100; r++)
        {
            float rate = r / 10f;
            int expected = r >= 30 ? 1 : r <= -30 ? -1 : 0;
            Assert.Equal(expected, OverridePredicates.EvasiveSteerDirection(true, rate, 3f));
            Assert.Equal(0, OverridePredicates.EvasiveSteerDirection(false, rate, 3f));
        }

        Assert.Equal(0, OverridePredicates.EvasiveSteerDirection(true, float.NaN, 3f));
        Assert.Equal(1, OverridePredicates.EvasiveSteerDirection(true, float.PositiveInfinity, 3f) == 0 ? 1 : 0);
    }

    [Fact]
    public void Yaw_confirmation_sweep()
    {
        for (int y = -100; y <= 100; y++)
        {
            float yaw = y / 100f;
            foreach (int dir in new[] { -1, 0, 1 })
            {
                bool expected = dir != 0 && y * dir >= 5;
                Assert.Equal(expected, OverridePredicates.YawConfirms(true, yaw, dir, 0.05f));
                Assert.False(OverridePredicates.YawConfirms(false, yaw, dir, 0.05f));
            }
        }

        Assert.False(OverridePredicates.YawConfirms(true, float.NaN, 1, 0.05f));
    }
}
