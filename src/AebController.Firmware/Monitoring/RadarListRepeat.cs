using AebController.Firmware.Signals;

namespace AebController.Firmware.Monitoring;

/// <summary>
/// A radar list that arrives fresh but repeats the one before it, field for field: a frozen sensor or gateway whose
/// message still carries a new timestamp. A real radar never sends the same non-empty list twice: each track's update
/// counter advances with every list, and its measured range, lateral position and range rate carry the sensor's noise
/// (every bit of them differs list to list); an ideal sensor's counters still advance. The same list arriving
/// <c>radarFrozenLists</c> times in a row after the one it repeats is a frozen radar (<see cref="DiagnosticCode.FrontRadarFrozen"/>,
/// <see cref="DiagnosticCode.RearRadarFrozen"/>), unusable while it stays so. An empty list repeating is an empty road,
/// never a fault. A new list is one whose age fell since the last cycle. Each list is reduced to a 64-bit signature
/// of the fields that must move (id, update counter, range, lateral position, range rate of every track) and compared
/// with the last one's; allocation-free, work bounded by the list's capacity and done only when a list arrives.
/// </summary>
public struct RadarListRepeat
{
    private long _lastAgeUs;
    private bool _started;
    private bool _haveSignature;
    private ulong _signature;
    private int _repeats;

    /// <summary>Lists in a row that repeated the one before them (saturating).</summary>
    public readonly int Repeats => _repeats;

    public void Reset()
    {
        _started = false;
        _haveSignature = false;
        _repeats = 0;
    }

    /// <summary>
    /// Feeds this cycle's list; returns false while the last <paramref name="frozenLists"/> new lists each repeated the
    /// one before them.
    /// </summary>
    public bool Update(ref RadarObjectList list, int frozenLists)
    {
        bool newList = !_started || list.AgeUs < _lastAgeUs;
        _started = true;
        _lastAgeUs = list.AgeUs;
        if (newList && list.AgeUs < SignalAge.Never)
        {
            int count = list.Count >= 0 && list.Count <= RadarTrackBuffer.Capacity ? list.Count : 0;
            ulong signature = Signature(ref list, count);
            bool repeat = count > 0 && _haveSignature && signature == _signature;
            _repeats = repeat ? Math.Min(_repeats + 1, 1_000) : 0;
            _signature = signature;
            _haveSignature = true;
        }

        return _repeats < Math.Max(frozenLists, 1);
    }

    /// <summary>FNV-1a over the count and, per track, the bits of its id, update counter, range, lateral position and range rate.</summary>
    public static ulong Signature(ref RadarObjectList list, int count)
    {
        ulong h = 14695981039346656037UL;
        h = Mix(h, (uint)count);
        for (int i = 0; i < count; i++)
        {
            ref readonly RadarTrack t = ref list.Tracks[i];
            h = Mix(h, (uint)t.Id);
            h = Mix(h, (uint)t.UpdateCount);
            h = Mix(h, BitConverter.SingleToUInt32Bits(t.LongitudinalM));
            h = Mix(h, BitConverter.SingleToUInt32Bits(t.LateralM));
            h = Mix(h, BitConverter.SingleToUInt32Bits(t.RelVelLongMps));
        }

        return h;
    }

    private static ulong Mix(ulong h, uint value)
    {
        for (int b = 0; b < 4; b++)
        {
            h ^= (value >> (8 * b)) & 0xFF;
            h *= 1099511628211UL;
        }

        return h;
    }
}
