using System.Numerics;
using AebController.Emulation.Randomness;
using AebController.Emulation.World;
using AebController.Firmware.Signals;

namespace AebController.Emulation.Sensors;

/// <summary>
/// Object-list radar. Every update period it measures the actors in its field of view and publishes
/// the list after its latency. Fills <see cref="RadarTrack"/> in the sensor's frame (x away from the
/// bumper, y left).
/// <para>Ideal world (<see cref="RadarParameters.Log10FalseAlarmProbability"/> = 0): fixed RCS
/// threshold, constant small noise, perfect association, exact lateral velocity, acceleration and
/// elevation (the original model, kept exactly for regression).</para>
/// <para>Realistic world: detection probability from SNR (radar equation) with Swerling-1
/// fluctuation; range and azimuth noise growing as SNR falls (so lateral error grows with range);
/// M-of-N confirmation, coasting and deletion; new track ids on re-initiation and occasional id
/// swaps; lateral velocity and acceleration as α-β filter estimates; elevation as a noisy track mean;
/// guard-rail and manhole-cover clutter and multipath ghosts. All seeded, nothing allocated per update.</para>
/// </summary>
public sealed class RadarModel
{
    /// <summary>Height of the radar above the road (bumper mounting), for lines of sight.</summary>
    public const float MountHeightM = 0.5f;

    /// <summary>Clutter points tracked at once (guard-rail posts both sides and covers in lane within range).</summary>
    private const int ClutterSlots = 24;

    private const float GateRangeM = 2.5f;

    /// <summary>Updates after which the α-β acceleration estimate is reported (≈ 1/β for β = 0.167).</summary>
    private const int ConvergedUpdates = 6;
    private const float GateLateralM = 1.5f;

    private readonly RadarParameters _p;
    private readonly SensorMount _mount;
    private readonly CornerRadarMount? _corner;
    private readonly bool _left;
    private readonly bool _realistic;
    private readonly int[] _updateCounts = new int[SimulationWorld.MaxActors];
    private readonly RadarTrackState[] _tracks = new RadarTrackState[SimulationWorld.MaxActors];
    private readonly RadarTrackState[] _ghosts = new RadarTrackState[SimulationWorld.MaxActors];
    private readonly RadarTrackState[] _clutter = new RadarTrackState[ClutterSlots];
    /// <summary>Lists measured but not yet delivered (latency longer than the cycle keeps several in flight).</summary>
    private const int Pipeline = 8;
    private readonly RadarObjectList[] _inFlight = new RadarObjectList[Pipeline];
    private readonly long[] _measuredUs = new long[Pipeline];
    private readonly long[] _dueUs = new long[Pipeline];
    private int _head;
    private int _tail;
    private RadarObjectList _published;
    private long _publishedMeasuredUs;
    private long _nextMeasureUs;
    private int _nextId;
    private ulong _seed;
    private Xoshiro128 _rng;

    public RadarModel(RadarParameters parameters, SensorMount mount, ulong seed)
    {
        if (mount == SensorMount.FrontCorner) throw new ArgumentException("a corner radar needs its mounting: use the corner constructor", nameof(mount));
        _p = parameters;
        _mount = mount;
        _realistic = parameters.Log10FalseAlarmProbability < 0f;
        _rng = new Xoshiro128(seed);
        Reset(seed);
    }

    /// <summary>A front corner radar (<paramref name="left"/> or right) at <paramref name="mounting"/>.</summary>
    public RadarModel(RadarParameters parameters, CornerRadarMount mounting, bool left, ulong seed)
    {
        _p = parameters;
        _mount = SensorMount.FrontCorner;
        _corner = mounting;
        _left = left;
        _realistic = parameters.Log10FalseAlarmProbability < 0f;
        _rng = new Xoshiro128(seed);
        Reset(seed);
    }

    public void Reset(ulong seed)
    {
        _seed = seed;
        _rng = new Xoshiro128(seed);
        Array.Clear(_updateCounts);
        Array.Clear(_tracks);
        Array.Clear(_ghosts);
        Array.Clear(_clutter);
        Array.Clear(_inFlight);
        _head = _tail = 0;
        _published = default;
        _publishedMeasuredUs = -1;
        _nextMeasureUs = 0;
        _nextId = 1;
    }

