using AebController.Emulation.Vehicle;

namespace AebController.Emulation.World;

/// <summary>The ego car, the other actors and the road, advanced together in fixed physics steps.</summary>
public sealed class SimulationWorld
{
    public const int MaxActors = 64;
    public const float PhysicsStepS = 0.001f;
    public const long PhysicsStepUs = 1000;

    private readonly Actor[] _actors;
    private readonly RelativeBox[] _relative;

    public SimulationWorld(VehicleParameters vehicle, Actor[] actors, RoadConditions road)
    {
        if (actors.Length > MaxActors) throw new ArgumentException($"at most {MaxActors} actors are supported, got {actors.Length}", nameof(actors));
        Ego = new EgoVehicle(vehicle, PhysicsStepS);
        _actors = actors;
        _relative = new RelativeBox[actors.Length];
        Road = road;
    }

    public EgoVehicle Ego { get; }
    public RoadConditions Road { get; }
    public long TimeUs { get; private set; }
    public float TimeS => TimeUs * 1e-6f;
    public int ActorCount => _actors.Length;
    public Actor ActorAt(int index) => _actors[index];
    public ref readonly RelativeBox RelativeAt(int index) => ref _relative[index];

    /// <summary>First contact: time, the actor, and the closing speed at that moment.</summary>
    public bool Collided { get; private set; }
    public long CollisionTimeUs { get; private set; }
    public int CollisionActor { get; private set; } = -1;
    public float ImpactSpeedMps { get; private set; }

    public void Reset(float egoSpeedMps, bool reverse)
    {
        TimeUs = 0;
        Collided = false;
        CollisionActor = -1;
        ImpactSpeedMps = 0f;
        Ego.Reset(0f, 0f, 0f, reverse ? -egoSpeedMps : egoSpeedMps);
        UpdateRelative();
    }

    public void Step(in DriverControls driver, float brakeRequestMps2, float torqueLimit)
    {
        float t = TimeS;
        for (int i = 0; i < _actors.Length; i++)
        {
            _actors[i].Step(PhysicsStepS, t, _relative[i].LongitudinalGapM);
        }

        // After contact the ego is held: the scenario ends there, and nothing may drive through an obstacle.
        if (!Collided)
        {
            Ego.Step(PhysicsStepS, driver, brakeRequestMps2, torqueLimit, Road.Friction, Road.GradeRad);
        }

        TimeUs += PhysicsStepUs;
        UpdateRelative();
        if (Collided) return;
        for (int i = 0; i < _actors.Length; i++)
        {
            ref readonly RelativeBox box = ref _relative[i];
            if (!box.Touching || _actors[i].IsDrivable) continue;
            Collided = true;
            CollisionTimeUs = TimeUs;
            CollisionActor = i;
            ImpactSpeedMps = MathF.Abs(box.RelVelXMps);
            break;
        }
    }

    private void UpdateRelative()
    {
        var ego = Ego;
        var p = ego.Parameters;
        float cos = MathF.Cos(ego.HeadingRad);
        float sin = MathF.Sin(ego.HeadingRad);
        float centreOffset = p.RearAxleToFrontBumperM - 0.5f * p.LengthM;
        float egoCx = ego.XM + centreOffset * cos;
        float egoCy = ego.YM + centreOffset * sin;
        float egoVx = ego.VelocityMps * cos;
        float egoVy = ego.VelocityMps * sin;
        for (int i = 0; i < _actors.Length; i++)
        {
            var a = _actors[i];
            float dx = a.XM - egoCx;
            float dy = a.YM - egoCy;
            float dvx = a.SpeedMps - egoVx;
            float dvy = a.LateralSpeedMps - egoVy;
            ref RelativeBox box = ref _relative[i];
            box.CentreXM = dx * cos + dy * sin;
            box.CentreYM = -dx * sin + dy * cos;
            box.RelVelXMps = dvx * cos + dvy * sin;
            box.RelVelYMps = -dvx * sin + dvy * cos;
            box.LongitudinalGapM = MathF.Abs(box.CentreXM) - 0.5f * (p.LengthM + a.LengthM);
            box.LateralGapM = MathF.Abs(box.CentreYM) - 0.5f * (p.WidthM + a.WidthM);
        }
    }
}
