using AebController.Firmware.Signals;
using AebController.Hardware.Acquisition;

namespace AebController.Hardware.Tests;

public class RangeTrackerTests
{
    private static void Feed(RangeTracker tracker, ref RadarObjectList list, long seq, double m, bool valid = true) =>
        tracker.Update(new RangeSample { DistanceM = m, Valid = valid, Sequence = seq, TimestampUs = seq * 60_000 }, ref list, seq * 60_000 + 5_000);

    [Fact]
    public void A_steady_approach_gives_the_closing_speed_and_a_growing_confirmation()
    {
        var tracker = new RangeTracker();
        var list = default(RadarObjectList);
        for (int i = 1; i <= 20; i++) Feed(tracker, ref list, i, 4.0 - 0.12 * i); // 2 m/s closing
        Assert.Equal(1, list.Count);
        Assert.Equal(20, list.Tracks[0].UpdateCount);
        Assert.InRange(list.Tracks[0].RelVelLongMps, -2.1f, -1.9f);
        Assert.Equal(5_000, list.AgeUs);
    }

    [Fact]
    public void One_mistimed_ping_does_not_make_a_range_rate_spike()
    {
        var tracker = new RangeTracker();
        var list = default(RadarObjectList);
        for (int i = 1; i <= 10; i++) Feed(tracker, ref list, i, 3.0);
        Feed(tracker, ref list, 11, 1.0); // preempted timer: one short reading
        Assert.InRange(list.Tracks[0].LongitudinalM, 2.99f, 3.01f);
        Assert.InRange(list.Tracks[0].RelVelLongMps, -0.01f, 0.01f);
    }

    [Fact]
    public void No_echo_drops_the_track_and_no_sample_yet_reads_as_never_received()
    {
        var tracker = new RangeTracker();
        var list = default(RadarObjectList);
        tracker.Update(default, ref list, 1_000_000);
        Assert.Equal(SignalAge.Never, list.AgeUs);
        Feed(tracker, ref list, 1, 2.0);
        Feed(tracker, ref list, 2, 0, valid: false);
        Assert.Equal(0, list.Count);
    }
}
