using AebController.Emulation.Randomness;
using AebController.Emulation.World;
using AebController.Firmware.Signals;

namespace AebController.Emulation.Sensors;

/// <summary>
/// Front camera: reports objects in its field of view and confirms their class only after they
/// have been seen continuously for the confirmation delay. Drivable things (plates, gantries)
/// are not reported as objects.
/// <para>Realistic world: detection range by class (shorter for pedestrians and cyclists, shorter
/// still in darkness), missed frames and glare blanking, a mono camera's range error growing with
/// distance, lateral noise, processing latency, and class confusion. The ideal world (all those
/// parameters at their defaults) draws no random numbers and is the original model.</para>
/// </summary>
public sealed class CameraModel
{
    /// <summary>Frames in flight between capture and publication (latency up to 4 frame periods).</summary>
    private const int Pipeline = 8;

    private readonly CameraParameters _p;

    /// <summary>Height of the camera (behind the windscreen) above the road, for lines of sight.</summary>
    public const float MountHeightM = 1.3f;

    private readonly long[] _firstSeenUs = new long[SimulationWorld.MaxActors];
    private readonly long[] _lastSeenUs = new long[SimulationWorld.MaxActors];
    private readonly ObjectClass[] _reportedClass = new ObjectClass[SimulationWorld.MaxActors];
    private readonly CameraObjectList[] _inFlight = new CameraObjectList[Pipeline];
    private readonly long[] _capturedUs = new long[Pipeline];
    private int _head;
    private int _tail;
    private CameraObjectList _published;
    private long _publishedUs = -1;
    private long _nextFrameUs;
    private Xoshiro128 _rng;
    private ulong _seed;

    // The lane: its own generator, so that reporting a lane leaves the objects' random sequence (and every result that
    // depends on it) as it was; its errors persist over frames (Gauss–Markov states, in units of σ).
    private readonly LaneObservation _lane;
    private Xoshiro128 _laneRng;
    private readonly float[] _lanePointErrors = new float[LaneObservation.Samples];
    private bool _laneErrorsStarted;

    /// <summary>Seed offset of the lane's generator from the camera's.</summary>
    private const ulong LaneSeedSalt = 0x1A4E_0005UL;

    public CameraModel(CameraParameters parameters, ulong seed = 1)
    {
        _p = parameters;
        _lane = new LaneObservation { HalfFovRad = parameters.HalfFovRad };
        _seed = seed;
        Reset(seed);
    }

    /// <summary>Light the camera works in; set per scenario.</summary>
    public Lighting Lighting { get; set; }

    public void Reset() => Reset(_seed);

    public void Reset(ulong seed)
    {
        _seed = seed;
        _rng = new Xoshiro128(seed);
        _laneRng = new Xoshiro128(seed ^ LaneSeedSalt);
        _lane.Reset();
        _laneErrorsStarted = false;
        Array.Clear(_lanePointErrors);
        Array.Fill(_firstSeenUs, -1);
        Array.Fill(_lastSeenUs, -1);
        Array.Clear(_reportedClass);
        _published = default;
        _publishedUs = -1;
        _nextFrameUs = 0;
        _head = _tail = 0;
    }

    public void Tick(SimulationWorld world)
    {
        long now = world.TimeUs;
        // Frames whose processing is done become the published list.
        while (_tail != _head && now >= _capturedUs[_tail] + _p.LatencyUs)
        {
            _published = _inFlight[_tail];
            _publishedUs = _capturedUs[_tail];
            _tail = (_tail + 1) % Pipeline;
        }

        if (now < _nextFrameUs) return;
        _nextFrameUs += _p.FramePeriodUs;
        ref CameraObjectList frame = ref _inFlight[_head];
        Capture(world, ref frame, now);
        _capturedUs[_head] = now;
        _head = (_head + 1) % Pipeline;
        if (_head == _tail) _tail = (_tail + 1) % Pipeline; // never more than the pipeline holds
        if (_p.LatencyUs == 0)
        {
            _published = frame;
            _publishedUs = now;
            _tail = _head;
        }
    }

