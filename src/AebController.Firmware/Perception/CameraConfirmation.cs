namespace AebController.Firmware.Perception;

/// <summary>
/// Keeps, per radar track id, the camera's confirmation of a standing radar return once the camera has confirmed
/// it in <c>latchLists</c> consecutive radar lists: from then on the track stands without the camera for as long as
/// the radar keeps it (back within <c>gapLists</c> lists of when it was last judged). Why: a standing return needs
/// a healthy camera to see an object at its place (covers and plates), but a camera that confirmed an object and
/// then goes silent on it is a camera that stopped seeing it, not an object that vanished while the radar still
/// tracks it standing at the same place. A camera list frozen (stuck, or a stuck or drifting range) while the car
/// closed on a standing car removed the target and the car hit it at 30-50 km/h with no braking. A coincidence
/// needs the camera to agree in several consecutive lists; the camera's veto (a gantry, a plate) is judged every
/// list as before and is not latched. Fixed arrays, no allocation after construction.
/// </summary>
public sealed class CameraConfirmation
{
    private const int Slots = 64;
    private readonly int[] _ids = new int[Slots];
    private readonly int[] _counts = new int[Slots];
    private readonly long[] _lastList = new long[Slots];
    private readonly bool[] _latched = new bool[Slots];

    public CameraConfirmation()
    {
        Reset();
    }

    public void Reset()
    {
        Array.Fill(_ids, -1);
        Array.Clear(_counts);
        Array.Fill(_lastList, long.MinValue / 2);
        Array.Clear(_latched);
    }

    /// <summary>
    /// Records whether the camera sees the track's object in radar list <paramref name="list"/> and returns whether
    /// the track is confirmed: seen now, or latched. Called again within the same list it counts nothing twice.
    /// </summary>
    public bool Confirmed(int trackId, bool seenNow, long list, int latchLists, int gapLists)
    {
        if (latchLists <= 0) return seenNow;
        int slot = trackId & (Slots - 1);
        if (_ids[slot] == trackId && _lastList[slot] == list) return seenNow || _latched[slot];
        bool continued = _ids[slot] == trackId && list - _lastList[slot] <= gapLists && list > _lastList[slot];
        if (!continued)
        {
            _counts[slot] = 0;
            _latched[slot] = false;
        }

        _counts[slot] = seenNow ? Math.Min(_counts[slot] + 1, latchLists) : 0;
        _latched[slot] |= _counts[slot] >= latchLists;
        _ids[slot] = trackId;
        _lastList[slot] = list;
        return seenNow || _latched[slot];
    }
}
