using AebController.Firmware.Monitoring;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>
/// The slot bookkeeping the per-track monitors share, against its contract written out list by list: a track keeps its
/// slot while it is in every list and only its first entry in a list counts; a track that misses a list starts afresh;
/// a slot is freed when a list without its track ends; Forget starts every track afresh.
/// </summary>
public sealed class TrackSlotsTests
{
    private static int Take(TrackSlots slots, int id, out bool fresh) => slots.Take(id, out fresh);

    [Fact]
    public void A_track_in_every_list_keeps_its_slot_and_is_fresh_only_once()
    {
        var slots = new TrackSlots(4);
        slots.BeginList();
        int a = Take(slots, 7, out bool freshA);
        int b = Take(slots, 9, out bool freshB);
        slots.EndList();
        Assert.True(freshA && freshB);
        Assert.NotEqual(a, b);
        for (int list = 0; list < 100; list++)
        {
            slots.BeginList();
            Assert.Equal(b, Take(slots, 9, out bool f9));
            Assert.Equal(a, Take(slots, 7, out bool f7));
            slots.EndList();
            Assert.False(f7 || f9, $"list {list}: a track in every list was handed a fresh slot");
        }
    }

    [Fact]
    public void An_id_named_twice_in_one_list_counts_once()
    {
        var slots = new TrackSlots(4);
        slots.BeginList();
        Assert.True(Take(slots, 3, out _) >= 0);
        Assert.Equal(-1, Take(slots, 3, out bool fresh));
        Assert.False(fresh);
        slots.EndList();
        slots.BeginList();
        Assert.True(Take(slots, 3, out bool again) >= 0);
        Assert.False(again);
    }

    [Fact]
    public void A_track_that_misses_a_list_starts_afresh_when_it_comes_back()
    {
        var slots = new TrackSlots(4);
        slots.BeginList();
        Take(slots, 5, out _);
        slots.EndList();
        slots.BeginList();
        Take(slots, 6, out _);
        slots.EndList();
        slots.BeginList();
        Take(slots, 5, out bool fresh);
        Assert.True(fresh);
    }

    [Fact]
    public void Every_slot_held_refuses_a_new_id_and_a_slot_freed_serves_from_the_next_list()
    {
        var slots = new TrackSlots(2);
        slots.BeginList();
        int a = Take(slots, 1, out _);
        Take(slots, 2, out _);
        Assert.Equal(-1, Take(slots, 3, out bool refused));
        Assert.False(refused);
        slots.EndList();

        // Track 1 leaves: while that list is in hand its slot is still held; the list's end frees it for the next.
        slots.BeginList();
        Take(slots, 2, out _);
        Assert.Equal(-1, Take(slots, 3, out _));
        slots.EndList();
        slots.BeginList();
        Assert.Equal(a, Take(slots, 3, out bool fresh));
        Assert.True(fresh);
        slots.EndList();
    }

    [Fact]
    public void A_slot_whose_track_is_in_the_list_in_hand_is_not_handed_to_a_new_id()
    {
        var slots = new TrackSlots(1);
        slots.BeginList();
        Take(slots, 1, out _);
        slots.EndList();
        slots.BeginList();
        Take(slots, 1, out _);
        Assert.Equal(-1, Take(slots, 2, out _));
    }

    [Fact]
    public void Forget_starts_every_track_afresh()
    {
        var slots = new TrackSlots(3);
        slots.BeginList();
        for (int id = 0; id < 3; id++) Take(slots, id, out _);
        slots.EndList();
        slots.Forget();
        slots.BeginList();
        for (int id = 0; id < 3; id++)
        {
            Assert.True(Take(slots, id, out bool fresh) >= 0);
            Assert.True(fresh, $"track {id} kept its slot through Forget");
        }
    }
}
