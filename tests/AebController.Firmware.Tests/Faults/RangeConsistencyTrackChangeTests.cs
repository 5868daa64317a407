using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// RangeConsistencyMonitor judges one track's range against its own rate (its contract: a new track restarts the
/// window). Hand kinematics: the threat changes from a car at 30 m closing at 10 m/s to another car 45 m ahead closing
/// at 5 m/s (a cut-out reveals it); each car's range follows its own rate exactly, so no window may fail, even with a
/// single window confirming. Fed as the controller does: every 10 ms, the latest 20 Hz list.
/// </summary>
public sealed class RangeConsistencyTrackChangeTests
{
    private const long ListUs = 50_000;

    [Theory]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(14)]
    public void A_new_track_is_judged_on_its_own_ranges(int changeAtList)
    {
        var m = new RangeConsistencyMonitor();
        m.Reset();
        for (long now = 0; now < 40 * ListUs; now += 10_000)
        {
            int k = (int)(now / ListUs);
            float t = k * 0.05f;
            bool second = k >= changeAtList;
            int id = second ? 8 : 7;
            float rangeM = second ? 45f - 5f * t : 30f - 10f * t;
            float closingMps = second ? 5f : 10f;
            Assert.True(m.Update(id, rangeM, closingMps, k * ListUs, 0.5f, 0.5f, 0.015f, confirmWindows: 1), $"list {k}");
        }
    }

    // The same track lost and found again (the radar re-used the id of a car 15 m farther): a list earlier in time than
    // the last one restarts too, so the jump back in time is not taken for a range that moved against its rate.
    [Fact]
    public void A_list_older_than_the_last_restarts_the_window()
    {
        var m = new RangeConsistencyMonitor();
        m.Reset();
        for (int k = 0; k < 8; k++) Assert.True(m.Update(7, 30f - 0.5f * k, 10f, 1_000_000 + k * ListUs, 0.5f, 0.5f, 0.015f, 1));
        for (int k = 0; k < 30; k++) Assert.True(m.Update(7, 45f - 0.25f * k, 5f, k * ListUs, 0.5f, 0.5f, 0.015f, 1), $"list {k}");
    }
    // A range stuck at 40 m while the rate says 10 m/s closing, one list per call, one window confirming: the window of
    // 0.5 s opened at list 0 closes at list 10, its halves' means (range + closed distance) 41.25 m and 43.75 m lie
    // 2.5 m apart, beyond 0.5 m + 1.5 % of 40 m; the list that closes it already reports it, and so does the same list
    // read again by the next control cycle.
    [Fact]
    public void The_list_that_closes_the_confirming_window_reports_it()
    {
        var m = new RangeConsistencyMonitor();
        m.Reset();
        for (int k = 0; k < 10; k++) Assert.True(m.Update(7, 40f, 10f, k * ListUs, 0.5f, 0.5f, 0.015f, 1), $"list {k}");
        Assert.False(m.Update(7, 40f, 10f, 10 * ListUs, 0.5f, 0.5f, 0.015f, 1));
        Assert.False(m.Update(7, 40f, 10f, 10 * ListUs, 0.5f, 0.5f, 0.015f, 1));
    }
}
