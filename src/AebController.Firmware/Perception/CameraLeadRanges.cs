using AebController.Firmware.Signals;

namespace AebController.Firmware.Perception;

/// <summary>
/// Per camera object id, the ranges of its last lists with their capture times and the ego's travel (odometer) at each
/// capture, and the fit of the object's position over ground (<see cref="CameraLeadFit"/>). Why: a mono camera measures
/// range (its error grows with range, σ = e·Z²), not speed; the speed and deceleration of a lead come from how that range
/// changes, as a single-camera ACC or FCW computes range rate and time to contact from the image's scale change over frames
/// (Stein, Mano, Shashua 2003; Dagan et al. 2004: docs/faults.md, session 16). Fitting the position over ground rather than
/// the range keeps the ego's own braking out of the lead's estimate. Fixed arrays, no allocation after construction.
/// </summary>
public sealed class CameraLeadRanges
{
    private const int Slots = 32;

    /// <summary>Samples kept per object: 40 frames, 2 s at 20 Hz, 1.2 s at 33 Hz (longer than any window accepted).</summary>
    public const int History = 40;

    private readonly int[] _ids = new int[Slots];
    private readonly int[] _count = new int[Slots];
    private readonly int[] _head = new int[Slots];
    private readonly long[] _timeUs = new long[Slots * History];
    private readonly float[] _rangeM = new float[Slots * History];
    private readonly double[] _travelM = new double[Slots * History];
    private double _odometerM;
    private long _lastCaptureUs;

    public CameraLeadRanges()
    {
        Reset();
    }

    public void Reset()
    {
        Array.Fill(_ids, int.MinValue);
        Array.Clear(_count);
        Array.Clear(_head);
        _odometerM = 0d;
        _lastCaptureUs = long.MinValue;
    }

    /// <summary>
    /// Called every control cycle: the ego's travel grows by its speed over the cycle, and a camera list not seen before
    /// (its capture time, now less its age, is new) adds each valid object's range with the travel at its capture (the
    /// travel now less what the car covered over the list's age at its speed and acceleration).
    /// </summary>
    public void Observe(ref CameraObjectList camera, long nowUs, float egoSpeedMps, float egoAccelMps2, float cycleS)
    {
        float speedMps = float.IsFinite(egoSpeedMps) ? MathF.Max(egoSpeedMps, 0f) : 0f;
        _odometerM += speedMps * cycleS;
        if (camera.AgeUs < 0 || camera.AgeUs >= SignalAge.Never) return;
        long captureUs = nowUs - camera.AgeUs;
        if (captureUs <= _lastCaptureUs) return;
        _lastCaptureUs = captureUs;
        float ageS = ThreatMath.ListAgeS(camera.AgeUs);
        float accelMps2 = float.IsFinite(egoAccelMps2) ? egoAccelMps2 : 0f;
        double travelAtCaptureM = _odometerM - (speedMps * ageS - 0.5f * accelMps2 * ageS * ageS);
        int count = Math.Min(camera.Count, CameraObjectBuffer.Capacity);
        for (int i = 0; i < count; i++)
        {
            ref readonly CameraObject obj = ref camera.Objects[i];
            if (TrackPlausibility.CameraObjectValid(obj)) Add(obj.Id, captureUs, obj.LongitudinalM, travelAtCaptureM);
        }
    }

    private void Add(int id, long captureUs, float rangeM, double travelM)
    {
        int slot = id & (Slots - 1);
        if (_ids[slot] != id)
        {
            _ids[slot] = id;
            _count[slot] = 0;
            _head[slot] = 0;
        }

        int at = slot * History + _head[slot];
        _timeUs[at] = captureUs;
        _rangeM[at] = rangeM;
        _travelM[at] = travelM;
        _head[slot] = (_head[slot] + 1) % History;
        _count[slot] = Math.Min(_count[slot] + 1, History);
    }

    /// <summary>
    /// The fit of object <paramref name="id"/>'s positions captured within <paramref name="windowUs"/> of its newest, which
    /// must be of the latest list (else the object was not in it). False with fewer than <paramref name="minSamples"/> (at
    /// least 4) in the window, or a degenerate spread in time.
    /// </summary>
    public bool TryFit(int id, long windowUs, int minSamples, float rangeErrorPerM, out CameraLeadFit fit)
    {
        fit = default;
        int slot = id & (Slots - 1);
        if (_ids[slot] != id || _count[slot] == 0 || _timeUs[At(slot, 0)] != _lastCaptureUs) return false;
        int n = 0;
        while (n < _count[slot] && _lastCaptureUs - _timeUs[At(slot, n)] <= windowUs) n++;
        if (n < Math.Max(minSamples, 4)) return false;
        return Fit(slot, n, rangeErrorPerM, out fit);
    }

