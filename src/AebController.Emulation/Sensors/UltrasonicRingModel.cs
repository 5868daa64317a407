using AebController.Emulation.World;
using AebController.Firmware.Signals;

namespace AebController.Emulation.Sensors;

/// <summary>
/// Twelve ultrasonic sensors: echo from the nearest actor surface in each cone, with strength by
/// material and size, and the known blind spots: a thin pole returns a weak echo (seen late) and an
/// object lower than the beam vanishes close to the bumper. No object class is reported.
/// </summary>
public sealed class UltrasonicRingModel
{
    private readonly UltrasonicParameters _p;

    /// <summary>Height of the sensors in the bumper, for lines of sight.</summary>
    public const float MountHeightM = 0.5f;

    private UltrasonicEchoBuffer _echoes;
    private readonly long[] _measuredUs = new long[UltrasonicEchoBuffer.Capacity];
    private long _nextUs;

    public UltrasonicRingModel(UltrasonicParameters parameters)
    {
        _p = parameters;
        Reset();
    }

    public void Reset()
    {
        _echoes = default;
        Array.Fill(_measuredUs, -1L);
        _nextUs = 0;
    }

    public void Tick(SimulationWorld world)
    {
        long now = world.TimeUs;
        if (now < _nextUs) return;
        _nextUs += _p.UpdatePeriodUs;
        float halfLength = 0.5f * world.Ego.Parameters.LengthM;
        for (int s = 0; s < UltrasonicEchoBuffer.Capacity; s++)
        {
            bool front = s < UltrasonicEchoBuffer.FrontCount;
            int k = front ? s : s - UltrasonicEchoBuffer.FirstRear;
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

            ref UltrasonicEcho echo = ref _echoes[s];
            echo.HasEcho = float.IsFinite(best);
            echo.DistanceM = echo.HasEcho ? best : 0f;
            echo.Strength = bestStrength;
            _measuredUs[s] = now;
        }
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
