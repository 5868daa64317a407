namespace AebController.Firmware.Perception;

/// <summary>
/// Per object id, the last samples of one quantity with their capture times, and the least-squares line through those
/// captured within a window of the newest: slope, value at the newest capture, and the slope's standard error
/// √(Σres²/(n − 2) / Σ(t − t̄)²) from the fit's own residuals. Why one class: the camera's lateral positions (their slope
/// is the lateral speed the camera list does not carry) and the radar's lateral velocities (their slope is the lateral
/// acceleration the radar list does not carry) are kept and fitted the same way. Slots by id (a power of two), a ring of
/// <c>history</c> samples each; fixed arrays made at construction, nothing allocated afterwards.
/// </summary>
public sealed class SampleHistory
{
    private readonly int _slots;
    private readonly int _history;
    private readonly int[] _ids;
    private readonly int[] _count;
    private readonly int[] _head;
    private readonly long[] _timeUs;
    private readonly float[] _value;

    public SampleHistory(int slots, int history)
    {
        if (slots <= 0 || (slots & (slots - 1)) != 0) throw new ArgumentOutOfRangeException(nameof(slots), slots, "expected a power of two");
        if (history < 3) throw new ArgumentOutOfRangeException(nameof(history), history, "expected at least 3 samples");
        _slots = slots;
        _history = history;
        _ids = new int[slots];
        _count = new int[slots];
        _head = new int[slots];
        _timeUs = new long[slots * history];
        _value = new float[slots * history];
        Reset();
    }

    public void Reset()
    {
        for (int i = 0; i < _slots; i++)
        {
            _ids[i] = int.MinValue;
            _count[i] = 0;
            _head[i] = 0;
        }
    }

    /// <summary>
    /// Keeps <paramref name="value"/> captured at <paramref name="captureUs"/> for object <paramref name="id"/>; a second
    /// sample of the same or an older capture is ignored, and a new id in a slot starts that slot afresh.
    /// </summary>
    public void Add(int id, long captureUs, float value)
    {
        int slot = id & (_slots - 1);
        if (_ids[slot] != id)
        {
            _ids[slot] = id;
            _count[slot] = 0;
            _head[slot] = 0;
        }
        else if (_count[slot] > 0 && _timeUs[At(slot, 0)] >= captureUs)
        {
            return;
        }

        int at = slot * _history + _head[slot];
        _timeUs[at] = captureUs;
        _value[at] = value;
        _head[slot] = (_head[slot] + 1) % _history;
        _count[slot] = Math.Min(_count[slot] + 1, _history);
    }

    /// <summary>
    /// The line through object <paramref name="id"/>'s samples captured within <paramref name="windowUs"/> of its newest,
    /// which must be of capture <paramref name="newestUs"/> (else the object was not in the latest list). False with fewer
    /// than <paramref name="minSamples"/> samples (at least 2) in the window or no spread in time. The standard error is
    /// +∞ with only 2 samples.
    /// </summary>
    public bool TryFit(int id, long newestUs, long windowUs, int minSamples, out float slopePerS, out float valueAtNewest, out float slopeSigmaPerS) =>
        TryFit(id, newestUs, windowUs, minSamples, out slopePerS, out valueAtNewest, out slopeSigmaPerS, out _);

