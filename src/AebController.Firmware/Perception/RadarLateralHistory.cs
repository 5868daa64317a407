using AebController.Firmware.Signals;

namespace AebController.Firmware.Perception;

/// <summary>
/// The path-relative lateral velocities the threat assessor worked out for each radar track in its last lists, with the
/// lists' capture times, and the track's lateral acceleration as their least-squares slope over a window, with that
/// slope's standard error from the fit's own residuals. Why: the radar reports no lateral acceleration, and a crossing car
/// that brakes to stop short of our lane was carried into the path at its (trailing) lateral speed and braked for
/// (tests/adversarial/crossing-stops-short). Fixed arrays, no allocation after construction; a slot is taken over by a
/// new id (64 slots by id, the radar list's capacity).
/// </summary>
public sealed class RadarLateralHistory
{
    private const int Slots = 64;

    /// <summary>Lists kept per track: 24, 1.2 s at 20 Hz (longer than any window accepted).</summary>
    public const int History = 24;

    private readonly SampleHistory _velocities = new(Slots, History);
    private long _listCaptureUs = long.MinValue;

    public void Reset()
    {
        _velocities.Reset();
        _listCaptureUs = long.MinValue;
    }

    /// <summary>Called every cycle before the assessor: the list in hand was captured its age before now.</summary>
    public void BeginList(long listAgeUs, long nowUs)
    {
        _listCaptureUs = listAgeUs >= 0 && listAgeUs < SignalAge.Never ? nowUs - listAgeUs : long.MinValue;
    }

    /// <summary>Keeps track <paramref name="id"/>'s lateral velocity of the list in hand, once per list.</summary>
    public void Record(int id, float lateralVelocityMps)
    {
        if (_listCaptureUs == long.MinValue || !float.IsFinite(lateralVelocityMps)) return;
        // The assessor runs every cycle and a list lasts several: the same list is kept once.
        _velocities.Add(id, _listCaptureUs, lateralVelocityMps);
    }

    /// <summary>
    /// Track <paramref name="id"/>'s lateral acceleration: the least-squares slope of its kept velocities captured within
    /// <paramref name="windowUs"/> of the newest, which must be of the list in hand, and the slope's standard error
    /// √(Σres²/(n − 2) / Σ(t − t̄)²). False with fewer than <paramref name="minSamples"/> (at least 3) in the window.
    /// </summary>
    public bool TryLateralAccel(int id, long windowUs, int minSamples, out float accelMps2, out float sigmaMps2)
    {
        bool fitted = _velocities.TryFit(id, _listCaptureUs, windowUs, Math.Max(minSamples, 3), out accelMps2, out _, out sigmaMps2);
        if (fitted && float.IsFinite(sigmaMps2)) return true;
        accelMps2 = 0f;
        sigmaMps2 = float.PositiveInfinity;
        return false;
    }
}
