using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// SampleHistory.TryMean: the arithmetic mean of an object's samples captured within the window of its newest, worked by
/// hand; none where the newest is not of the asked capture (the object missed the list in hand) or too few lie in the window.
/// </summary>
public sealed class SampleHistoryMeanTests
{
    // A walker's lateral velocities, one per 50 ms list: 1.0, 1.2, 1.4, 1.6, 1.8 m/s at 0 … 200 ms.
    private static SampleHistory Walker()
    {
        var history = new SampleHistory(4, 8);
        for (int k = 0; k < 5; k++) history.Add(1, k * 50_000L, 1.0f + 0.2f * k);
        return history;
    }

    [Fact]
    public void The_mean_takes_the_samples_within_the_window_of_the_newest()
    {
        var history = Walker();
        // 100 ms back from 200 ms: the samples at 100, 150, 200 ms, (1.4 + 1.6 + 1.8) / 3 = 1.6.
        Assert.True(history.TryMean(1, 200_000L, 100_000L, 3, out float mean));
        Assert.Equal(1.6f, mean, 4);
        // The whole history: (1.0 + 1.2 + 1.4 + 1.6 + 1.8) / 5 = 1.4.
        Assert.True(history.TryMean(1, 200_000L, 1_000_000L, 5, out mean));
        Assert.Equal(1.4f, mean, 4);
    }

    [Fact]
    public void Too_few_samples_in_the_window_give_no_mean()
    {
        // 3 samples lie within 100 ms of the newest; 4 asked.
        Assert.False(Walker().TryMean(1, 200_000L, 100_000L, 4, out _));
    }

    [Fact]
    public void An_object_missing_from_the_list_in_hand_gets_no_mean()
    {
        // The list in hand was captured at 250 ms; the object's newest sample is of 200 ms.
        Assert.False(Walker().TryMean(1, 250_000L, 1_000_000L, 1, out _));
        // An id never added, even in a slot another object holds (5 & 3 = 1).
        Assert.False(Walker().TryMean(5, 200_000L, 1_000_000L, 1, out _));
    }
}
