using AebController.Firmware.Functions;

namespace AebController.Firmware.Tests.Driver;

public sealed class SaturatingTests
{
    [Theory]
    [InlineData(0, true, 1)]
    [InlineData(41, true, 42)]
    [InlineData(Saturating.Ceiling - 1, true, Saturating.Ceiling)]
    [InlineData(Saturating.Ceiling, true, Saturating.Ceiling)]
    [InlineData(int.MaxValue, true, Saturating.Ceiling)]
    [InlineData(int.MinValue, true, 1)]
    [InlineData(-1, true, 1)]
    [InlineData(Saturating.Ceiling, false, 0)]
    [InlineData(7, false, 0)]
    public void Count_saturates_and_resets(int count, bool condition, int expected) =>
        Assert.Equal(expected, Saturating.Count(count, condition));

    [Fact]
    public void Counting_far_past_the_ceiling_never_wraps()
    {
        int c = 0;
        for (long i = 0; i < 3L * Saturating.Ceiling; i++) c = Saturating.Count(c, true);
        Assert.Equal(Saturating.Ceiling, c);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(-5, 0)]
    [InlineData(10, 9)]
    public void Count_down_stops_at_zero(int count, int expected) => Assert.Equal(expected, Saturating.CountDown(count));

    [Theory]
    [InlineData(0.1f, 0.01f, 10)]
    [InlineData(0.1f, 0.001f, 100)]
    [InlineData(0.1f, 0.1f, 1)]
    [InlineData(0.05f, 0.02f, 3)]
    [InlineData(0.3f, 0.01f, 30)]
    [InlineData(0f, 0.01f, 1)]
    [InlineData(float.NaN, 0.01f, 1)]
    [InlineData(1f, 0f, 1)]
    public void Cycles_cover_the_time_at_the_period(float seconds, float periodS, int expected) =>
        Assert.Equal(expected, Saturating.CyclesFor(seconds, periodS));

    [Theory]
    [InlineData(1e5f, 0.01f)]        // 1e7 cycles
    [InlineData(3e38f, 1e-6f)]       // beyond int's range: a cast would give int.MaxValue (or wrap)
    public void Cycles_for_a_time_beyond_the_ceiling_stop_at_the_ceiling(float seconds, float periodS) =>
        Assert.Equal(Saturating.Ceiling, Saturating.CyclesFor(seconds, periodS));
}
