using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Units;

/// <summary>
/// ThreatPersistence counts, per track id, the consecutive radar lists in which a track was a threat
/// candidate (its contract in the type's summary). The oracle is the radar's own delivery: a radar list
/// arrives at 15-20 Hz while the control loop runs at 100 Hz, so a list is read on several cycles with a
/// growing age, and a new list shows as an age that did not grow. The count a track must reach is the
/// number of lists it was a candidate in, counted by hand from the delivery schedule below.
/// </summary>
public sealed class ThreatPersistenceTests
{
    private const long CycleUs = 10_000;      // 100 Hz control loop
    private const long ListPeriodUs = 60_000; // a list every 60 ms (ARS 408 cycle time ~ 72 ms; 15-20 Hz radars)

    /// <summary>Drives the 100 Hz loop over <paramref name="lists"/> radar lists; on each cycle the track is offered when <paramref name="candidateInList"/> says so.</summary>
    private static int[] Run(ThreatPersistence p, int trackId, int lists, Func<int, bool> candidateInList)
    {
        var countAtListEnd = new int[lists];
        int cyclesPerList = (int)(ListPeriodUs / CycleUs);
        for (int list = 0; list < lists; list++)
        {
            for (int c = 0; c < cyclesPerList; c++)
            {
                p.Observe(c * CycleUs); // the list's age grows by a cycle until the next list arrives with age 0
                if (candidateInList(list)) countAtListEnd[list] = p.Candidate(trackId);
            }
        }

        return countAtListEnd;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(1000)]
    public void A_track_offered_on_every_cycle_of_n_lists_counts_n_however_often_each_list_is_read(int trackId)
    {
        var p = new ThreatPersistence();
        int[] counts = Run(p, trackId, 12, _ => true);
        for (int list = 0; list < counts.Length; list++) Assert.Equal(list + 1, counts[list]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void The_first_list_a_track_is_offered_in_counts_one_whatever_lists_went_before(int listsBefore)
    {
        for (int id = 0; id < 130; id++)
        {
            var p = new ThreatPersistence();
            for (int k = 0; k < listsBefore; k++) p.Observe(0); // lists in which nothing was a candidate
            Assert.Equal(1, p.Candidate(id));
        }
    }

    [Fact]
    public void Missing_one_list_starts_the_count_again()
    {
        var p = new ThreatPersistence();
        // Candidate in lists 0-3, not in list 4, again in 5-7: counts 1,2,3,4 then 1,2,3.
        int[] counts = Run(p, 5, 8, list => list != 4);
        Assert.Equal(new[] { 1, 2, 3, 4, 0, 1, 2, 3 }, counts);
    }

    [Fact]
    public void A_radar_that_republishes_at_the_same_age_delivers_a_new_list_each_time()
    {
        // A bus gateway that forwards each list with a fixed age: every cycle is a new list.
        var p = new ThreatPersistence();
        for (int k = 1; k <= 5; k++)
        {
            p.Observe(30_000);
            Assert.Equal(k, p.Candidate(9));
        }
    }

    [Fact]
    public void Offering_a_track_again_in_the_same_list_does_not_count_it_twice()
    {
        var p = new ThreatPersistence();
        p.Observe(0);
        Assert.Equal(1, p.Candidate(3));
        Assert.Equal(1, p.Candidate(3));
        p.Observe(10_000); // the same list, a cycle older
        Assert.Equal(1, p.Candidate(3));
        p.Observe(0);      // the next list
        Assert.Equal(2, p.Candidate(3));
        Assert.Equal(2, p.Candidate(3));
    }

    [Fact]
    public void Two_tracks_are_counted_apart()
    {
        var p = new ThreatPersistence();
        for (int list = 1; list <= 4; list++)
        {
            p.Observe(0);
            Assert.Equal(list, p.Candidate(2));
            if (list >= 3) Assert.Equal(list - 2, p.Candidate(3)); // track 3 joins in the third list
        }
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(1, 65)]
    [InlineData(0, 64)]
    [InlineData(63, 127)]
    public void Another_track_in_the_list_between_does_not_continue_a_count(int first, int other)
    {
        // The first track is a candidate in list 1; in list 2 only the other is. Back in list 3, the first starts at 1.
        var p = new ThreatPersistence();
        p.Observe(0);
        Assert.Equal(1, p.Candidate(first));
        p.Observe(0);
        Assert.Equal(1, p.Candidate(other));
        p.Observe(0);
        Assert.Equal(1, p.Candidate(first));
    }

    [Fact]
    public void After_a_reset_every_track_starts_at_one()
    {
        var p = new ThreatPersistence();
        Run(p, 4, 6, _ => true);
        p.Reset();
        p.Observe(50_000); // the first list after the restart, whatever its age
        Assert.Equal(1, p.Candidate(4));
        p.Observe(0);
        Assert.Equal(2, p.Candidate(4));
    }

    [Fact]
    public void A_long_threat_never_wraps_to_a_count_below_the_one_before()
    {
        // Saturating counter: 20,000 consecutive lists (about 20 minutes of radar) never overflow or fall back.
        var p = new ThreatPersistence();
        int previous = 0;
        for (int list = 0; list < 20_000; list++)
        {
            p.Observe(0);
            int count = p.Candidate(8);
            Assert.True(count >= previous && count >= 1, $"list {list}: {count} after {previous}");
            previous = count;
        }
    }
}
