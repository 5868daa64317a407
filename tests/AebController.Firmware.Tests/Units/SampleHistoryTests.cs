using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Units;

/// <summary>
/// SampleHistory keeps per object id the last samples of one quantity and fits the least-squares line through those
/// within a window of the newest (its contract in the type's summary). Oracles: the straight line through points
/// placed on it by hand (slope and intercept exact), the textbook standard error of a regression slope
/// √(Σres²/(n − 2) / Σ(t − t̄)²) worked by hand for three points off a line, and the contract's own rules (a second
/// sample of the same capture is ignored, a fit needs the object in the latest list, two samples have no error estimate).
/// </summary>
public sealed class SampleHistoryTests
{
    private const long ListUs = 50_000; // a camera or radar list every 50 ms

    [Fact]
    public void Points_on_a_line_give_its_slope_and_its_value_at_the_newest_capture()
    {
        // A pedestrian at 3 m left walking right at 1.5 m/s: 3, 2.925, 2.85, 2.775 m at 0, 50, 100, 150 ms.
        var h = new SampleHistory(8, 8);
        for (int k = 0; k < 4; k++) h.Add(5, 1_000_000 + k * ListUs, 3f - 1.5f * k * 0.05f);

        Assert.True(h.TryFit(5, 1_150_000, 1_000_000, 3, out float slope, out float atNewest, out float sigma));
        Assert.Equal(-1.5f, slope, 3);
        Assert.Equal(2.775f, atNewest, 4);
        Assert.Equal(0f, sigma, 3); // on the line: no residual
    }

    [Fact]
    public void The_slope_error_of_three_points_off_a_line_is_the_textbook_standard_error()
    {
        // t = -0.1, -0.05, 0 s (relative to the newest), v = 0, 1, 0: by hand t̄ = -0.05, Σ(t-t̄)² = 0.005, slope 0,
        // v̄ = 1/3, residuals -1/3, 2/3, -1/3: Σres² = 2/3; σ = √((2/3) / 1 / 0.005) = √133.33 = 11.547 per s.
        var h = new SampleHistory(4, 4);
        h.Add(1, 0, 0f);
        h.Add(1, ListUs, 1f);
        h.Add(1, 2 * ListUs, 0f);

        Assert.True(h.TryFit(1, 2 * ListUs, 1_000_000, 3, out float slope, out float atNewest, out float sigma));
        Assert.Equal(0f, slope, 3);
        Assert.Equal(1f / 3f, atNewest, 4);
        Assert.Equal(MathF.Sqrt(2f / 3f / 0.005f), sigma, 2);
    }

    [Fact]
    public void Two_samples_make_a_line_without_an_error_estimate()
    {
        var h = new SampleHistory(4, 4);
        h.Add(2, 0, 1f);
        h.Add(2, ListUs, 2f);

        Assert.True(h.TryFit(2, ListUs, 1_000_000, 2, out float slope, out _, out float sigma));
        Assert.Equal(20f, slope, 3); // 1 per 50 ms
        Assert.True(float.IsPositiveInfinity(sigma), $"two samples: expected an infinite standard error, got {sigma}");

        // Two equal samples: the residuals are exactly 0, and 0 / (n - 2) must not become "no number".
        h.Add(3, 0, 5f);
        h.Add(3, ListUs, 5f);
        Assert.True(h.TryFit(3, ListUs, 1_000_000, 2, out float flat, out _, out float flatSigma));
        Assert.Equal(0f, flat);
        Assert.True(float.IsPositiveInfinity(flatSigma), $"two equal samples: expected an infinite standard error, got {flatSigma}");
    }

    [Fact]
    public void A_second_sample_of_the_same_or_an_older_capture_is_ignored()
    {
        var h = new SampleHistory(4, 8);
        h.Add(3, 0, 0f);
        h.Add(3, ListUs, 1f);
        h.Add(3, ListUs, 50f);      // the same list read again on the next 10 ms cycle, another value: ignored
        h.Add(3, ListUs / 2, -50f); // an older capture: ignored
        h.Add(3, 2 * ListUs, 2f);

        Assert.True(h.TryFit(3, 2 * ListUs, 1_000_000, 3, out float slope, out float atNewest, out _));
        Assert.Equal(20f, slope, 3);
        Assert.Equal(2f, atNewest, 4);
    }

