using AebController.Emulation.Vehicle;
using AebController.Emulation.World.Road;

namespace AebController.Emulation.World;

/// <summary>The ego car, the other actors and the road, advanced together in fixed physics steps.</summary>
public sealed class SimulationWorld
{
    public const int MaxActors = 64;
    public const float PhysicsStepS = 0.001f;
    public const long PhysicsStepUs = 1000;

    /// <summary>Rays cast from a sensor across an actor's silhouette by <see cref="VisibleFraction(float, float, float, int)"/>.</summary>
    public const int OcclusionRays = 9;

    private readonly Actor[] _actors;
    private readonly RelativeBox[] _relative;
    private readonly float _jerkLimitMps3;

    public SimulationWorld(VehicleParameters vehicle, Actor[] actors, RoadConditions road)
        : this(vehicle, actors, road, RoadModel.Straight())
    {
    }

    public SimulationWorld(VehicleParameters vehicle, Actor[] actors, RoadConditions road, RoadModel roadModel)
    {
        if (actors.Length > MaxActors) throw new ArgumentException($"at most {MaxActors} actors are supported, got {actors.Length}", nameof(actors));
        Ego = new EgoVehicle(vehicle, PhysicsStepS);
        _actors = actors;
        _relative = new RelativeBox[actors.Length];
        Road = road;
        RoadModel = roadModel;
        _jerkLimitMps3 = vehicle.Realism.ActorJerkLimitMps3;
        Occlusion = vehicle.Realism.Occlusion;
    }

    public EgoVehicle Ego { get; }
    public RoadConditions Road { get; }

    /// <summary>Lanes and curvature (the default: a straight road, the ego in lane −1 centred on y = 0).</summary>
    public RoadModel RoadModel { get; }

    /// <summary>Sensors see only along lines of sight (from <see cref="VehicleRealism.Occlusion"/>).</summary>
    public bool Occlusion { get; }

    /// <summary>A pure-pursuit driver keeping the ego in a lane, added to the scripted steering; none by default.</summary>
    public LaneKeepingDriver? LaneKeeping { get; set; }


    /// <summary>Whether the road's lanes carry markings a camera can follow (scenario road.laneMarkings; default yes).</summary>
    public bool LaneMarkings { get; set; } = true;

    /// <summary>Friction by segment along the road; none means the road's friction everywhere.</summary>
    public FrictionMap? Friction { get; set; }