    /// <summary>Called after every physics step.</summary>
    public void Tick(SimulationWorld world)
    {
        long now = world.TimeUs;
        while (_tail != _head && now >= _dueUs[_tail])
        {
            _published = _inFlight[_tail];
            _publishedMeasuredUs = _measuredUs[_tail];
            _tail = (_tail + 1) % Pipeline;
        }

        if (now >= _nextMeasureUs)
        {
            if (_realistic) MeasureRealistic(world, ref _inFlight[_head]);
            else Measure(world, ref _inFlight[_head]);
            long jitter = _p.LatencyJitterUs > 0 ? (long)(_rng.NextFloat() * _p.LatencyJitterUs) : 0;
            long due = now + _p.LatencyUs + jitter;
            // A bus delivers in order: a list never overtakes the one before it.
            int previous = (_head + Pipeline - 1) % Pipeline;
            if (_tail != _head && due < _dueUs[previous]) due = _dueUs[previous];
            _measuredUs[_head] = now;
            _dueUs[_head] = due;
            _head = (_head + 1) % Pipeline;
            if (_head == _tail) _tail = (_tail + 1) % Pipeline;
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

    /// <summary>Probability that one scan detects a Swerling-1 target of this mean SNR: Pd = Pfa^(1/(1+SNR)).</summary>
    public static float DetectionProbability(float snrDb, float log10Pfa)
    {
        float snr = MathF.Pow(10f, 0.1f * snrDb);
        return MathF.Exp(log10Pfa * MathF.Log(10f) / (1f + snr));
    }

    /// <summary>Mean SNR of a target by the radar equation: falls 40 dB per decade of range.</summary>
    public float SnrDb(float rcsDbsm, float rangeM) =>
        _p.SnrAt100MFor0DbsmDb + rcsDbsm - 40f * MathF.Log10(MathF.Max(rangeM, 1f) / 100f);

    /// <summary>Noise scale for an echo of this SNR: 1 at and above the reference SNR, growing as 1/√SNR below it.</summary>
    public float NoiseScale(float snrDb) => MathF.Sqrt(MathF.Pow(10f, 0.1f * MathF.Max(_p.ReferenceSnrDb - snrDb, 0f)));

    private void Measure(SimulationWorld world, ref RadarObjectList pending)
    {
        var ego = world.Ego;
        var vp = ego.Parameters;
        float sign = _mount == SensorMount.Rear ? -1f : 1f;
        // The bumper in the ego box frame (x from the box centre).
        float bumperX = 0.5f * vp.LengthM;
        float egoAccel = ego.AccelMps2 * sign;
        int count = 0;
        for (int i = 0; i < world.ActorCount && count < RadarTrackBuffer.Capacity; i++)
        {
            var actor = world.ActorAt(i);
            ref readonly RelativeBox box = ref world.RelativeAt(i);
            // The near face and the extent across of the footprint as the ego sees it (turned with the actor's heading:
            // a car crossing shows its side, 4 m long, not its 1.7 m width).
            float x = sign * box.CentreXM - bumperX - box.HalfLengthM;
            float y = box.CentreYM;
            float relVelX = sign * box.RelVelXMps;
            float relVelY = box.RelVelYMps;
            float sensorX = sign * bumperX;
            float sensorY = 0f;
            float aimHalfLength = box.HalfLengthM;
            if (_corner is not null)
            {
                // A corner radar measures the footprint's nearest point, in its own turned frame.
                var pose = Pose(vp.LengthM);
                pose.NearestPoint(box.CentreXM, box.CentreYM, box.HalfLengthM, box.HalfWidthM, out x, out y);
                pose.Rotate(box.RelVelXMps, box.RelVelYMps, out relVelX, out relVelY);
                sensorX = pose.XM;
                sensorY = pose.YM;
                aimHalfLength = 0f;
            }

            // The corner radar's reach is a range (its x is along a turned boresight); the forward one's the gap ahead.
            float reachM = _corner is null ? x : MathF.Sqrt(x * x + y * y);
            bool visible = actor.RadarVisible && reachM >= _p.MinRangeM && reachM <= _p.MaxRangeM && Detectable(actor.RcsDbsm, reachM);
            if (visible)
            {
                float azimuth = MathF.Atan2(MathF.Abs(y), x + aimHalfLength);
                float halfFov = x <= _p.NearRangeM ? _p.NearHalfFovRad : _p.FarHalfFovRad;
                visible = azimuth <= halfFov;
            }

            // Line of sight: a target wholly hidden behind another actor returns nothing.
            if (visible && world.Occlusion) visible = world.VisibleFraction(sensorX, sensorY, MountHeightM, i) > 0f;

            if (!visible)
            {
                _updateCounts[i] = 0;
                continue;
            }

            _updateCounts[i]++;
            ref RadarTrack track = ref pending.Tracks[count++];
            track.Id = i + 1;
            track.LongitudinalM = x + _p.RangeNoiseM * _rng.NextGaussian();
            track.LateralM = y + _p.LateralNoiseM * _rng.NextGaussian();
            track.RelVelLongMps = relVelX + _p.RangeRateNoiseMps * _rng.NextGaussian();
            track.RelVelLatMps = relVelY;
            // Along a corner radar's boresight the relative acceleration along the road shows by the cosine of its yaw.
            track.RelAccelLongMps2 = (sign * actor.AccelMps2 - egoAccel) * (_corner is null ? 1f : MathF.Cos(Pose(vp.LengthM).YawRad));
            track.WidthM = ReportedWidth.Of(box.HalfWidthM);
            track.ElevationM = actor.ElevationM;
            track.RcsDbsm = actor.RcsDbsm;
            track.UpdateCount = _updateCounts[i];
            track.ClassHint = ObjectClass.Unknown;
            // Listed only when detected this cycle: new at its first detection, measured after.
            track.MeasurementState = _updateCounts[i] == 1 ? RadarMeasurementState.New : RadarMeasurementState.Measured;
        }

        pending.Count = count;
    }

    /// <summary>Where this corner radar sits on a car of this length (computed per list: a struct, nothing allocated).</summary>
    private RadarPose Pose(float egoLengthM) => RadarPose.FrontCorner(_corner!, egoLengthM, _left);

    private bool Detectable(float rcsDbsm, float rangeM)
    {
        // Received power falls with R⁴: 40·log10(R/100) dB relative to 100 m.
        float needed = _p.MinRcsAt100MDbsm + 40f * MathF.Log10(MathF.Max(rangeM, 1f) / 100f);
        return rcsDbsm >= needed;
    }

    private void MeasureRealistic(SimulationWorld world, ref RadarObjectList pending)
    {
        var ego = world.Ego;
        float sign = _mount == SensorMount.Rear ? -1f : 1f;
        float bumperX = 0.5f * ego.Parameters.LengthM;
        float dt = _p.UpdatePeriodUs * 1e-6f;
        int count = 0;
        for (int i = 0; i < world.ActorCount; i++)
        {
            var actor = world.ActorAt(i);
            ref readonly RelativeBox box = ref world.RelativeAt(i);
            // The near face and the extent across of the footprint as the ego sees it (turned with the actor's heading).
            float x = sign * box.CentreXM - bumperX - box.HalfLengthM;
            float y = sign * box.CentreYM;
            float rangeRate = sign * box.RelVelXMps;
            float widthM = ReportedWidth.Of(box.HalfWidthM);
            float sensorX = sign * bumperX;
            float sensorY = 0f;
            float aimHalfLength = box.HalfLengthM;
            if (_corner is not null)
            {
                // A corner radar measures the footprint's nearest point, in its own turned frame; its rate is the
                // relative velocity along its boresight (the tracker's lateral filter gives the rest).
                var pose = Pose(ego.Parameters.LengthM);
                pose.NearestPoint(box.CentreXM, box.CentreYM, box.HalfLengthM, box.HalfWidthM, out x, out y);
                pose.Rotate(box.RelVelXMps, box.RelVelYMps, out rangeRate, out _);
                sensorX = pose.XM;
                sensorY = pose.YM;
                aimHalfLength = 0f;
            }

            bool detected = Detect(actor.RcsDbsm, x, y, aimHalfLength, out float snrDb, out bool inView) && actor.RadarVisible;
            // Hidden behind another object (the road model's line-of-sight query): no echo; the track coasts, then goes.
            if (detected && world.Occlusion && world.VisibleFraction(sensorX, sensorY, MountHeightM, i) <= 0f) detected = false;
            ref RadarTrackState t = ref _tracks[i];
            if (detected)
            {
                Update(ref t, x, y, rangeRate, actor.ElevationM, snrDb, dt);
            }
            else
            {
                Miss(ref t, dt, inView);
            }

            if (t.Confirmed && count < RadarTrackBuffer.Capacity)
            {
                Emit(ref pending.Tracks[count++], ref t, widthM, actor.RcsDbsm, sign, _p.RelAccelLimitMps2);
            }

            // Multipath: the echo bounced off the guard rail appears mirrored across it, a little farther.
            if (_p.GhostProbability > 0f && _p.GuardRailLateralM > 0f)
            {
                ref RadarTrackState g = ref _ghosts[i];
                bool ghost = detected && _rng.NextFloat() < _p.GhostProbability;
                if (ghost)
                {
                    float rail = y >= 0f ? _p.GuardRailLateralM : -_p.GuardRailLateralM;
                    float gy = 2f * rail - y;
                    float extra = MathF.Sqrt(x * x + gy * gy) - MathF.Sqrt(x * x + y * y);
                    Update(ref g, x + extra, gy, rangeRate, actor.ElevationM, snrDb - 6f, dt);
                }
                else
                {
                    Miss(ref g, dt, true);
                }

                // Only a target between the radar's side and the rail is imaged by it: one beyond the rail (a car on a
                // crossing road 20 m out) has no bounce path off it toward the radar. Its image is still tracked (the
                // noise drawn as before) but never reported.
                if (g.Confirmed && count < RadarTrackBuffer.Capacity && MathF.Abs(y) <= _p.GuardRailLateralM)
                {
                    Emit(ref pending.Tracks[count++], ref g, widthM, actor.RcsDbsm - 6f, sign, _p.RelAccelLimitMps2);
                }
            }
        }

        count = MeasureClutter(world, ref pending, sign, bumperX, dt, count);
        SwapIds(ref pending, count);
        pending.Count = count;
    }

    /// <summary>Guard-rail posts either side and manhole covers in the lane: stationary, radar-only, never touched.</summary>
    private int MeasureClutter(SimulationWorld world, ref RadarObjectList pending, float sign, float bumperX, float dt, int count)
    {
        if (_p.ClutterSpacingM <= 0f) return count;
        var ego = world.Ego;
        var vp = ego.Parameters;
        float cos = MathF.Cos(ego.HeadingRad);
        float sin = MathF.Sin(ego.HeadingRad);
        float centreOffset = vp.RearAxleToFrontBumperM - 0.5f * vp.LengthM;
        float egoCx = ego.XM + centreOffset * cos;
        float egoCy = ego.YM + centreOffset * sin;
        float egoV = ego.VelocityMps;
        float spacing = _p.ClutterSpacingM;
        // Clutter positions come from the seed, not from the noise stream, so they stay put over time.
        float phase = Hash01(_seed, 0x51) * spacing;
        long first = (long)MathF.Floor((egoCx - sign * 10f - phase) / spacing);
        int slotsPerKind = ClutterSlots / 3;
        for (int kind = 0; kind < 3; kind++)
        {
            for (int n = 0; n < slotsPerKind; n++)
            {
                long k = first + (sign > 0f ? n : -n);
                float wx = phase + k * spacing + (kind == 2 ? 0.5f * spacing : 0f);
                float wy = kind switch
                {
                    0 => _p.GuardRailLateralM,
                    1 => -_p.GuardRailLateralM,
                    _ => (Hash01(_seed, k) - 0.5f) * 1.2f, // a cover somewhere in the lane
                };
                if (kind < 2 && _p.GuardRailLateralM <= 0f) continue;
                float dx = wx - egoCx;
                float dy = wy - egoCy;
                float cx = dx * cos + dy * sin;
                float cy = -dx * sin + dy * cos;
                float x = sign * cx - bumperX;
                float y = sign * cy;
                float rangeRate = -sign * egoV;
                if (_corner is not null)
                {
                    var pose = Pose(vp.LengthM);
                    pose.NearestPoint(cx, cy, 0f, 0f, out x, out y);
                    pose.Rotate(-egoV, 0f, out rangeRate, out _);
                }

                // A slot belongs to one post or cover for as long as it is in range (indexed by its absolute number).
                int slot = (int)(((k % slotsPerKind) + slotsPerKind) % slotsPerKind);
                ref RadarTrackState t = ref _clutter[kind * slotsPerKind + slot];
                long key = k * 4 + kind;
                if (t.Key != key)
                {
                    t.Clear();
                    t.Key = key;
                }

                // Covers: flat metal, a strong return (R28, R27); posts: small (no measured value, R-open items).
                float rcs = kind == 2 ? 5f : -5f;
                bool detected = Detect(rcs, x, y, 0.1f, out float snrDb, out bool inView);
                if (detected) Update(ref t, x, y, rangeRate, 0f, snrDb, dt);
                else Miss(ref t, dt, inView);
                if (t.Confirmed && count < RadarTrackBuffer.Capacity)
                {
                    Emit(ref pending.Tracks[count++], ref t, kind == 2 ? 0.6f : 0.2f, rcs, sign, _p.RelAccelLimitMps2);
                }
            }
        }

        return count;
    }

    private bool Detect(float rcsDbsm, float x, float y, float halfLengthM, out float snrDb) => Detect(rcsDbsm, x, y, halfLengthM, out snrDb, out _);

    private bool Detect(float rcsDbsm, float x, float y, float halfLengthM, out float snrDb, out bool inView)
    {
        snrDb = 0f;
        inView = false;
        // The corner radar's reach is a range (its x is along a turned boresight); the forward one's the gap ahead.
        float reachM = _corner is null ? x : MathF.Sqrt(x * x + y * y);
        if (reachM < _p.MinRangeM || reachM > _p.MaxRangeM) return false;
        float azimuth = MathF.Atan2(MathF.Abs(y), x + halfLengthM);
        float halfFov = reachM <= _p.NearRangeM ? _p.NearHalfFovRad : _p.FarHalfFovRad;
        if (azimuth > halfFov) return false;
        inView = true;
        float range = MathF.Sqrt(x * x + y * y);
        snrDb = SnrDb(rcsDbsm, range);
        return _rng.NextFloat() < DetectionProbability(snrDb, _p.Log10FalseAlarmProbability);
    }

    private void Update(ref RadarTrackState t, float x, float y, float rangeRate, float elevationM, float snrDb, float dt)
    {
        float scale = NoiseScale(snrDb);
        float range = MathF.Sqrt(x * x + y * y);
        float azimuth = MathF.Atan2(y, x);
        float degToRad = MathF.PI / 180f;
        float mRange = range + (_p.RangeNoiseM + _p.RangeNoisePerM * range) * scale * _rng.NextGaussian();
        float mAz = azimuth + _p.AzimuthNoiseDeg * degToRad * scale * _rng.NextGaussian();
        float mx = mRange * MathF.Cos(mAz);
        float my = mRange * MathF.Sin(mAz);
        float mRate = rangeRate + _p.RangeRateNoiseMps * scale * _rng.NextGaussian();
        float mElev = elevationM + range * MathF.Tan(_p.ElevationNoiseDeg * degToRad * scale * _rng.NextGaussian());

        t.Hits = (t.Hits << 1) | 1u;
        t.Misses = 0;
        if (!t.Started)
        {
            t.Started = true;
            t.Age = 0;
            t.RangeM = mx;
            t.LateralM = my;
            t.LateralVelMps = 0f;
            t.RangeRateMps = mRate;
            t.RangeAccelMps2 = 0f;
            t.ElevationSumM = 0f;
            t.ElevationCount = 0;
        }
        else
        {
            float a = _p.TrackerAlpha;
            float b = _p.TrackerBeta;
            // Range: predicted with the range rate, corrected with α (the rate is measured directly by Doppler).
            float predictedRange = t.RangeM + t.RangeRateMps * dt;
            t.RangeM = predictedRange + a * (mx - predictedRange);
            float predictedLat = t.LateralM + t.LateralVelMps * dt;
            float latResidual = my - predictedLat;
            t.LateralM = predictedLat + a * latResidual;
            t.LateralVelMps += b / dt * latResidual;
            float predictedRate = t.RangeRateMps + t.RangeAccelMps2 * dt;
            float rateResidual = mRate - predictedRate;
            t.RangeRateMps = predictedRate + a * rateResidual;
            t.RangeAccelMps2 += b / dt * rateResidual;
        }

        t.Age++;
        if (t.ElevationCount < 1000)
        {
            t.ElevationSumM += mElev;
            t.ElevationCount++;
        }

        int window = Math.Clamp(_p.ConfirmWindow, 1, 8);
        uint mask = (1u << window) - 1u;
        if (!t.Confirmed && BitOperations.PopCount(t.Hits & mask) >= Math.Max(_p.ConfirmHits, 1))
        {
            t.Confirmed = true;
            t.Id = _nextId;
            _nextId = _nextId >= 9999 ? 1 : _nextId + 1;
        }
    }

    /// <param name="inView">False when the reflector has left the field of view or range: the track is deleted, not coasted.</param>
    private void Miss(ref RadarTrackState t, float dt, bool inView)
    {
        if (!t.Started) return;
        t.Hits <<= 1;
        t.Misses++;
        t.Age++;
        bool dead = !inView || (t.Confirmed ? t.Misses > _p.CoastUpdates : (t.Hits & ((1u << Math.Clamp(_p.ConfirmWindow, 1, 8)) - 1u)) == 0);
        if (dead)
        {
            long key = t.Key;
            t.Clear();
            t.Key = key;
            return;
        }

        // Coasting: predicted forward at constant velocity.
        t.RangeM += t.RangeRateMps * dt;
        t.LateralM += t.LateralVelMps * dt;
    }

    private static void Emit(ref RadarTrack track, ref RadarTrackState t, float widthM, float rcsDbsm, float sign, float accelLimitMps2)
    {
        track.Id = t.Id;
        track.LongitudinalM = t.RangeM;
        track.LateralM = sign * t.LateralM;
        track.RelVelLongMps = t.RangeRateMps;
        track.RelVelLatMps = sign * t.LateralVelMps;
        // The acceleration estimate is a difference of noisy rates: a tracker withholds it until the filter
        // has converged (about 1/β updates); until then it reports 0 (no acceleration known).
        float accel = t.Age >= ConvergedUpdates ? t.RangeAccelMps2 : 0f;
        track.RelAccelLongMps2 = accelLimitMps2 > 0f ? Math.Clamp(accel, -accelLimitMps2, accelLimitMps2) : accel;
        track.WidthM = widthM;
        track.ElevationM = t.ElevationCount > 0 ? t.ElevationSumM / t.ElevationCount : float.NaN;
        track.RcsDbsm = rcsDbsm;
        track.UpdateCount = t.Age;
        track.ClassHint = ObjectClass.Unknown;
        // What the ARS 408 sends per object (Obj_MeasState, docs/sensors.md): new in its first list, measured when this
        // cycle's detection was associated with it, predicted while it coasts on its last estimate.
        track.MeasurementState = t.Listed == 0 ? RadarMeasurementState.New
            : (t.Hits & 1u) != 0 ? RadarMeasurementState.Measured : RadarMeasurementState.Predicted;
        if (t.Listed < int.MaxValue) t.Listed++;
    }

    /// <summary>Two confirmed tracks inside one association gate may swap identities (a real tracker's association mistake).</summary>
    private void SwapIds(ref RadarObjectList pending, int count)
    {
        if (_p.IdSwapProbability <= 0f) return;
        for (int a = 0; a < count; a++)
        {
            for (int b = a + 1; b < count; b++)
            {
                ref RadarTrack ta = ref pending.Tracks[a];
                ref RadarTrack tb = ref pending.Tracks[b];
                if (MathF.Abs(ta.LongitudinalM - tb.LongitudinalM) > GateRangeM || MathF.Abs(ta.LateralM - tb.LateralM) > GateLateralM) continue;
                if (_rng.NextFloat() >= _p.IdSwapProbability) continue;
                (ta.Id, tb.Id) = (tb.Id, ta.Id);
            }
        }
    }

    private static float Hash01(ulong seed, long k)
    {
        ulong z = seed * 0x9E3779B97F4A7C15UL + (ulong)k * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 40) * (1f / 16777216f);
    }
}
