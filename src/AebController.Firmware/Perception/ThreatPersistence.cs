namespace AebController.Firmware.Perception;

/// <summary>
/// Counts, per radar track id, in how many consecutive radar lists the track was an in-path threat
/// candidate. A real radar's list carries one-list glitches (a noisy lateral velocity, a ghost, a
/// clutter return); a threat that must persist over two lists costs one radar cycle of reaction time
/// and removes them. Fixed arrays, no allocation after construction.
/// </summary>
public sealed class ThreatPersistence
{
    private const int Slots = 64;
    private readonly int[] _ids = new int[Slots];
    private readonly int[] _counts = new int[Slots];
    private readonly long[] _lastList = new long[Slots];
    private long _list;
    private long _lastAgeUs;

    public ThreatPersistence()
    {
        Reset();
    }

    public void Reset()
    {
        Array.Clear(_ids);
        Array.Clear(_counts);
        Array.Fill(_lastList, -2L);
        _list = 0;
        _lastAgeUs = long.MaxValue;
    }

    /// <summary>The index of the radar list now in hand (counts new deliveries).</summary>
    public long ListIndex => _list;

    /// <summary>Called once per control cycle with the list's age: an age that did not grow means a new list.</summary>
    public void Observe(long listAgeUs)
    {
        // A list whose age did not grow is a new delivery (a bus that republishes at a fixed age counts as fresh lists).
        if (listAgeUs <= _lastAgeUs && _list < long.MaxValue - 1) _list++;
        _lastAgeUs = listAgeUs;
    }

    /// <summary>
    /// The track's consecutive-list count as a candidate up to the current or the previous list, without marking it: a
    /// threat that already stands (0 when it was no candidate in either).
    /// </summary>
    public int Streak(int trackId)
    {
        int slot = trackId & (Slots - 1);
        return _ids[slot] == trackId && _lastList[slot] >= _list - 1 ? _counts[slot] : 0;
    }

    /// <summary>Marks the track as a candidate in the current list and returns its consecutive-list count.</summary>
    /// <param name="gapLists">Lists without candidacy the streak may bridge (0: consecutive lists only).</param>
    public int Candidate(int trackId, int gapLists = 0)
    {
        int slot = trackId & (Slots - 1);
        if (_ids[slot] == trackId && _lastList[slot] == _list) return _counts[slot];
        bool continued = _ids[slot] == trackId && _lastList[slot] >= _list - 1 - gapLists;
        // Saturates at 1000 and stays there: a count that fell back to 1 would drop a threat followed for ~70 s for a list.
        _counts[slot] = continued ? Math.Min(_counts[slot] + 1, 1000) : 1;
        _ids[slot] = trackId;
        _lastList[slot] = _list;
        return _counts[slot];
    }
}