    /// <summary>Friction under the ego now.</summary>
    public float EgoFriction => Friction is { } map ? map.At(Ego.FrontBumperXM, Road.Friction) : Road.Friction;
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
        LaneKeeping?.Reset(Ego);
        UpdateRelative();
    }

    public void Step(in DriverControls driver, float brakeRequestMps2, float torqueLimit)
    {
        float t = TimeS;
        for (int i = 0; i < _actors.Length; i++)
        {
            _actors[i].Step(PhysicsStepS, t, _relative[i].LongitudinalGapM, _jerkLimitMps3);
        }

        // After contact the ego is held: the scenario ends there, and nothing may drive through an obstacle.
        if (!Collided)
        {
            if (LaneKeeping is { } keeper)
            {
                var steered = driver;
                steered.SteeringWheelAngleRad += keeper.SteeringWheelRad(Ego);
                Ego.Step(PhysicsStepS, steered, brakeRequestMps2, torqueLimit, EgoFriction, Road.GradeRad);
            }
            else
            {
                Ego.Step(PhysicsStepS, driver, brakeRequestMps2, torqueLimit, EgoFriction, Road.GradeRad);
            }
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

    /// <summary>
    /// Share (0 to 1) of an actor's silhouette that a sensor at (<paramref name="sensorXM"/>, <paramref name="sensorYM"/>)
    /// in the ego frame (x forward from the ego's box centre, y left), <paramref name="sensorHeightM"/> above the road,
    /// can see: <see cref="OcclusionRays"/> rays to points across the silhouette, each aimed at the actor's top, and
    /// each blocked by another non-drivable actor's footprint that stands taller than the ray where it crosses.
    /// So a parked car hides a child behind it, and a kerb-high object hides nothing. Always 1 without occlusion.
    /// </summary>
    public float VisibleFraction(float sensorXM, float sensorYM, float sensorHeightM, int actorIndex)
    {
        if (!Occlusion) return 1f;
        ref readonly RelativeBox target = ref _relative[actorIndex];
        float targetHeight = _actors[actorIndex].HeightM;

        // The silhouette: the two corners of the target's box at the extreme bearings from the sensor.
        float minAngle = float.PositiveInfinity, maxAngle = float.NegativeInfinity;
        float ax = 0f, ay = 0f, bx = 0f, by = 0f;
        float baseAngle = MathF.Atan2(target.CentreYM - sensorYM, target.CentreXM - sensorXM);
        for (int c = 0; c < 4; c++)
        {
            float cx = target.CentreXM + ((c & 1) == 0 ? -target.HalfLengthM : target.HalfLengthM);
            float cy = target.CentreYM + ((c & 2) == 0 ? -target.HalfWidthM : target.HalfWidthM);
            float angle = MathF.Atan2(cy - sensorYM, cx - sensorXM) - baseAngle;
            if (angle > MathF.PI) angle -= 2f * MathF.PI;
            if (angle < -MathF.PI) angle += 2f * MathF.PI;
            if (angle < minAngle) { minAngle = angle; ax = cx; ay = cy; }
            if (angle > maxAngle) { maxAngle = angle; bx = cx; by = cy; }
        }

        int visible = 0;
        for (int r = 0; r < OcclusionRays; r++)
        {
            float f = (r + 0.5f) / OcclusionRays;
            float px = ax + (bx - ax) * f;
            float py = ay + (by - ay) * f;
            if (!RayBlocked(sensorXM, sensorYM, sensorHeightM, px, py, targetHeight, actorIndex)) visible++;
        }

        return visible / (float)OcclusionRays;
    }

    /// <summary>As <see cref="VisibleFraction(float, float, float, int)"/> from a sensor half a metre up.</summary>
    public float VisibleFraction(float sensorXM, float sensorYM, int actorIndex) => VisibleFraction(sensorXM, sensorYM, 0.5f, actorIndex);

    private bool RayBlocked(float sx, float sy, float sh, float px, float py, float targetHeight, int targetIndex)
    {
        float dx = px - sx;
        float dy = py - sy;
        for (int i = 0; i < _actors.Length; i++)
        {
            if (i == targetIndex) continue;
            var other = _actors[i];
            if (other.IsDrivable) continue;
            ref readonly RelativeBox box = ref _relative[i];
            float minX = box.CentreXM - box.HalfLengthM, maxX = box.CentreXM + box.HalfLengthM;
            float minY = box.CentreYM - box.HalfWidthM, maxY = box.CentreYM + box.HalfWidthM;
            // A sensor inside a box (after contact) is not hidden by it.
            if (sx >= minX && sx <= maxX && sy >= minY && sy <= maxY) continue;
            if (!SegmentEntersBox(sx, sy, dx, dy, minX, maxX, minY, maxY, out float entry)) continue;
            // Height of the ray (sensor to the target's top) where it enters the box.
            float rayHeight = sh + (targetHeight - sh) * entry;
            if (other.HeightM >= rayHeight) return true;
        }

        return false;
    }

    /// <summary>Slab test: does the segment from (sx, sy) along (dx, dy), parameter 0 to 1, enter the box before its end? <paramref name="entry"/> is where.</summary>
    private static bool SegmentEntersBox(float sx, float sy, float dx, float dy, float minX, float maxX, float minY, float maxY, out float entry)
    {
        float t0 = 0f, t1 = 1f;
        entry = 0f;
        if (!Slab(sx, dx, minX, maxX, ref t0, ref t1)) return false;
        if (!Slab(sy, dy, minY, maxY, ref t0, ref t1)) return false;
        // The end point sits on the target's own outline; a box touched only at the very end does not hide it.
        if (t0 >= 0.999f) return false;
        entry = t0;
        return true;
    }

    private static bool Slab(float origin, float direction, float min, float max, ref float t0, ref float t1)
    {
        if (MathF.Abs(direction) < 1e-9f) return origin >= min && origin <= max;
        float a = (min - origin) / direction;
        float b = (max - origin) / direction;
        if (a > b) (a, b) = (b, a);
        if (a > t0) t0 = a;
        if (b < t1) t1 = b;
        return t0 <= t1;
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
            float dvx = a.VelocityXMps - egoVx;
            float dvy = a.VelocityYMps - egoVy;
            ref RelativeBox box = ref _relative[i];
            box.CentreXM = dx * cos + dy * sin;
            box.CentreYM = -dx * sin + dy * cos;
            box.RelVelXMps = dvx * cos + dvy * sin;
            // The ego frame turns at the yaw rate about the rear axle: a standing object drifts across it (RelativeBox).
            box.RelVelYMps = -dvx * sin + dvy * cos - ego.YawRateRps * (box.CentreXM + centreOffset);
            if (a.HasHeading)
            {
                float rel = a.HeadingRad - ego.HeadingRad;
                float c = MathF.Abs(MathF.Cos(rel));
                float s = MathF.Abs(MathF.Sin(rel));
                box.HalfLengthM = 0.5f * (a.LengthM * c + a.WidthM * s);
                box.HalfWidthM = 0.5f * (a.LengthM * s + a.WidthM * c);
            }
            else
            {
                box.HalfLengthM = 0.5f * a.LengthM;
                box.HalfWidthM = 0.5f * a.WidthM;
            }

            box.LongitudinalGapM = MathF.Abs(box.CentreXM) - (0.5f * p.LengthM + box.HalfLengthM);
            box.LateralGapM = MathF.Abs(box.CentreYM) - (0.5f * p.WidthM + box.HalfWidthM);
        }
    }
}
