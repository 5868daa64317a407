namespace AebController.Firmware.Perception;

/// <summary>
/// The ranges each radar track had in the last lists, with the lists' capture times, and their least-squares slope over a
/// window with its standard error: the range's own derivative, against which a track's reported range rate is judged
/// (<see cref="RadarThreatAssessor.ContradictingRangeSlope"/>). Why: a range rate is one field of one list; a single corrupted
/// value (+10 m/s for one list on a manhole cover 0.3 m ahead made it a road user driving off at 10 m/s, and a car at
/// 50 km/h braked fully) must agree with what the ranges themselves do before it is believed. Fixed arrays, no allocation
/// after construction; a slot is taken over by a new id (64 slots by id, the radar list's capacity).
/// </summary>
public sealed class RadarRangeHistory
{
    private const int Slots = 64;

    /// <summary>Lists kept per track: 8, 0.4 s at 20 Hz (longer than any window accepted).</summary>
    public const int History = 8;

    private readonly SampleHistory _ranges = new(Slots, History);
    private long _listCaptureUs = long.MinValue;

    public void Reset()
    {
        _ranges.Reset();
        _listCaptureUs = long.MinValue;
    }

    /// <summary>Called every cycle before the assessor: the list in hand was captured its age before now.</summary>
    public void BeginList(long listAgeUs, long nowUs)
    {
        _listCaptureUs = listAgeUs >= 0 && listAgeUs < Signals.SignalAge.Never ? nowUs - listAgeUs : long.MinValue;
    }

    /// <summary>Keeps track <paramref name="id"/>'s range of the list in hand, once per list.</summary>
    public void Record(int id, float rangeM)
    {
        if (_listCaptureUs == long.MinValue || !float.IsFinite(rangeM)) return;
        _ranges.Add(id, _listCaptureUs, rangeM);
    }

    /// <summary>
    /// Track <paramref name="id"/>'s range rate by its ranges: the least-squares slope of those captured within
    /// <paramref name="windowUs"/> of the newest, which must be of the list in hand, and the slope's standard error.
    /// False with fewer than <paramref name="minSamples"/> (at least 3) in the window.
    /// </summary>
    public bool TryRangeSlope(int id, long windowUs, int minSamples, out float slopeMps, out float sigmaMps)
    {
        bool fitted = _ranges.TryFit(id, _listCaptureUs, windowUs, Math.Max(minSamples, 3), out slopeMps, out _, out sigmaMps);
        if (fitted && float.IsFinite(sigmaMps)) return true;
        slopeMps = 0f;
        sigmaMps = float.PositiveInfinity;
        return false;
    }
}
