namespace AebController.Firmware.Perception;

/// <summary>
/// Range against range rate on the threat's radar track. Within a window of radar lists, each list's range
/// plus the closing speed integrated since the window opened must stay the same (it is the range at the
/// window's start). The window compares the mean of its first half with the mean of its second half, so one
/// noisy list moves the comparison by a fifth of its error, not all of it; a range (or a whole list) that
/// sticks while the rate says the gap closes, or a rate that drifts away from what the ranges do, moves the
/// second half away by half the window's drift. Inconsistency is confirmed by consecutive windows, each on its
/// own lists: realistic range noise (σ 0.1 m + 0.5 % of range, more at low SNR) must never fault the radar
/// for the rest of the drive, because a faulted radar leaves the car without AEB.
/// Only new lists count (their measurement time moves); a new track restarts the window.
/// Allocation-free, constant work per cycle.
/// </summary>
public struct RangeConsistencyMonitor
{
    private int _trackId;
    private bool _anchored;
    private long _startUs;
    private ClosingIntegral _closing;
    private float _firstSumM, _secondSumM;
    private int _firstCount, _secondCount;
    private int _failedWindows;
    private float _startRangeM;

    /// <summary>
    /// Range the last consistent window and the rate integrated since predict for the last list (a stuck range
    /// is replaced by it): a window that fails carries the prediction on instead of taking its own ranges.
    /// </summary>
    public readonly float PredictedRangeM => _startRangeM - _closing.ClosedM;

    public void Reset()
    {
        _anchored = false;
        _trackId = int.MinValue;
        _failedWindows = 0;
    }

    /// <summary>
    /// Feeds the threat's track as measured at <paramref name="measuredUs"/>; returns false once
    /// <paramref name="confirmWindows"/> consecutive windows of at least <paramref name="windowS"/> closed with the
    /// halves' mean ranges apart by more than <paramref name="toleranceM"/> + <paramref name="tolerancePerM"/> × range.
    /// </summary>
    /// <remarks>A list measured more than <paramref name="maxGapUs"/> after the last one fed opens a new window: the rate
    /// is not integrated across lists it was not given.</remarks>
    public bool Update(int trackId, float rangeM, float closingMps, long measuredUs, float windowS, float toleranceM,
        float tolerancePerM, int confirmWindows, long maxGapUs = long.MaxValue)
    {
        if (!float.IsFinite(rangeM) || !float.IsFinite(closingMps))
        {
            Reset();
            return true;
        }

        if (!_anchored || trackId != _trackId || !_closing.Continues(measuredUs, maxGapUs))
        {
            _failedWindows = 0;
            Open(trackId, rangeM, closingMps, measuredUs, rangeM);
            return true;
        }

        if (measuredUs == _closing.LastMeasuredUs) return _failedWindows < confirmWindows;

        _closing.Advance(closingMps, measuredUs);
        float sinceStartS = (measuredUs - _startUs) * 1e-6f;
        Add(rangeM + _closing.ClosedM, sinceStartS < 0.5f * windowS);
        if (sinceStartS < windowS) return _failedWindows < confirmWindows;

        float nextStartRangeM = CloseWindow(toleranceM + tolerancePerM * rangeM, confirmWindows);
        Open(trackId, rangeM, closingMps, measuredUs, nextStartRangeM);
        return _failedWindows < confirmWindows;
    }

    /// <summary>Judges the window; returns the range at the next window's start (measured if consistent, carried on if not).</summary>
    private float CloseWindow(float toleranceM, int confirmWindows)
    {
        float carriedM = _startRangeM - _closing.ClosedM;
        // Too few lists in a half (a radar that delivered late) judges nothing: the window neither fails nor clears.
        if (_firstCount < 2 || _secondCount < 2) return carriedM;
        float driftM = _secondSumM / _secondCount - _firstSumM / _firstCount;
        if (ThreatMath.RangeAgreesWithRate(0f, 0f, driftM, toleranceM))
        {
            _failedWindows = 0;
            return _secondSumM / _secondCount - _closing.ClosedM;
        }

        _failedWindows = Math.Min(_failedWindows + 1, confirmWindows);
        return carriedM;
    }

    private void Add(float rangeAtStartM, bool firstHalf)
    {
        if (firstHalf)
        {
            _firstSumM += rangeAtStartM;
            _firstCount = Math.Min(_firstCount + 1, 1_000_000);
        }
        else
        {
            _secondSumM += rangeAtStartM;
            _secondCount = Math.Min(_secondCount + 1, 1_000_000);
        }
    }

    private void Open(int trackId, float rangeM, float closingMps, long measuredUs, float startRangeM)
    {
        _anchored = true;
        _trackId = trackId;
        _startUs = measuredUs;
        _closing.Restart(closingMps, measuredUs);
        _firstSumM = rangeM;
        _firstCount = 1;
        _secondSumM = 0f;
        _secondCount = 0;
        _startRangeM = startRangeM;
    }
}
