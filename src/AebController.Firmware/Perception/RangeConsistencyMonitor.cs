namespace AebController.Firmware.Perception;

/// <summary>
/// Range against range rate on the threat's radar track: over a window of radar lists, the range
/// must change by what the measured range rate integrates to. A range (or a whole list) that sticks
/// while the rate says the gap closes, or a range rate that drifts away from what the ranges do, is
/// inconsistent. Only new lists count (their measurement time moves); a new track restarts the window.
/// Allocation-free, constant work per cycle.
/// </summary>
public struct RangeConsistencyMonitor
{
    private int _trackId;
    private bool _anchored;
    private float _anchorRangeM;
    private long _anchorMeasuredUs;
    private long _lastMeasuredUs;
    private float _lastClosingMps;
    private float _integratedM;

    /// <summary>Range the anchor and the integrated rate predict for the last list (a stuck range is replaced by it).</summary>
    public readonly float PredictedRangeM => _anchorRangeM - _integratedM;

    public void Reset()
    {
        _anchored = false;
        _trackId = int.MinValue;
        _integratedM = 0f;
    }

    /// <summary>
    /// Feeds the threat's track as measured at <paramref name="measuredUs"/>; returns false when a window
    /// of at least <paramref name="windowS"/> closed with the range off the integrated rate by more than
    /// <paramref name="toleranceM"/>.
    /// </summary>
    public bool Update(int trackId, float rangeM, float closingMps, long measuredUs, float windowS, float toleranceM)
    {
        if (!float.IsFinite(rangeM) || !float.IsFinite(closingMps))
        {
            Reset();
            return true;
        }

        if (!_anchored || trackId != _trackId || measuredUs < _lastMeasuredUs)
        {
            Anchor(trackId, rangeM, closingMps, measuredUs);
            return true;
        }

        if (measuredUs == _lastMeasuredUs) return true;

        // Trapezoid over the two lists' rates: the gap closes by the integral of the closing speed.
        _integratedM += 0.5f * (_lastClosingMps + closingMps) * (measuredUs - _lastMeasuredUs) * 1e-6f;
        _lastMeasuredUs = measuredUs;
        _lastClosingMps = closingMps;
        if ((measuredUs - _anchorMeasuredUs) * 1e-6f < windowS) return true;

        bool consistent = ThreatMath.RangeAgreesWithRate(_anchorRangeM, rangeM, _integratedM, toleranceM);
        if (consistent) Anchor(trackId, rangeM, closingMps, measuredUs);
        return consistent;
    }

    private void Anchor(int trackId, float rangeM, float closingMps, long measuredUs)
    {
        _anchored = true;
        _trackId = trackId;
        _anchorRangeM = rangeM;
        _anchorMeasuredUs = measuredUs;
        _lastMeasuredUs = measuredUs;
        _lastClosingMps = closingMps;
        _integratedM = 0f;
    }
}
