namespace AebController.Firmware.Perception;

/// <summary>
/// The ranges each radar track had in the last lists, and their slope over a window with its standard error: the range's
/// own derivative, against which a track's reported range rate is judged
/// (<see cref="RadarThreatAssessor.ContradictingRangeSlope"/>). Why: a range rate is one field of one list; a single corrupted
/// value (+10 m/s for one list on a manhole cover 0.3 m ahead made it a road user driving off at 10 m/s, and a car at
/// 50 km/h braked fully) must agree with what the ranges themselves do before it is believed.
/// </summary>
public sealed class RadarRangeHistory : RadarTrackSeries
{
    /// <summary>Lists kept per track: 8, 0.4 s at 20 Hz (longer than any window accepted).</summary>
    public const int History = 8;

    public RadarRangeHistory() : base(History) { }

    /// <summary>
    /// Whether track <paramref name="id"/>'s range in the list in hand lies nearer than most of its kept ranges (0.35 s) allow,
    /// by more than <paramref name="toleranceM"/>, when the gap closes at most <paramref name="maxClosingMps"/>. A range cannot
    /// fall faster than the gap closes: one that does is not this object's (a late or frozen range field read by list slot
    /// gives a track that moved to another slot that slot's range of another object, or 0 m where the slot was empty). Most,
    /// not any: a range back from one glitch far away (a +20 m spike) lies below that one sample, not below the others.
    /// False without earlier ranges.
    /// </summary>
    public bool RangeFellBelow(int id, float maxClosingMps, float toleranceM)
    {
        int below = FallenBelow(id, maxClosingMps, toleranceM, out int earlier);
        return earlier > 0 && 2 * below > earlier;
    }

    /// <summary>Track <paramref name="id"/>'s range rate by its ranges (m/s, positive opening) and its standard error.</summary>
    public bool TryRangeSlope(int id, long windowUs, int minSamples, out float slopeMps, out float sigmaMps) =>
        TrySlope(id, windowUs, minSamples, out slopeMps, out sigmaMps);
}
