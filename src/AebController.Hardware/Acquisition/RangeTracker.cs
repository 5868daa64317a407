using AebController.Firmware.Signals;

namespace AebController.Hardware.Acquisition;

/// <summary>
/// Turns successive ranges of a distance sensor into the one-track object list the firmware reads:
/// range rate from the change between measurements, smoothed, and a confirmation count that grows
/// with every new measurement and resets when the sensor loses the target. Ranges pass a median of the
/// last three first: the HC-SR04 ranger times its echo by busy-waiting, so a preempted thread
/// mis-times single pings, and one bad ping must not make a range-rate spike.
/// </summary>
public sealed class RangeTracker
{
    private const float RateSmoothing = 0.5f;
    private const float MaxPlausibleRateMps = 60f;
    private long _lastSequence = -1;
    private long _lastTimestampUs;
    private float _lastRangeM;
    private float _rateMps;
    private int _updates;
    private float _r1 = float.NaN;
    private float _r2 = float.NaN;

    public float NominalWidthM { get; init; } = 1.8f;
    public float NominalElevationM { get; init; } = 0.5f;

    /// <param name="sample">The newest sample; <see cref="RangeSample.Sequence"/> 0 means none has arrived yet.</param>
    public void Update(in RangeSample sample, ref RadarObjectList list, long nowUs)
    {
        if (sample.Sequence > 0 && sample.Sequence != _lastSequence)
        {
            float raw = (float)sample.DistanceM;
            float filtered = sample.Valid ? Median(raw, _r1, _r2) : raw;
            if (sample.Valid)
            {
                _r2 = _r1;
                _r1 = raw;
            }
            else
            {
                _r1 = _r2 = float.NaN;
            }

            if (sample.Valid && _updates > 0)
            {
                float dt = (sample.TimestampUs - _lastTimestampUs) * 1e-6f;
                if (dt > 1e-4f)
                {
                    float rate = Math.Clamp((filtered - _lastRangeM) / dt, -MaxPlausibleRateMps, MaxPlausibleRateMps);
                    _rateMps += RateSmoothing * (rate - _rateMps);
                }
            }

            _updates = sample.Valid ? _updates + 1 : 0;
            if (!sample.Valid) _rateMps = 0f;
            _lastSequence = sample.Sequence;
            _lastTimestampUs = sample.TimestampUs;
            _lastRangeM = filtered;
        }

        list.SensorOk = true;
        list.AgeUs = _lastSequence < 0 ? SignalAge.Never : Math.Max(0, nowUs - _lastTimestampUs);
        list.Count = _updates > 0 ? 1 : 0;
        ref RadarTrack track = ref list.Tracks[0];
        track.Id = 1;
        track.LongitudinalM = _lastRangeM;
        track.LateralM = 0f;
        track.RelVelLongMps = _rateMps;
        track.RelVelLatMps = 0f;
        track.RelAccelLongMps2 = 0f;
        track.WidthM = NominalWidthM;
        track.ElevationM = NominalElevationM;
        track.RcsDbsm = 10f;
        track.UpdateCount = _updates;
        track.ClassHint = ObjectClass.Unknown;
    }

    /// <summary>Median of three; with fewer valid values (NaN) the newest stands.</summary>
    private static float Median(float a, float b, float c)
    {
        if (float.IsNaN(b) || float.IsNaN(c)) return a;
        return MathF.Max(MathF.Min(a, b), MathF.Min(MathF.Max(a, b), c));
    }
}