    private void Capture(SimulationWorld world, ref CameraObjectList frame, long now)
    {
        float bumperX = 0.5f * world.Ego.Parameters.LengthM;
        bool blanked = Lighting == Lighting.Glare && _p.GlareLossProbability > 0f && _rng.NextFloat() < _p.GlareLossProbability;
        int count = 0;
        for (int i = 0; i < world.ActorCount; i++)
        {
            var actor = world.ActorAt(i);
            ref readonly RelativeBox box = ref world.RelativeAt(i);
            float x = box.CentreXM - bumperX - box.HalfLengthM; // near face of the turned footprint
            bool visible = !actor.IsDrivable && x > 0.5f && x < MaxRange(actor.Class)
                && MathF.Atan2(MathF.Abs(box.CentreYM), x) <= _p.HalfFovRad
                && (!world.Occlusion || world.VisibleFraction(bumperX, 0f, MountHeightM, i) > 0f);
            if (visible && (blanked || (_p.DetectionProbability < 1f && _rng.NextFloat() >= _p.DetectionProbability)))
            {
                // A missed frame: the tracker keeps the class for a few frames, then forgets it.
                if (now - _lastSeenUs[i] > 3 * _p.FramePeriodUs) _firstSeenUs[i] = -1;
                continue;
            }

            if (!visible)
            {
                _firstSeenUs[i] = -1;
                continue;
            }

            if (_firstSeenUs[i] < 0)
            {
                _firstSeenUs[i] = now;
                _reportedClass[i] = Confuse(actor.Class);
            }

            _lastSeenUs[i] = now;
            if (count >= CameraObjectBuffer.Capacity) continue;
            bool confirmed = now - _firstSeenUs[i] >= _p.ConfirmationDelayUs;
            ref CameraObject obj = ref frame.Objects[count++];
            obj.Id = i + 1;
            float rangeSigma = _p.RangeErrorPerM * x * x;
            obj.LongitudinalM = rangeSigma > 0f ? MathF.Max(0.5f, x + rangeSigma * _rng.NextGaussian()) : x;
            obj.LateralM = _p.LateralNoiseM > 0f ? box.CentreYM + _p.LateralNoiseM * _rng.NextGaussian() : box.CentreYM;
            obj.WidthM = ReportedWidth.Of(box.HalfWidthM);
            obj.RelVelLongMps = box.RelVelXMps;
            obj.Class = confirmed ? _reportedClass[i] : ObjectClass.Unknown;
            obj.Confidence = confirmed ? 0.9f : 0.3f;
        }

        frame.Count = count;
        ObserveLane(world, ref frame.Lane, blanked);
    }

    /// <summary>
    /// The ego's lane of this frame: view range by day, shortened in darkness, lost where the markings are absent, when
    /// glare blanks the frame or a frame misses it; fitted to marking points whose lateral errors (σ growing with range)
    /// persist over frames. Quality 3 when seen over at least 3/4 of the day's view range, 2 over at least 2/5 (an unlit
    /// road at night), else 1.
    /// </summary>
    private void ObserveLane(SimulationWorld world, ref CameraLane lane, bool blanked)
    {
        lane = default;
        if (_p.LaneViewRangeM <= 0f) return;
        float viewRangeM = _p.LaneViewRangeM * (Lighting == Lighting.Night ? _p.LaneNightViewRangeFactor : 1f);
        // The errors run on whether the lane is found or not: they belong to the scene, not to the detection.
        AdvanceLaneErrors();
        bool missed = _p.LaneDetectionProbability < 1f && _laneRng.NextFloat() >= _p.LaneDetectionProbability;
        if (blanked || missed || !_lane.TryObserve(world, viewRangeM, _lanePointErrors, _p.LanePointNoiseM, _p.LanePointNoisePerM, out CameraLane seen)) return;
        float share = seen.ViewRangeM / _p.LaneViewRangeM;
        seen.Quality = share >= 0.75f ? CameraLane.HighQuality : share >= 0.4f ? (byte)2 : (byte)1;
        lane = seen;
    }

    /// <summary>One frame of the marking points' Gauss–Markov errors (unit variance): e ← ρ·e + √(1 − ρ²)·n, ρ = exp(−T/τ).</summary>
    private void AdvanceLaneErrors()
    {
        if (_p.LanePointNoiseM <= 0f && _p.LanePointNoisePerM <= 0f) return;
        float rho = _p.LaneNoiseCorrelationUs > 0 && _laneErrorsStarted ? MathF.Exp(-(float)_p.FramePeriodUs / _p.LaneNoiseCorrelationUs) : 0f;
        float fresh = MathF.Sqrt(1f - rho * rho);
        for (int k = 0; k < _lanePointErrors.Length; k++) _lanePointErrors[k] = rho * _lanePointErrors[k] + fresh * _laneRng.NextGaussian();
        _laneErrorsStarted = true;
    }

    private float MaxRange(ObjectClass objectClass)
    {
        // A motorcycle is about as narrow as a cyclist: the camera finds it at the same (shorter) range.
        if (objectClass is not (ObjectClass.Pedestrian or ObjectClass.Child or ObjectClass.Cyclist or ObjectClass.Motorcycle)) return _p.MaxRangeM;
        float factor = Lighting switch
        {
            Lighting.Night => _p.NightRangeFactor,
            Lighting.NightLit => _p.NightLitRangeFactor,
            _ => 1f,
        };
        return _p.VruMaxRangeM * factor;
    }

    private ObjectClass Confuse(ObjectClass truth)
    {
        if (_p.ConfusionProbability <= 0f || _rng.NextFloat() >= _p.ConfusionProbability) return truth;
        return truth switch
        {
            ObjectClass.Pedestrian => ObjectClass.Cyclist,
            ObjectClass.Cyclist => ObjectClass.Pedestrian,
            ObjectClass.Child => ObjectClass.Pedestrian,
            _ => truth,
        };
    }

    public void Publish(ref CameraObjectList target, long nowUs)
    {
        target = _published;
        target.SensorOk = true;
        target.AgeUs = _publishedUs < 0 ? SignalAge.Never : nowUs - _publishedUs;
    }
}