    /// <summary>
    /// The line and the parabola through the newest <paramref name="n"/> samples of a slot: times τ in seconds before the
    /// newest capture (≤ 0), positions y = range + travel since the newest capture (so y at τ = 0 is a range).
    /// </summary>
    private bool Fit(int slot, int n, float rangeErrorPerM, out CameraLeadFit fit)
    {
        fit = default;
        int newest = At(slot, 0);
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, y0 = 0, y1 = 0, y2 = 0;
        for (int k = 0; k < n; k++)
        {
            int at = At(slot, k);
            double t = (_timeUs[at] - _timeUs[newest]) * 1e-6;
            double y = _rangeM[at] + (_travelM[at] - _travelM[newest]);
            double t2 = t * t;
            s0 += 1; s1 += t; s2 += t2; s3 += t2 * t; s4 += t2 * t2;
            y0 += y; y1 += y * t; y2 += y * t2;
        }

        double meanT = s1 / s0, meanY = y0 / s0;
        double stt = s2 - s1 * meanT;
        if (!(stt > 1e-9)) return false;
        double slope = (y1 - s1 * meanY) / stt;
        double rangeAtNewest = meanY - slope * meanT;
        // The line through τ² at τ = 0: what a parabola's curvature puts into the line's newest value.
        double lineOfSquaresAtNewest = s2 / s0 - (s3 - s1 * s2 / s0) / stt * meanT;
        if (!Inverse3(s0, s1, s2, s3, s4, out double c00, out double c01, out double c02, out double c11, out double c12, out double c22)) return false;
        double curvature = c02 * y0 + c12 * y1 + c22 * y2;
        double intercept = c00 * y0 + c01 * y1 + c02 * y2;
        double linear = c01 * y0 + c11 * y1 + c12 * y2;

        // Each estimate's variance from the samples' own σ (the range error model), and the parabola's residuals in σ.
        double varRange = 0, varSpeed = 0, varCurvature = 0, chi2 = 0;
        for (int k = 0; k < n; k++)
        {
            int at = At(slot, k);
            double t = (_timeUs[at] - _timeUs[newest]) * 1e-6;
            double y = _rangeM[at] + (_travelM[at] - _travelM[newest]);
            double sigma = rangeErrorPerM * (double)_rangeM[at] * _rangeM[at];
            double var = sigma * sigma;
            double wSpeed = (t - meanT) / stt;
            double wRange = 1.0 / n - meanT * wSpeed;
            double wCurvature = c02 + c12 * t + c22 * t * t;
            varRange += wRange * wRange * var;
            varSpeed += wSpeed * wSpeed * var;
            varCurvature += wCurvature * wCurvature * var;
            double residual = y - (intercept + linear * t + curvature * t * t);
            chi2 += var > 0 ? residual * residual / var : 0;
        }

        fit = new CameraLeadFit(n, (float)rangeAtNewest, (float)Math.Sqrt(varRange), (float)slope, (float)Math.Sqrt(varSpeed),
            (float)-meanT, (float)(0.5 * lineOfSquaresAtNewest), (float)(2 * curvature), (float)(2 * Math.Sqrt(varCurvature)),
            (float)Math.Sqrt(chi2 / (n - 3)));
        return float.IsFinite(fit.RangeM) && float.IsFinite(fit.SpeedMps) && float.IsFinite(fit.AccelMps2) && float.IsFinite(fit.ResidualRatio);
    }

    /// <summary>The symmetric inverse of the parabola's normal matrix [[s0 s1 s2] [s1 s2 s3] [s2 s3 s4]] (false when singular).</summary>
    private static bool Inverse3(double s0, double s1, double s2, double s3, double s4,
        out double c00, out double c01, out double c02, out double c11, out double c12, out double c22)
    {
        double a00 = s2 * s4 - s3 * s3, a01 = s2 * s3 - s1 * s4, a02 = s1 * s3 - s2 * s2;
        double a11 = s0 * s4 - s2 * s2, a12 = s1 * s2 - s0 * s3, a22 = s0 * s2 - s1 * s1;
        double det = s0 * a00 + s1 * a01 + s2 * a02;
        c00 = c01 = c02 = c11 = c12 = c22 = 0;
        if (!(Math.Abs(det) > 1e-12)) return false;
        c00 = a00 / det; c01 = a01 / det; c02 = a02 / det; c11 = a11 / det; c12 = a12 / det; c22 = a22 / det;
        return true;
    }

    /// <summary>Index of the k-th newest sample of a slot.</summary>
    private int At(int slot, int k) => slot * History + (_head[slot] + History - 1 - k) % History;
}
