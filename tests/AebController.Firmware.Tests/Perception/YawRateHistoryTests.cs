using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// The yaw-rate ring the radar's tracked rotation is read from (<see cref="YawRateHistory"/>): the newest sample at or
/// before the asked time, the oldest kept for a time beyond the ring, the fallback with none. Values by hand.
/// </summary>
public sealed class YawRateHistoryTests
{
    [Fact]
    public void The_newest_sample_at_or_before_the_time_answers()
    {
        var history = new YawRateHistory(8);
        for (int k = 0; k < 5; k++) history.Record(10_000 * k, 0.1f * k);
        Assert.Equal(0.2f, history.At(20_000, 9f));
        Assert.Equal(0.2f, history.At(29_999, 9f));
        Assert.Equal(0.4f, history.At(1_000_000, 9f));
    }

    [Fact]
    public void A_time_beyond_the_ring_gets_the_oldest_kept_and_none_kept_the_fallback()
    {
        var history = new YawRateHistory(3);
        Assert.Equal(9f, history.At(0, 9f));
        // Five samples into three slots: 0.2, 0.3, 0.4 are kept.
        for (int k = 0; k < 5; k++) history.Record(10_000 * k, 0.1f * k);
        Assert.Equal(0.2f, history.At(0, 9f));
        Assert.Equal(0.3f, history.At(35_000, 9f));
        history.Reset();
        Assert.Equal(9f, history.At(35_000, 9f));
    }

    [Fact]
    public void A_non_finite_yaw_rate_is_not_kept()
    {
        var history = new YawRateHistory(4);
        history.Record(0, 0.05f);
        history.Record(10_000, float.NaN);
        Assert.Equal(0.05f, history.At(10_000, 9f));
    }
}
