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

    private readonly SampleHistory _positions = new(Slots, History);
    private long _lastCaptureUs = long.MinValue;

    public void Reset()
    {
        _positions.Reset();
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
            if (TrackPlausibility.CameraObjectValid(obj)) _positions.Add(obj.Id, captureUs, obj.LateralM);
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
        if (_positions.TryFit(id, _lastCaptureUs, windowUs, minSamples, out lateralVelocityMps, out lateralM, out _)) return true;
        lateralVelocityMps = 0f;
        lateralM = 0f;
        return false;
    }
}