    /// <summary>As the other overload, with the mean age of the fitted samples before the newest (s): where the slope is measured.</summary>
    public bool TryFit(int id, long newestUs, long windowUs, int minSamples, out float slopePerS, out float valueAtNewest, out float slopeSigmaPerS,
        out float meanAgeS)
    {
        meanAgeS = 0f;
        slopePerS = 0f;
        valueAtNewest = 0f;
        slopeSigmaPerS = float.PositiveInfinity;
        int slot = id & (_slots - 1);
        if (_ids[slot] != id || _count[slot] == 0 || _timeUs[At(slot, 0)] != newestUs) return false;

        // Times relative to the newest capture, in seconds: small numbers, no loss of precision.
        int n = 0;
        float sumT = 0f, sumV = 0f;
        for (int k = 0; k < _count[slot]; k++)
        {
            int at = At(slot, k);
            if (newestUs - _timeUs[at] > windowUs) break;
            sumT += (_timeUs[at] - newestUs) * 1e-6f;
            sumV += _value[at];
            n++;
        }

        if (n < Math.Max(minSamples, 2)) return false;
        float meanT = sumT / n, meanV = sumV / n;
        float stt = 0f, stv = 0f;
        for (int k = 0; k < n; k++)
        {
            int at = At(slot, k);
            float t = (_timeUs[at] - newestUs) * 1e-6f - meanT;
            stt += t * t;
            stv += t * (_value[at] - meanV);
        }

        if (!(stt > 0f)) return false;
        float slope = stv / stt;
        float sse = 0f;
        for (int k = 0; k < n; k++)
        {
            int at = At(slot, k);
            float res = _value[at] - meanV - slope * ((_timeUs[at] - newestUs) * 1e-6f - meanT);
            sse += res * res;
        }

        slopePerS = slope;
        meanAgeS = -meanT;
        valueAtNewest = meanV - slope * meanT;
        if (n > 2) slopeSigmaPerS = MathF.Sqrt(sse / (n - 2) / stt);
        return float.IsFinite(slopePerS) && float.IsFinite(valueAtNewest);
    }

    /// <summary>
    /// The mean of object <paramref name="id"/>'s samples captured within <paramref name="windowUs"/> of its newest, which must
    /// be of capture <paramref name="newestUs"/> (else the object was not in the latest list). False with fewer than
    /// <paramref name="minSamples"/> samples (at least 1) in the window.
    /// </summary>
    public bool TryMean(int id, long newestUs, long windowUs, int minSamples, out float mean)
    {
        mean = 0f;
        int slot = id & (_slots - 1);
        if (_ids[slot] != id || _count[slot] == 0 || _timeUs[At(slot, 0)] != newestUs) return false;

        int n = 0;
        float sum = 0f;
        for (int k = 0; k < _count[slot]; k++)
        {
            int at = At(slot, k);
            if (newestUs - _timeUs[at] > windowUs) break;
            sum += _value[at];
            n++;
        }

        if (n < Math.Max(minSamples, 1)) return false;
        mean = sum / n;
        return float.IsFinite(mean);
    }

    /// <summary>
    /// How many of object <paramref name="id"/>'s earlier kept samples its newest, which must be of capture
    /// <paramref name="newestUs"/>, lies below beyond a margin: sample k counts when
    /// v_newest &lt; v_k − <paramref name="maxFallPerS"/>·(t_newest − t_k) − <paramref name="margin"/> (the quantity fell
    /// faster than it can). <paramref name="earlier"/>: the earlier samples kept (0 when the newest is of another capture).
    /// </summary>
    public int FallenBelow(int id, long newestUs, float maxFallPerS, float margin, out int earlier)
    {
        earlier = 0;
        int slot = id & (_slots - 1);
        if (_ids[slot] != id || _count[slot] < 2 || _timeUs[At(slot, 0)] != newestUs) return 0;
        float newest = _value[At(slot, 0)];
        int below = 0;
        for (int k = 1; k < _count[slot]; k++)
        {
            int at = At(slot, k);
            float reach = _value[at] - maxFallPerS * (newestUs - _timeUs[at]) * 1e-6f;
            if (newest < reach - margin) below++;
        }

        earlier = _count[slot] - 1;
        return below;
    }

    /// <summary>Capture time of object <paramref name="id"/>'s newest kept sample; <see cref="long.MinValue"/> when none is kept.</summary>
    public long NewestCaptureUs(int id)
    {
        int slot = id & (_slots - 1);
        return _ids[slot] == id && _count[slot] > 0 ? _timeUs[At(slot, 0)] : long.MinValue;
    }

    /// <summary>Index of the k-th newest sample of a slot.</summary>
    private int At(int slot, int k) => slot * _history + (_head[slot] + _history - 1 - k) % _history;
}
