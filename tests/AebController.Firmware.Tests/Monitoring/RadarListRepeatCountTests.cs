using AebController.Firmware.Monitoring;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>
/// A list whose count lies outside the buffer (a broken list, coded by the value check as RadarValueOutOfRange) is
/// read as empty by the repeat check: an empty list repeating is an empty road, never a frozen radar. The same list
/// with a count inside the buffer, arriving again and again, is a frozen radar after three repeats.
/// </summary>
public sealed class RadarListRepeatCountTests
{
    /// <summary>Feeds the same list content as a new list every other cycle (its age falls to 0); returns the first cycle judged frozen, or −1.</summary>
    private static int FirstFrozen(int count)
    {
        var repeat = new RadarListRepeat();
        repeat.Reset();
        var list = new RadarObjectList { Count = count, SensorOk = true };
        list.Tracks[0] = new RadarTrack { Id = 7, LongitudinalM = 30f, RelVelLongMps = -5f, UpdateCount = 20 };
        for (int n = 0; n < 20; n++)
        {
            list.AgeUs = n % 2 == 0 ? 0 : 10_000;
            if (!repeat.Update(ref list, 3)) return n;
        }

        return -1;
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(RadarTrackBuffer.Capacity + 1)]
    [InlineData(int.MaxValue)]
    public void A_count_outside_the_buffer_repeating_is_never_a_frozen_radar(int count)
    {
        Assert.Equal(-1, FirstFrozen(count));
    }

    [Fact]
    public void The_same_list_with_one_track_repeating_is_frozen_at_the_third_repeat()
    {
        // Lists at cycles 0, 2, 4, 6: the ones at 2, 4 and 6 each repeat the one before them.
        Assert.Equal(6, FirstFrozen(1));
    }
}
