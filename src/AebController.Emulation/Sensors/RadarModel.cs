using AebController.Emulation.Randomness;
using AebController.Emulation.World;
using AebController.Firmware.Signals;

namespace AebController.Emulation.Sensors;

/// <summary>
/// Object-list radar: every update period it measures every actor in its field of view with
/// seeded noise, confirms tracks over successive updates, and publishes the list after its
/// latency. Fills <see cref="RadarTrack"/> in the sensor's frame (x away from the bumper, y left).
/// </summary>
public sealed class RadarModel
{
    /// <summary>Height of the radar above the road (bumper mounting), for lines of sight.</summary>
    public const float MountHeightM = 0.5f;

    private readonly RadarParameters _p;
    private readonly SensorMount _mount;
    private readonly int[] _updateCounts = new int[SimulationWorld.MaxActors];
    private RadarObjectList _pending;
    private RadarObjectList _published;
    private long _pendingMeasuredUs;
    private long _publishedMeasuredUs;
    private long _nextMeasureUs;
    private bool _hasPending;
    private Xoshiro128 _rng;

    public RadarModel(RadarParameters parameters, SensorMount mount, ulong seed)
    {
        _p = parameters;
        _mount = mount;
        _rng = new Xoshiro128(seed);
        Reset(seed);
    }

    public void Reset(ulong seed)
    {
        _rng = new Xoshiro128(seed);
        Array.Clear(_updateCounts);
        _pending = default;
        _published = default;
        _hasPending = false;
        _publishedMeasuredUs = -1;
        _nextMeasureUs = 0;
    }

    /// <summary>Called after every physics step.</summary>
    public void Tick(SimulationWorld world)
    {
        long now = world.TimeUs;
        if (_hasPending && now >= _pendingMeasuredUs + _p.LatencyUs)
        {
            _published = _pending;
            _publishedMeasuredUs = _pendingMeasuredUs;
            _hasPending = false;
        }

        if (now >= _nextMeasureUs)
        {
            Measure(world);
            _pendingMeasuredUs = now;
            _hasPending = true;
            _nextMeasureUs += _p.UpdatePeriodUs;
        }
    }

    /// <summary>Copies the newest published list and its age into <paramref name="target"/>.</summary>
    public void Publish(ref RadarObjectList target, long nowUs)
    {
        target = _published;
        target.SensorOk = true;
        target.AgeUs = _publishedMeasuredUs < 0 ? SignalAge.Never : nowUs - _publishedMeasuredUs;
    }

    private void Measure(SimulationWorld world)
    {
        var ego = world.Ego;
        var vp = ego.Parameters;
        float sign = _mount == SensorMount.Front ? 1f : -1f;
        // The bumper in the ego box frame (x from the box centre).
        float bumperX = 0.5f * vp.LengthM;
        float egoAccel = ego.AccelMps2 * sign;
        int count = 0;
        for (int i = 0; i < world.ActorCount && count < RadarTrackBuffer.Capacity; i++)
        {
            var actor = world.ActorAt(i);
            ref readonly RelativeBox box = ref world.RelativeAt(i);
            float x = sign * box.CentreXM - bumperX - 0.5f * actor.LengthM;
            float y = box.CentreYM;
            bool visible = x >= _p.MinRangeM && x <= _p.MaxRangeM && Detectable(actor.RcsDbsm, x);
            if (visible)
            {
                float azimuth = MathF.Atan2(MathF.Abs(y), x + 0.5f * actor.LengthM);
                float halfFov = x <= _p.NearRangeM ? _p.NearHalfFovRad : _p.FarHalfFovRad;
                visible = azimuth <= halfFov;
            }

            // Line of sight: a target wholly hidden behind another actor returns nothing.
            if (visible && world.Occlusion) visible = world.VisibleFraction(sign * bumperX, 0f, MountHeightM, i) > 0f;

            if (!visible)
            {
                _updateCounts[i] = 0;
                continue;
            }

            _updateCounts[i]++;
            ref RadarTrack track = ref _pending.Tracks[count++];
            track.Id = i + 1;
            track.LongitudinalM = x + _p.RangeNoiseM * _rng.NextGaussian();
            track.LateralM = y + _p.LateralNoiseM * _rng.NextGaussian();
            track.RelVelLongMps = sign * box.RelVelXMps + _p.RangeRateNoiseMps * _rng.NextGaussian();
            track.RelVelLatMps = box.RelVelYMps;
            track.RelAccelLongMps2 = sign * actor.AccelMps2 - egoAccel;
            track.WidthM = actor.WidthM;
            track.ElevationM = actor.ElevationM;
            track.RcsDbsm = actor.RcsDbsm;
            track.UpdateCount = _updateCounts[i];
            track.ClassHint = ObjectClass.Unknown;
        }

        _pending.Count = count;
    }

    private bool Detectable(float rcsDbsm, float rangeM)
    {
        // Received power falls with R⁴: 40·log10(R/100) dB relative to 100 m.
        float needed = _p.MinRcsAt100MDbsm + 40f * MathF.Log10(MathF.Max(rangeM, 1f) / 100f);
        return rcsDbsm >= needed;
    }
}
