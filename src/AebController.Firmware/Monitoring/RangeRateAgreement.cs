namespace AebController.Firmware.Monitoring;

/// <summary>
/// Range against range rate on the threat's radar track, fast enough for a bias: the range plus
/// the closing integrated since an anchor is a constant (the range the anchor had) for a healthy
/// track, whatever the ego and the target do. A range-rate bias or a drifting range makes it walk
/// away at the size of the error (1 m/s: 1 m per second). The anchor is the mean of this residual
/// over the first lists (range noise averaged), the recent value the median of the last three; they
/// must agree within a tolerance that grows by an allowance per second for the rate's own accuracy,
/// for a few lists in a row (a burst of two wild lists is no fault), and a rate spike integrates
/// only as far as two cars can change their closing speed.
/// Unlike the 0.5 s window check (<see cref="Perception.RangeConsistencyMonitor"/>, which re-anchors
/// each window and so never sees 0.5 m per window), the anchor is kept for up to a few seconds, so
/// the error accumulates. Only new lists count; a new track restarts. Allocation-free, constant work.
/// </summary>
public struct RangeRateAgreement
{
    private int _trackId;
    private bool _started;
    private int _anchorLists;
    private float _anchorSumM;
    private float _anchorM;
    private long _anchorUs;
    private Perception.ClosingIntegral _closing;
    private float _residual1M;
    private float _residual2M;
    private int _disagreeLists;
    private float _medianM;

    /// <summary>The range the anchor and the integrated rate predict for the last list.</summary>
    public readonly float PredictedRangeM => _anchorLists > 0 ? _anchorM - _closing.ClosedM : float.NaN;

    /// <summary>
    /// How much faster the ranges closed than the integrated rate said since the anchor, on average over that time (m/s;
    /// positive: the gap closed faster than the rate says, a rate that reads the target driving away); NaN before the
    /// anchor is complete or with no time since it. Judged on the median of the last three lists, as the check is.
    /// </summary>
    public readonly float ClosingExcessMps
    {
        get
        {
            if (!_started || _anchorLists <= 0 || !float.IsFinite(_medianM)) return float.NaN;
            float sinceS = (_closing.LastMeasuredUs - _anchorUs) * 1e-6f;
            return sinceS > 0f ? (_anchorM - _medianM) / sinceS : float.NaN;
        }
    }

    /// <summary>The anchor has its <paramref name="anchorLists"/> lists: the residual is judged from the next list on.</summary>
    public readonly bool Anchored(int anchorLists) => _started && _anchorLists >= Math.Clamp(anchorLists, 1, 64);

    public void Reset()
    {
        _started = false;
        _trackId = int.MinValue;
        _anchorLists = 0;
        _closing.ClosedM = 0f;
        _disagreeLists = 0;
        _medianM = float.NaN;
    }

    /// <summary>
    /// Feeds the threat's track as measured at <paramref name="measuredUs"/>; returns false when the
    /// range and the integrated rate disagree beyond the tolerance.
    /// </summary>
    /// <param name="anchorLists">Lists averaged into the anchor.</param>
    /// <param name="toleranceM">Disagreement allowed right after the anchor (range noise of the two means).</param>
    /// <param name="allowanceMps">Further disagreement allowed per second since the anchor (the rate's accuracy).</param>
    /// <param name="maxAnchorS">A consistent anchor is renewed after this long (bounds slow model errors).</param>
    /// <param name="maxRelativeAccelMps2">The closing speed changes at most this fast between lists: a rate spike integrates only this much.</param>
    /// <param name="persistLists">Lists in a row the disagreement must last: a glitch of fewer lists is never a fault.</param>
    /// <param name="maxGapUs">
    /// A list measured longer than this after the last one fed restarts the anchor: the rate cannot be integrated across
    /// lists it was not given (a track that stopped being the threat for seconds and became it again would otherwise
    /// integrate its new closing speed over the whole gap and read a healthy radar as inconsistent).
    /// </param>
    public bool Update(int trackId, float rangeM, float closingMps, long measuredUs,
        int anchorLists, float toleranceM, float allowanceMps, float maxAnchorS, float maxRelativeAccelMps2, int persistLists,
        long maxGapUs = long.MaxValue)
    {
        if (!float.IsFinite(rangeM) || !float.IsFinite(closingMps))
        {
            Reset();
            return true;
        }

        if (!_started || trackId != _trackId || !_closing.Continues(measuredUs, maxGapUs))
        {
            Start(trackId, closingMps, measuredUs);
        }
        else if (measuredUs == _closing.LastMeasuredUs)
        {
            return true;
        }
        else
        {
            // A rate that jumps further than the two cars can change it is taken only as far as they can.
            float dtS = (measuredUs - _closing.LastMeasuredUs) * 1e-6f;
            _closing.Advance(closingMps, measuredUs, maxRelativeAccelMps2 * dtS);
        }

        float residualM = rangeM + _closing.ClosedM;
        int needed = Math.Clamp(anchorLists, 1, 64);
        if (_anchorLists < needed)
        {
            _anchorSumM += residualM;
            _anchorLists++;
            _anchorM = _anchorSumM / _anchorLists;
            _residual1M = _anchorM;
            _residual2M = _anchorM;
            return true;
        }

        // The median of the last three lists: one wild list is ignored, a ramp is followed one list late.
        float median = Median3(residualM, _residual1M, _residual2M);
        _medianM = median;
        _residual2M = _residual1M;
        _residual1M = residualM;
        float sinceAnchorS = (measuredUs - _anchorUs) * 1e-6f;
        bool agrees = Agrees(median - _anchorM, sinceAnchorS, toleranceM, allowanceMps);
        _disagreeLists = agrees ? 0 : Math.Min(_disagreeLists + 1, 1_000);
        if (agrees && sinceAnchorS >= maxAnchorS) Start(trackId, _closing.LastClosingMps, measuredUs);
        return _disagreeLists < Math.Max(persistLists, 1);
    }

    /// <summary>The middle one of three values.</summary>
    public static float Median3(float a, float b, float c) => MathF.Max(MathF.Min(a, b), MathF.Min(MathF.Max(a, b), c));

    /// <summary>
    /// The residual walked <paramref name="walkedM"/> in <paramref name="sinceAnchorS"/>: healthy while within
    /// the tolerance plus the allowance for that time. Non-finite values never agree.
    /// </summary>
    public static bool Agrees(float walkedM, float sinceAnchorS, float toleranceM, float allowanceMps) =>
        float.IsFinite(walkedM) && float.IsFinite(sinceAnchorS)
        && MathF.Abs(walkedM) <= toleranceM + allowanceMps * MathF.Max(sinceAnchorS, 0f);

    private void Start(int trackId, float closingMps, long measuredUs)
    {
        _started = true;
        _trackId = trackId;
        _anchorLists = 0;
        _anchorSumM = 0f;
        _anchorUs = measuredUs;
        _medianM = float.NaN;
        _closing.Restart(closingMps, measuredUs);
    }
}
