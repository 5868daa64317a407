namespace AebController.Firmware.Perception;

/// <summary>
/// The threat track's ranges against its own range rate over the last second or two, as a least-squares slope: a
/// healthy track's range plus the closing its rate integrates to is a constant (<see cref="ClosingIntegral"/>), whatever
/// the ego and the target do, so the slope of that residual is the rate's error (m/s; the ranges closed faster than the
/// rate says where it falls). Where the ranges close faster than the rate by more than the rate's own accuracy plus
/// <c>rateExcessSigmas</c> standard errors of the fit, the threat is judged at the ranges' closing: a rate that reads the
/// target driving away cannot make a threat look milder than its own ranges show (aeb faults, ccrs-50: a +1 m/s rate
/// bias from 0.56 s read the standing car driving off at 1 m/s, the warning came 0.31 s late, and
/// <see cref="Monitoring.RangeRateAgreement"/>, which must prove a fault, found it only at 2.52 s, after the fault-free
/// warning at 2.24 s). Only ever more critical (a rate that reads more closing than the ranges is left as it is: the
/// monitors judge that one). The slope's standard error comes from the fit's own residuals, so a noisy or far track
/// needs a larger excess. Allocation-free after construction (fixed ring), bounded work per list.
/// </summary>
public sealed class RangeSlopeExcess
{
    /// <summary>Lists kept: 64, 3.2 s at 20 Hz (longer than any window the calibration accepts).</summary>
    public const int Capacity = 64;

    private readonly long[] _measuredUs = new long[Capacity];
    private readonly float[] _residualM = new float[Capacity];
    private int _count;
    private int _newest = -1;
    private int _trackId = int.MinValue;
    private ClosingIntegral _closing;
    private float _excessMps = float.NaN;
    private float _sigmaMps = float.NaN;

    /// <summary>How much faster the ranges closed than the rate says over the window (m/s); NaN before enough lists.</summary>
    public float ExcessMps => _excessMps;

    /// <summary>The standard error of <see cref="ExcessMps"/> from the fit's own residuals (m/s).</summary>
    public float SigmaMps => _sigmaMps;

    /// <summary>The track the lists belong to (int.MinValue: none).</summary>
    public int TrackId => _trackId;

    public void Reset()
    {
        _count = 0;
        _newest = -1;
        _trackId = int.MinValue;
        _excessMps = float.NaN;
        _sigmaMps = float.NaN;
    }

    /// <summary>
    /// Feeds the threat track's range and the closing its rate reports (positive closing), both as measured at
    /// <paramref name="measuredUs"/>, every cycle; a list seen already changes nothing, a new track or a gap longer than
    /// <paramref name="windowUs"/> starts again (every earlier list would lie outside it). A rate enters the integral moved at most <paramref name="maxRelativeAccelMps2"/>
    /// × Δt from the last (a one-list spike integrates to almost nothing, as in the range-rate monitors).
    /// </summary>
    public void Observe(int trackId, float rangeM, float closingMps, long measuredUs, long windowUs, int minLists,
        float maxRelativeAccelMps2)
    {
        if (trackId < 0 || !float.IsFinite(rangeM) || !float.IsFinite(closingMps))
        {
            Reset();
            return;
        }

        bool same = _count > 0 && trackId == _trackId;
        if (same && measuredUs == _measuredUs[_newest]) return;
        if (!same || measuredUs < _measuredUs[_newest] || measuredUs - _measuredUs[_newest] > windowUs)
        {
            Reset();
            _trackId = trackId;
            _closing.Restart(closingMps, measuredUs);
        }
        else
        {
            float dtS = (measuredUs - _closing.LastMeasuredUs) * 1e-6f;
            _closing.Advance(closingMps, measuredUs, maxRelativeAccelMps2 * dtS);
        }

        _newest = (_newest + 1) % Capacity;
        _measuredUs[_newest] = measuredUs;
        _residualM[_newest] = rangeM + _closing.ClosedM;
        _count = Math.Min(_count + 1, Capacity);
        Fit(windowUs, minLists);
    }

    /// <summary>
    /// The live threat judged at the ranges' closing where they close faster than its rate by more than
    /// <paramref name="allowanceMps"/> plus <paramref name="sigmas"/> standard errors; otherwise as it was. The target's
    /// speed lowered by the excess, its range brought to now at the faster closing, need and TTC re-judged, never less
    /// critical (<see cref="FrozenRate.Closer"/>).
    /// </summary>
    public ThreatAssessment Judge(in ThreatAssessment live, float sigmas, float allowanceMps, float listAgeS, float egoSpeedMps,
        float latencyS, float marginM)
    {
        if (!Exceeds(sigmas, allowanceMps) || !live.HasTarget || live.TrackId != _trackId) return live;
        return FrozenRate.Closer(live, -_excessMps, listAgeS, egoSpeedMps, latencyS, marginM);
    }

    /// <summary>Whether the ranges close faster than the rate beyond its accuracy and <paramref name="sigmas"/> standard errors.</summary>
    public bool Exceeds(float sigmas, float allowanceMps) =>
        float.IsFinite(_excessMps) && float.IsFinite(_sigmaMps) && sigmas > 0f
        && _excessMps > MathF.Max(allowanceMps, 0f) + sigmas * _sigmaMps;

    /// <summary>Least squares over the lists within <paramref name="windowUs"/> of the newest (times relative to it).</summary>
    private void Fit(long windowUs, int minLists)
    {
        _excessMps = float.NaN;
        _sigmaMps = float.NaN;
        long newestUs = _measuredUs[_newest];
        int n = 0;
        float sumT = 0f, sumR = 0f;
        for (int k = 0; k < _count; k++)
        {
            int i = (_newest - k + Capacity) % Capacity;
            long ageUs = newestUs - _measuredUs[i];
            if (ageUs > windowUs) break;
            n++;
            sumT += -ageUs * 1e-6f;
            sumR += _residualM[i] - _residualM[_newest];
        }

        if (n < Math.Max(minLists, 3)) return;
        float meanT = sumT / n, meanR = sumR / n;
        float stt = 0f, str = 0f;
        for (int k = 0; k < n; k++)
        {
            int i = (_newest - k + Capacity) % Capacity;
            float t = -(newestUs - _measuredUs[i]) * 1e-6f - meanT;
            stt += t * t;
            str += t * (_residualM[i] - _residualM[_newest] - meanR);
        }

        if (!(stt > 0f)) return;
        float slope = str / stt;
        float sse = 0f;
        for (int k = 0; k < n; k++)
        {
            int i = (_newest - k + Capacity) % Capacity;
            float t = -(newestUs - _measuredUs[i]) * 1e-6f - meanT;
            float res = _residualM[i] - _residualM[_newest] - meanR - slope * t;
            sse += res * res;
        }

        _excessMps = -slope;
        _sigmaMps = MathF.Sqrt(sse / (n - 2) / stt);
    }
}
