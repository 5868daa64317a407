using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// A range cannot fall faster than the gap closes (SampleHistory.FallenBelow, RadarRangeHistory.RangeFellBelow,
/// RadarThreatAssessor.RangeFellBeyondClosing):
/// by hand on a track's kept ranges, lists 50 ms apart.
/// </summary>
public sealed class RangeFallTests
{
    private const long ListUs = 50_000;
    private static readonly float ToleranceM = AebCalibration.Default.ForwardAeb.RangeFallToleranceM;

    private static RadarRangeHistory Kept(params float[] rangesM)
    {
        var history = new RadarRangeHistory();
        for (int k = 0; k < rangesM.Length; k++)
        {
            long nowUs = k * ListUs + 40_000;
            history.BeginList(40_000, nowUs);
            history.Record(7, rangesM[k]);
        }

        return history;
    }

    [Fact]
    public void A_range_falls_when_it_lies_below_most_earlier_ranges_by_more_than_their_closing_and_the_tolerance()
    {
        // 50, 49.5, 49, then 40: at 10 m/s the three allow 48.5 m each; 40 lies 8.5 m below all three.
        Assert.True(Kept(50f, 49.5f, 49f, 40f).RangeFellBelow(7, 10f, 8.4f));
        Assert.False(Kept(50f, 49.5f, 49f, 40f).RangeFellBelow(7, 10f, 8.6f));
        // Without an earlier range nothing is judged.
        Assert.False(Kept(40f).RangeFellBelow(7, 10f, 0f));
    }

    [Fact]
    public void A_range_back_from_a_spike_far_away_has_not_fallen()
    {
        // A pedestrian closing at 11.11 m/s, the third list +20 m (the campaign's range spike): the fourth lies below the
        // spike's reach by 20 m but on the others' line: below one of three, not most.
        Assert.False(RadarThreatAssessor.RangeFell(7, -11.11f, 11.11f, ToleranceM, Kept(50f, 49.44f, 68.89f, 48.33f)));
        // Two lists of +20 m, then back: below two of four, still not most.
        Assert.False(RadarThreatAssessor.RangeFell(7, -11.11f, 11.11f, ToleranceM, Kept(50f, 49.44f, 68.89f, 68.33f, 47.78f)));
    }

    [Theory]
    [InlineData(5f)]
    [InlineData(13.89f)]
    [InlineData(27.78f)]
    [InlineData(41.67f)]   // 150 km/h
    public void A_range_closing_at_any_speed_up_to_the_ego_speed_is_never_suspect(float egoSpeedMps)
    {
        // Sweep: a standing object closing at the ego speed, lists 50 ms apart, every start from 5 to 150 m.
        for (float startM = 5f; startM <= 150f; startM += 2.5f)
        {
            float[] ranges = Enumerable.Range(0, 8).Select(k => startM + egoSpeedMps * 0.05f * (7 - k)).ToArray();
            var history = Kept(ranges);
            Assert.False(RadarThreatAssessor.RangeFell(7, -egoSpeedMps, egoSpeedMps, ToleranceM, history), $"{startM} m at {egoSpeedMps} m/s");
        }
    }

    [Fact]
    public void An_oncoming_road_user_closing_faster_than_the_ego_speed_is_bounded_by_its_rate()
    {
        // Ego 13.9 m/s, oncoming 13.9 m/s: closing 27.8 m/s, 1.39 m a list; over 0.35 s 9.7 m, beyond the ego speed's 4.9 m + 4 m.
        float[] ranges = Enumerable.Range(0, 8).Select(k => 60f - 27.78f * 0.05f * k).ToArray();
        Assert.False(RadarThreatAssessor.RangeFell(7, -27.78f, 13.89f, ToleranceM, Kept(ranges)));
        // A rate glitch that says it drives away leaves the ego speed as the bound: a pedestrian's true ranges stay believed.
        float[] walking = Enumerable.Range(0, 8).Select(k => 40f - 11.11f * 0.05f * k).ToArray();
        Assert.False(RadarThreatAssessor.RangeFell(7, +10f - 11.11f, 11.11f, ToleranceM, Kept(walking)));
    }

    [Theory]
    [InlineData(0.5f, false)]
    [InlineData(-0.5f, true)]
    public void A_range_nearer_than_the_closing_allows_is_suspect_beyond_the_tolerance(float marginM, bool suspect)
    {
        // 11.11 m/s for 0.05 s allows 0.556 m: a drop of 0.556 + tolerance ± 0.5 m either side.
        float next = 52f - 11.11f * 0.05f - ToleranceM + marginM;
        Assert.Equal(suspect, RadarThreatAssessor.RangeFell(7, -11.11f, 11.11f, ToleranceM, Kept(52f, next)));
    }

    [Fact]
    public void A_pedestrian_read_at_0_m_by_slot_is_suspect_and_the_same_track_after_it_is_not_from_its_own_ranges()
    {
        // cpna-40, range 0.1 s late: a track at 145, 145, 138, 138 m reads 0.00 m; 0.2 s later 135 m again.
        Assert.True(RadarThreatAssessor.RangeFell(7, -11.14f, 11.11f, ToleranceM, Kept(145.09f, 145.09f, 138.21f, 138.11f, 0f)));
        Assert.False(RadarThreatAssessor.RangeFell(7, -11.14f, 11.11f, ToleranceM, Kept(145.09f, 145.09f, 138.21f, 138.11f, 0f, 0f, 135.4f)));
    }

    [Fact]
    public void In_a_turn_the_frame_adds_its_closing_to_a_track_aside()
    {
        // Turning off the road at 20 km/h (5.56 m/s) at 0.38 rad/s, a road user 80 m to the right (y = −80) moving at the
        // car's pace along the axis (rate −5.5 m/s) has its range x fall at 5.5 + 0.38 × 80 = 35.9 m/s in the turning frame:
        // 1.8 m per list. Five lists of that, then 48.7 m (a tracker catching up, 4.1 m in one list): at the ego speed's
        // 5.56 m/s it lies below 60 − 1.39 − 4, 58.2 − 1.11 − 4, 56.4 − 0.83 − 4 and 54.6 − 0.56 − 4 (four of five: fallen);
        // with the turn's 0.38 × 80 = 30.4 m/s added every earlier range allows 47.0 m or less: not fallen.
        float[] ranges = [60f, 58.2f, 56.4f, 54.6f, 52.8f, 48.7f];
        Assert.True(RadarThreatAssessor.RangeFell(7, -5.5f, 5.56f, ToleranceM, Kept(ranges)));
        Assert.False(RadarThreatAssessor.RangeFell(7, -5.5f, 5.56f, ToleranceM, Kept(ranges), frameClosingMps: 0.38f * 80f));
        // Only a closing share counts: the same turn for a track on the other side (the frame opens its range) adds nothing.
        Assert.True(RadarThreatAssessor.RangeFell(7, -5.5f, 5.56f, ToleranceM, Kept(ranges), frameClosingMps: -0.38f * 80f));
        Assert.True(RadarThreatAssessor.RangeFell(7, -5.5f, 5.56f, ToleranceM, Kept(ranges), frameClosingMps: float.NaN));
    }
}
