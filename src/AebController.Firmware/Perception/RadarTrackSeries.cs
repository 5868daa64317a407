using AebController.Firmware.Signals;

namespace AebController.Firmware.Perception;

/// <summary>
/// One quantity of each radar track over its last lists, stamped with the list's capture time (now minus the list's
/// age), and its least-squares slope over a window. Why one class: a track's ranges (their slope judges its reported
/// range rate, <see cref="RadarRangeHistory"/>) and its path-relative lateral velocities (their slope is the lateral
/// acceleration the list does not carry, <see cref="RadarLateralHistory"/>) are stamped, kept once per list and fitted
/// alike. Fixed arrays, no allocation after construction; a slot is taken over by a new id (64 slots by id, the radar
/// list's capacity).
/// </summary>
public abstract class RadarTrackSeries
{
    private const int Slots = 64;

    private readonly SampleHistory _samples;
    private long _listCaptureUs = long.MinValue;

    protected RadarTrackSeries(int history)
    {
        _samples = new SampleHistory(Slots, history);
    }

    public void Reset()
    {
        _samples.Reset();
        _listCaptureUs = long.MinValue;
    }

    /// <summary>Called every cycle before the assessor: the list in hand was captured its age before now.</summary>
    public void BeginList(long listAgeUs, long nowUs)
    {
        _listCaptureUs = listAgeUs >= 0 && listAgeUs < SignalAge.Never ? nowUs - listAgeUs : long.MinValue;
    }

    /// <summary>
    /// Keeps track <paramref name="id"/>'s value of the list in hand. The assessor runs every cycle and a list lasts
    /// several: the same list is kept once (by its capture time). A non-finite value is not kept.
    /// </summary>
    public void Record(int id, float value)
    {
        if (_listCaptureUs == long.MinValue || !float.IsFinite(value)) return;
        _samples.Add(id, _listCaptureUs, value);
    }

    /// <summary>
    /// How many of track <paramref name="id"/>'s earlier kept values its value of the list in hand lies below by more than
    /// a fall of <paramref name="maxFallPerS"/> per second and <paramref name="margin"/> allow (<see cref="SampleHistory.FallenBelow"/>).
    /// </summary>
    protected int FallenBelow(int id, float maxFallPerS, float margin, out int earlier) =>
        _samples.FallenBelow(id, _listCaptureUs, maxFallPerS, margin, out earlier);

    /// <summary>
    /// Track <paramref name="id"/>'s mean of its values captured within <paramref name="windowUs"/> of the newest, which must be
    /// of the list in hand (of a <paramref name="coasted"/> track: its newest kept, <see cref="NewestFor"/>); false with fewer
    /// than <paramref name="minSamples"/> in the window.
    /// </summary>
    protected bool TryMean(int id, long windowUs, int minSamples, out float mean, bool coasted = false) =>
        _samples.TryMean(id, NewestFor(id, windowUs, coasted), windowUs, minSamples, out mean);

    /// <summary>
    /// The capture a track's fit ends at: the list in hand, or for a track the radar only predicted in it (coasted,
    /// <see cref="RadarMeasurementState.Predicted"/>: the assessor keeps no value of such a list) its newest kept list where
    /// that lies within <paramref name="windowUs"/> of the list in hand (else none: <see cref="long.MinValue"/>, no fit).
    /// </summary>
    private long NewestFor(int id, long windowUs, bool coasted)
    {
        if (!coasted || _listCaptureUs == long.MinValue) return _listCaptureUs;
        long newestUs = _samples.NewestCaptureUs(id);
        return newestUs != long.MinValue && _listCaptureUs - newestUs <= windowUs ? newestUs : long.MinValue;
    }

    /// <summary>
    /// Track <paramref name="id"/>'s slope per second: the least-squares line through its values captured within
    /// <paramref name="windowUs"/> of the newest, which must be of the list in hand, and the slope's standard error
    /// √(Σres²/(n − 2) / Σ(t − t̄)²). False, with slope 0 and an infinite error, with fewer than
    /// <paramref name="minSamples"/> (at least 3) in the window. A <paramref name="coasted"/> track's fit ends at its newest kept
    /// list (<see cref="NewestFor"/>).
    /// </summary>
    protected bool TrySlope(int id, long windowUs, int minSamples, out float slopePerS, out float sigmaPerS, bool coasted = false) =>
        TrySlope(id, windowUs, minSamples, out slopePerS, out sigmaPerS, out _, coasted);

    /// <summary>As the other overload, with the mean age of the fitted values before the newest (s): where the slope is measured.</summary>
    protected bool TrySlope(int id, long windowUs, int minSamples, out float slopePerS, out float sigmaPerS, out float meanAgeS, bool coasted = false)
    {
        bool fitted = _samples.TryFit(id, NewestFor(id, windowUs, coasted), windowUs, Math.Max(minSamples, 3), out slopePerS, out _, out sigmaPerS, out meanAgeS);
        if (fitted && float.IsFinite(sigmaPerS)) return true;
        slopePerS = 0f;
        sigmaPerS = float.PositiveInfinity;
        return false;
    }
}
