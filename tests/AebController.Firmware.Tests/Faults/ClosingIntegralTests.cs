using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// The closed distance against hand kinematics: the trapezoid is exact for a closing speed that changes
/// linearly between lists, so constant and uniformly changing closing speeds give s = v·t and s = v0·t + ½·a·t².
/// </summary>
public sealed class ClosingIntegralTests
{
    [Theory]
    [InlineData(10.0, 0.0, 50_000, 20)]   // 10 m/s for 1 s in 50 ms lists: 10 m
    [InlineData(13.9, 0.0, 66_000, 15)]   // 50 km/h, 15 Hz lists for 0.99 s
    [InlineData(0.0, 6.0, 50_000, 20)]    // from 0, closing faster at 6 m/s² (a braking lead car): 3 m in 1 s
    [InlineData(20.0, -9.0, 40_000, 50)]  // ego braking at 9 m/s² from 20 m/s closing, 2 s: 40 - 18 = 22 m
    public void Closed_distance_is_the_kinematic_distance(double v0Mps, double aMps2, long periodUs, int lists)
    {
        var c = new ClosingIntegral();
        c.Restart((float)v0Mps, 1_000_000);
        for (int k = 1; k <= lists; k++)
        {
            double tS = k * periodUs * 1e-6;
            c.Advance((float)(v0Mps + aMps2 * tS), 1_000_000 + k * periodUs);
        }

        double totalS = lists * periodUs * 1e-6;
        double expectedM = v0Mps * totalS + 0.5 * aMps2 * totalS * totalS;
        Assert.Equal(expectedM, c.ClosedM, 2);
    }

    [Fact]
    public void A_rate_spike_counts_only_as_far_as_the_bound_and_restart_clears()
    {
        var c = new ClosingIntegral();
        c.Restart(10f, 0);
        // A spike to 60 m/s with 0.5 m/s allowed per list: the list counts as 10.5 m/s, not 60.
        c.Advance(60f, 50_000, 0.5f);
        Assert.Equal(10.5f, c.LastClosingMps, 4);
        Assert.Equal(0.5 * (10 + 10.5) * 0.05, c.ClosedM, 4);
        c.Restart(3f, 100_000);
        Assert.Equal(0f, c.ClosedM);
        Assert.Equal(100_000, c.LastMeasuredUs);
    }
}
