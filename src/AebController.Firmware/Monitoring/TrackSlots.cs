namespace AebController.Firmware.Monitoring;

/// <summary>
/// Follows radar tracks by id from list to list in a fixed number of slots, for a monitor that keeps its own state per
/// track (<see cref="RadarLateralAgreement"/>, <see cref="RadarRangeDriftAgreement"/>). A track keeps its slot while it
/// is in every list; a track that misses a list loses it when that list ends (<see cref="EndList"/>). The owner starts its per-slot state afresh whenever a slot is handed out anew. Why: a track that leaves
/// and comes back (or an id the radar reuses for another object) must not be judged against the state of the old one.
/// Allocation-free after construction; each <see cref="Take"/> costs at most one pass over the slots.
/// </summary>
public sealed class TrackSlots
{
    private readonly int[] _id;
    private readonly bool[] _held;
    private readonly bool[] _seen;

    public TrackSlots(int slots)
    {
        _id = new int[slots];
        _held = new bool[slots];
        _seen = new bool[slots];
    }

    /// <summary>Every slot free (a frozen list, a gap, a reset): each track starts afresh from its next list.</summary>
    public void Forget()
    {
        // A loop, not Array.Clear: this runs in the step, and Array.Clear's argument check is a throwing path the
        // allocation guard refuses.
        for (int k = 0; k < _held.Length; k++)
        {
            _held[k] = false;
            _seen[k] = false;
        }
    }

    /// <summary>A new list begins: no track has been seen in it yet.</summary>
    public void BeginList()
    {
        for (int k = 0; k < _seen.Length; k++) _seen[k] = false;
    }

    /// <summary>
    /// The slot that follows track <paramref name="id"/> in the list in hand; <paramref name="fresh"/> when it was handed
    /// out anew (the owner starts its state). −1 when the id was already taken in this list (a list that names one id
    /// twice is judged on its first entry) or when every slot is held (cannot happen with a slot per list entry).
    /// </summary>
    public int Take(int id, out bool fresh)
    {
        fresh = false;
        int free = -1;
        for (int k = 0; k < _id.Length; k++)
        {
            if (_held[k] && _id[k] == id)
            {
                if (_seen[k]) return -1;
                _seen[k] = true;
                return k;
            }

            if (free < 0 && !_held[k]) free = k;
        }

        if (free < 0) return -1;
        _held[free] = true;
        _seen[free] = true;
        _id[free] = id;
        fresh = true;
        return free;
    }

    /// <summary>The list in hand ends: a track not in it frees its slot.</summary>
    public void EndList()
    {
        for (int k = 0; k < _held.Length; k++)
        {
            if (!_seen[k]) _held[k] = false;
        }
    }
}
