using AebController.Emulation.Vehicle;
using AebController.Emulation.World.Road;

namespace AebController.Emulation.World;

/// <summary>
/// A driver who keeps the ego in a lane by pure pursuit (Coulter 1992, CMU-RI-TR-92-01): aim at the
/// point of the lane centre one look-ahead distance ahead of the rear axle and steer the road wheels
/// by δ = atan(2·L·sin α / l_d), α the angle from the heading to that point. The look-ahead grows
/// with speed (<see cref="LookaheadS"/> of travel, at least <see cref="MinLookaheadM"/>). Allocation-free.
/// </summary>
public sealed class LaneKeepingDriver
{
    private readonly RoadModel _road;
    private double _sHint;

    public LaneKeepingDriver(RoadModel road, int laneId, float lookaheadS, float minLookaheadM)
    {
        _road = road;
        LaneId = laneId;
        LookaheadS = lookaheadS;
        MinLookaheadM = minLookaheadM;
    }

    public int LaneId { get; }
    public float LookaheadS { get; }
    public float MinLookaheadM { get; }

    public void Reset(EgoVehicle ego)
    {
        _road.ReferenceLine.FromWorld(ego.XM, ego.YM, out _sHint, out _);
    }

    /// <summary>Steering-wheel angle (radians, left positive) that points the car at the look-ahead point.</summary>
    public float SteeringWheelRad(EgoVehicle ego)
    {
        var p = ego.Parameters;
        _road.ReferenceLine.FromWorld(ego.XM, ego.YM, _sHint, out double s, out _);
        _sHint = s;
        double lookahead = Math.Max(MinLookaheadM, LookaheadS * ego.SpeedMps);
        double sAhead = s + (ego.VelocityMps >= 0f ? lookahead : -lookahead);
        if (!_road.TryLaneCentre(LaneId, sAhead, out double t)) return 0f;
        _road.ToWorld(sAhead, t, out double x, out double y, out _);
        double dx = x - ego.XM;
        double dy = y - ego.YM;
        double distance = Math.Sqrt(dx * dx + dy * dy);
        if (distance < 1e-6) return 0f;
        double alpha = Math.Atan2(dy, dx) - ego.HeadingRad;
        double wheel = Math.Atan(2 * p.WheelbaseM * Math.Sin(alpha) / distance);
        return (float)(wheel * p.SteeringRatio);
    }
}
