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

    private readonly int[] _ids = new int[Slots];
    private readonly int[] _count = new int[Slots];
    private readonly int[] _head = new int[Slots];
    private readonly long[] _timeUs = new long[Slots * History];
    private readonly float[] _velocityMps = new float[Slots * History];
    private long _listCaptureUs;

    public RadarLateralHistory()
    {
        Reset();
    }

    public void Reset()
    {
        Array.Fill(_ids, int.MinValue);
        Array.Clear(_count);
        Array.Clear(_head);
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
        int slot = id & (Slots - 1);
        if (_ids[slot] != id)
        {
            _ids[slot] = id;
            _count[slot] = 0;
            _head[slot] = 0;
        }
        else if (_count[slot] > 0 && _timeUs[slot * History + (_head[slot] + History - 1) % History] >= _listCaptureUs)
        {
            return; // this list is kept already (the assessor runs every cycle, a list lasts several)
        }

        int at = slot * History + _head[slot];
        _timeUs[at] = _listCaptureUs;
        _velocityMps[at] = lateralVelocityMps;
        _head[slot] = (_head[slot] + 1) % History;
        _count[slot] = Math.Min(_count[slot] + 1, History);
    }

    /// <summary>
    /// Track <paramref name="id"/>'s lateral acceleration: the least-squares slope of its kept velocities captured within
    /// <paramref name="windowUs"/> of the newest, which must be of the list in hand, and the slope's standard error
    /// √(Σres²/(n − 2) / Σ(t − t̄)²). False with fewer than <paramref name="minSamples"/> (at least 3) in the window.
    /// </summary>
    public bool TryLateralAccel(int id, long windowUs, int minSamples, out float accelMps2, out float sigmaMps2)
    {
        accelMps2 = 0f;
        sigmaMps2 = float.PositiveInfinity;
        int slot = id & (Slots - 1);
        if (_ids[slot] != id || _count[slot] == 0) return false;
        int newest = slot * History + (_head[slot] + History - 1) % History;
        long newestUs = _timeUs[newest];
        if (newestUs != _listCaptureUs) return false;

        int n = 0;
        float sumT = 0f, sumV = 0f;
        for (int k = 0; k < _count[slot]; k++)
        {
            int at = slot * History + (_head[slot] + History - 1 - k) % History;
            long dt = newestUs - _timeUs[at];
            if (dt > windowUs) break;
            sumT += dt * -1e-6f;
            sumV += _velocityMps[at];
            n++;
        }

        if (n < Math.Max(minSamples, 3)) return false;
        float meanT = sumT / n, meanV = sumV / n;
        float stt = 0f, stv = 0f;
        for (int k = 0; k < n; k++)
        {
            int at = slot * History + (_head[slot] + History - 1 - k) % History;
            float t = (newestUs - _timeUs[at]) * -1e-6f - meanT;
            stt += t * t;
            stv += t * (_velocityMps[at] - meanV);
        }

        if (!(stt > 0f)) return false;
        float slope = stv / stt;
        float sse = 0f;
        for (int k = 0; k < n; k++)
        {
            int at = slot * History + (_head[slot] + History - 1 - k) % History;
            float t = (newestUs - _timeUs[at]) * -1e-6f - meanT;
            float res = _velocityMps[at] - meanV - slope * t;
            sse += res * res;
        }

        accelMps2 = slope;
        sigmaMps2 = MathF.Sqrt(sse / (n - 2) / stt);
        return float.IsFinite(accelMps2) && float.IsFinite(sigmaMps2);
    }
}
