using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// RangeConsistencyMonitor restarts on a reading it cannot judge (its contract: a non-finite range or closing
/// speed judges nothing): a monitor that found a stuck range consistent again from the next usable list.
/// Hand kinematics as in RangeConsistencyTests: closing at 13.9 m/s, the range sticks at list 10.
/// </summary>
public sealed class RangeConsistencyRestartTests
{
    private const long ListUs = 50_000;

    private static RangeConsistencyMonitor Faulted()
    {
        var m = new RangeConsistencyMonitor();
        m.Reset();
        bool ok = true;
        for (int k = 0; k < 32; k++) ok &= m.Update(7, 60f - 13.9f * MathF.Min(k, 10) * 0.05f, 13.9f, k * ListUs, 0.5f, 0.5f, 0.015f, 2);
        Assert.False(ok);
        Assert.False(m.Update(7, 60f - 13.9f * 10 * 0.05f, 13.9f, 32 * ListUs, 0.5f, 0.5f, 0.015f, 2));
        return m;
    }

    [Theory]
    [InlineData(float.NaN, 13.9f)]
    [InlineData(53f, float.NaN)]
    [InlineData(53f, float.PositiveInfinity)]
    [InlineData(float.NegativeInfinity, 13.9f)]
    public void A_reading_it_cannot_judge_restarts_the_monitor(float rangeM, float closingMps)
    {
        var m = Faulted();
        Assert.True(m.Update(7, rangeM, closingMps, 33 * ListUs, 0.5f, 0.5f, 0.015f, 2));
        // And the next usable list opens a new window: consistent again.
        Assert.True(m.Update(7, 40f, 13.9f, 34 * ListUs, 0.5f, 0.5f, 0.015f, 2));
    }
}
