using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// A candidate streak over radar lists (docs/calibration.md, minThreatLists 2 and youngTrackCandidateGapLists 1): lists
/// are counted by hand (a list arrives when its age does not grow), and the streak is the number of candidate lists
/// since the last break longer than the gap allowed.
/// </summary>
public sealed class ThreatPersistenceGapTests
{
    /// <summary>Delivers lists 1..n; at each, marks track 7 a candidate where <paramref name="inPath"/> says so; returns each list's count (0: none).</summary>
    private static int[] Counts(bool[] inPath, int gapLists)
    {
        var p = new ThreatPersistence();
        var counts = new int[inPath.Length];
        for (int list = 0; list < inPath.Length; list++)
        {
            p.Observe(60_000); // a new list: its age does not grow (60 ms)
            p.Observe(70_000); // one cycle later, the same list
            counts[list] = inPath[list] ? p.Candidate(7, gapLists) : 0;
        }

        return counts;
    }

    [Fact]
    public void Without_a_gap_only_consecutive_lists_count()
    {
        Assert.Equal([1, 0, 1, 2], Counts([true, false, true, true], gapLists: 0));
    }

    [Fact]
    public void A_gap_of_one_list_bridges_one_list_out_of_the_path()
    {
        // In, out, in: two candidate lists with one out of the path between them count as two.
        Assert.Equal([1, 0, 2, 3], Counts([true, false, true, true], gapLists: 1));
    }

    [Fact]
    public void A_gap_of_one_list_does_not_bridge_two()
    {
        Assert.Equal([1, 0, 0, 1], Counts([true, false, false, true], gapLists: 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void One_list_alone_never_reaches_two_whatever_the_gap(int gapLists)
    {
        // A one-list glitch every fifth list: never two candidate lists within the gap, so never two.
        var inPath = Enumerable.Range(0, 20).Select(k => k % 5 == 0).ToArray();
        Assert.All(Counts(inPath, gapLists), c => Assert.True(c <= 1));
    }

    [Fact]
    public void The_same_list_asked_twice_counts_once()
    {
        var p = new ThreatPersistence();
        p.Observe(60_000);
        Assert.Equal(1, p.Candidate(7, 1));
        Assert.Equal(1, p.Candidate(7, 1));
    }
}
