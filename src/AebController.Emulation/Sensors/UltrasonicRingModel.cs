using AebController.Emulation.Randomness;
using AebController.Emulation.World;
using AebController.Firmware.Signals;

namespace AebController.Emulation.Sensors;

/// <summary>
/// Twelve ultrasonic sensors: echo from the nearest actor surface in each cone, with strength by
/// material and size, and the known blind spots: a thin pole returns a weak echo (seen late) and an
/// object lower than the beam vanishes close to the bumper. No object class is reported.
/// <para>Realistic world: the sensors fire in slots (k and k+slots together), so each one measures
/// once per update period; distance noise and a per-run speed-of-sound error; missed echoes;
/// cross-talk (a sensor takes its neighbour's echo); fluctuating echo amplitude. The ideal world
/// (one slot, no noise) draws no random numbers and is the original model.</para>
/// </summary>
public sealed class UltrasonicRingModel
{
    private readonly UltrasonicParameters _p;

    /// <summary>Height of the sensors in the bumper, for lines of sight.</summary>
    public const float MountHeightM = 0.5f;

    private UltrasonicEchoBuffer _echoes;
    private readonly long[] _measuredUs = new long[UltrasonicEchoBuffer.Capacity];
    private long _nextUs;
    private readonly bool _degrade;
    private int _slot;
    private float _soundSpeedFactor = 1f;
    private ulong _seed;
    private Xoshiro128 _rng;

    public UltrasonicRingModel(UltrasonicParameters parameters, ulong seed = 1)
    {
        _p = parameters;
        _seed = seed;
        _degrade = parameters.RangeNoiseM > 0f || parameters.MissProbability > 0f || parameters.CrossTalkProbability > 0f
            || parameters.StrengthNoiseFraction > 0f || parameters.SoundSpeedErrorFraction > 0f;
        Reset(seed);
    }

    public void Reset() => Reset(_seed);

    public void Reset(ulong seed)
    {
        _seed = seed;
        _rng = new Xoshiro128(seed);
        _echoes = default;
        Array.Fill(_measuredUs, -1L);
        _nextUs = 0;
        _slot = 0;
        _soundSpeedFactor = _p.SoundSpeedErrorFraction > 0f ? 1f + _p.SoundSpeedErrorFraction * (2f * _rng.NextFloat() - 1f) : 1f;
    }

    public void Tick(SimulationWorld world)
    {
        long now = world.TimeUs;
        if (now < _nextUs) return;
        int slots = Math.Max(_p.FiringSlots, 1);
        _nextUs += _p.UpdatePeriodUs / slots;
        int slot = _slot;
        _slot = (_slot + 1) % slots;
        float halfLength = 0.5f * world.Ego.Parameters.LengthM;
        for (int s = 0; s < UltrasonicEchoBuffer.Capacity; s++)
        {
            bool front = s < UltrasonicEchoBuffer.FrontCount;
            int k = front ? s : s - UltrasonicEchoBuffer.FirstRear;
            if (k % slots != slot) continue;
            float sign = front ? 1f : -1f;
            float sx = sign * halfLength;
            float sy = UltrasonicRingGeometry.Lateral(k);
            float axisAngle = front ? UltrasonicRingGeometry.AngleRad(k) : MathF.PI - UltrasonicRingGeometry.AngleRad(k);
            float best = float.PositiveInfinity;
            float bestStrength = 0f;
            for (int i = 0; i < world.ActorCount; i++)
            {
                var actor = world.ActorAt(i);
                ref readonly RelativeBox box = ref world.RelativeAt(i);
                // Nearest point of the actor's box to the sensor.
                float px = Math.Clamp(sx, box.CentreXM - 0.5f * actor.LengthM, box.CentreXM + 0.5f * actor.LengthM);
                float py = Math.Clamp(sy, box.CentreYM - 0.5f * actor.WidthM, box.CentreYM + 0.5f * actor.WidthM);
                float dx = px - sx;
                float dy = py - sy;
                float d = MathF.Sqrt(dx * dx + dy * dy);
                if (d < _p.MinRangeM || d > _p.MaxRangeM) continue;
                float bearing = MathF.Atan2(dy, dx) - axisAngle;
                bearing = MathF.Atan2(MathF.Sin(bearing), MathF.Cos(bearing));
                if (MathF.Abs(bearing) > _p.HalfConeRad) continue;
                float strength = Strength(actor, d, _p.MaxRangeM);
                if (strength < _p.DetectionThreshold || d >= best) continue;
                if (world.Occlusion && world.VisibleFraction(sx, sy, MountHeightM, i) <= 0f) continue;
                best = d;
                bestStrength = strength;
            }

            if (_degrade) Degrade(s, k, ref best, ref bestStrength);
            ref UltrasonicEcho echo = ref _echoes[s];
            echo.HasEcho = float.IsFinite(best);
            echo.DistanceM = echo.HasEcho ? best : 0f;
            echo.Strength = bestStrength;
            _measuredUs[s] = now;
        }
    }

