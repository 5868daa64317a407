using AebController.Firmware.Signals;

namespace AebController.Firmware.Perception;

/// <summary>
/// The camera's object list carries positions but no lateral velocity. This keeps, per camera object id, the
/// lateral positions of its last lists with their capture times, and gives the lateral speed as the least-squares
/// slope over a window: with position noise σ per frame, the slope's σ is σ/√Σ(t−t̄)² (0.1 m at 20 Hz over the
/// 7 frames of 0.3 s: 0.38 m/s), and a road user who sets off is followed in full one window after the set-off.
/// Why: the radar loses a road user who steps out between parked cars (its low mount sees the parked car) and its
/// α-β lateral velocity needs 0.25 s to follow a step, while the camera, higher, watches the set-off (CBNAO: the
/// radar's threat stood 0.5 s after the camera saw the cyclist move). Fixed arrays, no allocation after construction.
/// </summary>
public sealed class CameraLateralTracks
{
    private const int Slots = 32;

    /// <summary>Samples kept per object: 16 frames, 0.8 s at 20 Hz, 0.53 s at 30 Hz (longer than any window accepted).</summary>
    public const int History = 16;

    private readonly int[] _ids = new int[Slots];
    private readonly int[] _count = new int[Slots];
    private readonly int[] _head = new int[Slots];
    private readonly long[] _timeUs = new long[Slots * History];
    private readonly float[] _lateralM = new float[Slots * History];
    private long _lastCaptureUs;

    public CameraLateralTracks()
    {
        Reset();
    }

    public void Reset()
    {
        Array.Fill(_ids, int.MinValue);
        Array.Clear(_count);
        Array.Clear(_head);
        _lastCaptureUs = long.MinValue;
    }

    /// <summary>
    /// Called every control cycle with the camera list in hand: a list not seen before (its capture time, now less
    /// its age, is new) adds each valid object's lateral position to that object's history.
    /// </summary>
    public void Observe(ref CameraObjectList camera, long nowUs)
    {
        if (camera.AgeUs < 0 || camera.AgeUs >= SignalAge.Never) return;
        long captureUs = nowUs - camera.AgeUs;
        if (captureUs <= _lastCaptureUs) return;
        _lastCaptureUs = captureUs;
        int count = Math.Min(camera.Count, CameraObjectBuffer.Capacity);
        for (int i = 0; i < count; i++)
        {
            ref readonly CameraObject obj = ref camera.Objects[i];
            if (!TrackPlausibility.CameraObjectValid(obj)) continue;
            int slot = obj.Id & (Slots - 1);
            if (_ids[slot] != obj.Id)
            {
                _ids[slot] = obj.Id;
                _count[slot] = 0;
                _head[slot] = 0;
            }

            int at = slot * History + _head[slot];
            _timeUs[at] = captureUs;
            _lateralM[at] = obj.LateralM;
            _head[slot] = (_head[slot] + 1) % History;
            _count[slot] = Math.Min(_count[slot] + 1, History);
        }
    }

    /// <summary>
    /// The lateral speed of camera object <paramref name="id"/>: the least-squares slope of its positions captured
    /// within <paramref name="windowUs"/> of its newest one, and the fitted position at that newest capture. False
    /// when fewer than <paramref name="minSamples"/> positions lie in the window or its newest is not from the
    /// latest list (the object was not in it).
    /// </summary>
    public bool TryLateral(int id, long windowUs, int minSamples, out float lateralVelocityMps, out float lateralM)
    {
        lateralVelocityMps = 0f;
        lateralM = 0f;
        int slot = id & (Slots - 1);
        if (_ids[slot] != id || _count[slot] == 0) return false;
        int newest = slot * History + (_head[slot] + History - 1) % History;
        long newestUs = _timeUs[newest];
        if (newestUs != _lastCaptureUs) return false;

        // Times relative to the newest capture, in seconds: small numbers, no loss of precision.
        int n = 0;
        float sumT = 0f, sumY = 0f;
        for (int k = 0; k < _count[slot]; k++)
        {
            int at = slot * History + (_head[slot] + History - 1 - k) % History;
            long dt = newestUs - _timeUs[at];
            if (dt > windowUs) break;
            sumT += dt * -1e-6f;
            sumY += _lateralM[at];
            n++;
        }

        if (n < Math.Max(minSamples, 2)) return false;
        float meanT = sumT / n, meanY = sumY / n;
        float stt = 0f, sty = 0f;
        for (int k = 0; k < n; k++)
        {
            int at = slot * History + (_head[slot] + History - 1 - k) % History;
            float t = (newestUs - _timeUs[at]) * -1e-6f - meanT;
            stt += t * t;
            sty += t * (_lateralM[at] - meanY);
        }

        if (!(stt > 0f)) return false;
        lateralVelocityMps = sty / stt;
        lateralM = meanY - lateralVelocityMps * meanT;
        return float.IsFinite(lateralVelocityMps) && float.IsFinite(lateralM);
    }
}