    [Fact]
    public void An_object_not_in_the_latest_list_has_no_line()
    {
        var h = new SampleHistory(4, 8);
        for (int k = 0; k < 4; k++) h.Add(6, k * ListUs, k);

        Assert.False(h.TryFit(6, 4 * ListUs, 1_000_000, 3, out _, out _, out _)); // its newest is one list old
        Assert.False(h.TryFit(7, 3 * ListUs, 1_000_000, 3, out _, out _, out _)); // never seen
        Assert.True(h.TryFit(6, 3 * ListUs, 1_000_000, 3, out _, out _, out _));
    }

    [Fact]
    public void Only_the_samples_inside_the_window_count_and_a_new_id_in_a_slot_starts_afresh()
    {
        var h = new SampleHistory(4, 8);
        // Flat for 4 lists, then rising 1 per list: a 100 ms window sees only the rise (3 samples).
        for (int k = 0; k < 4; k++) h.Add(1, k * ListUs, 0f);
        h.Add(1, 4 * ListUs, 1f);
        h.Add(1, 5 * ListUs, 2f);
        Assert.True(h.TryFit(1, 5 * ListUs, 2 * ListUs, 3, out float slope, out _, out _));
        Assert.Equal(20f, slope, 3);
        Assert.False(h.TryFit(1, 5 * ListUs, 2 * ListUs, 4, out _, out _, out _)); // 3 in the window, 4 asked

        h.Add(5, 6 * ListUs, 9f); // id 5 takes slot 1 (5 & 3): id 1's samples are gone
        Assert.False(h.TryFit(1, 5 * ListUs, 2 * ListUs, 2, out _, out _, out _));
        Assert.False(h.TryFit(5, 6 * ListUs, 2 * ListUs, 2, out _, out _, out _)); // one sample of the new id
    }

    [Fact]
    public void Reset_forgets_every_object()
    {
        var h = new SampleHistory(4, 4);
        for (int id = 0; id < 4; id++)
        {
            for (int k = 0; k < 3; k++) h.Add(id, k * ListUs, k);
        }

        h.Reset();
        for (int id = 0; id < 4; id++) Assert.False(h.TryFit(id, 2 * ListUs, 1_000_000, 2, out _, out _, out _), $"id {id} kept across Reset");
    }

    [Fact]
    public void A_line_beyond_the_float_range_is_no_line()
    {
        var h = new SampleHistory(4, 4);
        h.Add(1, 0, -3e38f);
        h.Add(1, ListUs, 3e38f);
        h.Add(1, 2 * ListUs, -3e38f);
        h.Add(1, 3 * ListUs, 3e38f);

        Assert.False(h.TryFit(1, 3 * ListUs, 1_000_000, 2, out _, out _, out _));
    }

    [Theory]
    [InlineData(0, 4, "slots")]
    [InlineData(-4, 4, "slots")]
    [InlineData(3, 4, "slots")]
    [InlineData(6, 4, "slots")]
    [InlineData(4, 2, "history")]
    public void Slots_must_be_a_power_of_two_and_the_history_at_least_three_samples(int slots, int history, string refused)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new SampleHistory(slots, history));
        Assert.Equal(refused, ex.ParamName);
        Assert.Contains(refused == "slots" ? "power of two" : "at least 3", ex.Message);
    }

    [Fact]
    public void One_slot_and_three_samples_are_enough()
    {
        var h = new SampleHistory(1, 3);
        for (int k = 0; k < 5; k++) h.Add(9, k * ListUs, k); // the ring keeps the last 3
        Assert.True(h.TryFit(9, 4 * ListUs, 1_000_000, 3, out float slope, out float atNewest, out _));
        Assert.Equal(20f, slope, 3);
        Assert.Equal(4f, atNewest, 4);
    }
}