    /// <summary>What a real transducer does to the echo: misses it, takes a neighbour's, adds noise.</summary>
    private void Degrade(int s, int k, ref float distanceM, ref float strength)
    {
        if (_p.CrossTalkProbability > 0f && _rng.NextFloat() < _p.CrossTalkProbability)
        {
            // The neighbour's burst returns to this sensor along the indirect path (about the neighbour's distance).
            int neighbour = k == 0 ? s + 1 : k == UltrasonicRingGeometry.SensorsPerBumper - 1 ? s - 1 : (_rng.NextFloat() < 0.5f ? s - 1 : s + 1);
            ref readonly UltrasonicEcho other = ref _echoes[neighbour];
            if (other.HasEcho && (!float.IsFinite(distanceM) || other.DistanceM < distanceM))
            {
                distanceM = other.DistanceM;
                strength = 0.7f * other.Strength;
            }
        }

        if (!float.IsFinite(distanceM)) return;
        if (_p.MissProbability > 0f && _rng.NextFloat() < _p.MissProbability)
        {
            distanceM = float.PositiveInfinity;
            strength = 0f;
            return;
        }

        if (_p.StrengthNoiseFraction > 0f)
        {
            strength *= MathF.Max(0f, 1f + _p.StrengthNoiseFraction * _rng.NextGaussian());
            if (strength < _p.DetectionThreshold)
            {
                distanceM = float.PositiveInfinity;
                strength = 0f;
                return;
            }
        }

        distanceM = MathF.Max(_p.MinRangeM, distanceM * _soundSpeedFactor + _p.RangeNoiseM * _rng.NextGaussian());
    }

    public void Publish(ref UltrasonicEchoBuffer target, long nowUs)
    {
        for (int s = 0; s < UltrasonicEchoBuffer.Capacity; s++)
        {
            target[s] = _echoes[s];
            target[s].AgeUs = _measuredUs[s] < 0 ? SignalAge.Never : nowUs - _measuredUs[s];
        }
    }

    /// <summary>Echo amplitude 0–1 by material and size, falling with distance.</summary>
    public static float Strength(Actor actor, float distanceM, float maxRangeM)
    {
        float material = actor.Class switch
        {
            ObjectClass.Wall => 1.0f,
            ObjectClass.PassengerCar => 0.9f,
            ObjectClass.Pillar => 0.8f,
            ObjectClass.WaterBarrier => 0.7f,
            ObjectClass.CrashBarrel => 0.65f,
            ObjectClass.Motorcycle => 0.6f, // metal frame and engine: between a cyclist and a car
            ObjectClass.Cyclist => 0.5f,
            ObjectClass.Pedestrian => 0.45f,
            ObjectClass.Child => 0.4f,
            ObjectClass.TrafficCone => 0.35f,
            ObjectClass.DrivableClutter => 0.2f,
            _ => 0f, // plates lie flat, gantries are above the beam
        };

        // A thin pole reflects little: seen only close.
        if (actor.WidthM < 0.3f) material *= 0.45f;

        // The beam passes over an object lower than about 0.25 m once it is close to the bumper.
        if (actor.HeightM < 0.25f && distanceM < 0.6f) return 0f;

        float falloff = 1f - 0.75f * (distanceM / maxRangeM);
        return material * falloff;
    }
}
