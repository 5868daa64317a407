using AebController.Emulation.World.Road;
using AebController.Firmware.Signals;

namespace AebController.Emulation.World;

/// <summary>
/// Another road user or an obstacle, with a footprint (length × width) and a height. It moves in
/// one of two ways:
/// <list type="bullet">
/// <item>free (as the emulator always did): a box aligned with the road's x axis (or turned by a fixed
/// heading), moving with a longitudinal speed and acceleration and a lateral speed;</item>
/// <item>on a line: along a reference line (the road's, following a lane, or its own path of lines and
/// arcs) at (s, t), heading along its motion, so a turning car rotates rather than slides and a lane
/// change turns it out and back.</item>
/// </list>
/// Speed changes are steps, or jerk-limited when the world's realism says so. Nothing allocates per step.
/// </summary>
public sealed class Actor
{
    private readonly ActorEvent[] _events;
    private readonly bool[] _fired;
    private float _targetSpeedMps;
    private float _commandAccelMps2;
    private float? _stopAtLateralM;

    // Motion on a line.
    private ReferenceLine? _line;
    private RoadModel? _road;
    private int _laneId;
    private double _s;
    private double _t;
    private double _offsetT;
    private int _changeFromLane;
    private int _changeToLane;
    private double _changeByM;
    private float _changeStartS;
    private float _changeDurationS;
    private LaneChangeShape _changeShape;
    private bool _changing;
    private float _fixedHeadingRad;

    public Actor(string id, ObjectClass objectClass, float lengthM, float widthM, float heightM, float elevationM, float rcsDbsm, ActorEvent[] events)
    {
        Id = id;
        Class = objectClass;
        LengthM = lengthM;
        WidthM = widthM;
        HeightM = heightM;
        ElevationM = elevationM;
        RcsDbsm = rcsDbsm;
        _events = events;
        _fired = new bool[events.Length];
    }

    public string Id { get; }
    public ObjectClass Class { get; }
    public float LengthM { get; }
    public float WidthM { get; }
    public float HeightM { get; }

    /// <summary>Height of the radar reflection centre above the road.</summary>
    public float ElevationM { get; }
    public float RcsDbsm { get; }

    /// <summary>False: the radars never return this actor (a thin post the beam misses); everything else sees it.</summary>
    public bool RadarVisible { get; init; } = true;

    /// <summary>Things the car can pass under or over without contact: gantries, road plates, drivable clutter.</summary>
    public bool IsDrivable => Class is ObjectClass.OverheadGantry or ObjectClass.RoadPlate or ObjectClass.DrivableClutter;

    /// <summary>Centre of the box in the world frame (x forward from the ego's start, y left).</summary>
    public float XM { get; private set; }
    public float YM { get; private set; }

    /// <summary>Heading of the box's length axis, radians from +x.</summary>
    public float HeadingRad { get; private set; }

    /// <summary>True when the box turns with a heading of its own (on a line, or given a fixed heading); else it is taken as aligned with the ego.</summary>
    public bool HasHeading => _line is not null || _fixedHeadingRad != 0f;

    /// <summary>Speed along the road (free) or along the actor's path (on a line); negative: towards the ego's start.</summary>
    public float SpeedMps { get; private set; }
    public float AccelMps2 { get; private set; }
    public float LateralSpeedMps { get; private set; }

    /// <summary>World velocity of the box centre.</summary>
    public float VelocityXMps { get; private set; }
    public float VelocityYMps { get; private set; }

    /// <summary>Position on its line (valid when <see cref="OnLine"/>).</summary>
    public bool OnLine => _line is not null;
    public double S => _s;
    public double T => _t;

    /// <summary>The lane it follows (0: none).</summary>
    public int LaneId => _laneId;

    /// <summary>Turns the box by a fixed heading (a car parked at an angle); free motion only.</summary>
    public void SetFixedHeading(float headingRad) => _fixedHeadingRad = headingRad;

    /// <summary>Makes the actor move along a line: a road lane (<paramref name="road"/> and <paramref name="laneId"/>) or a path of its own (<paramref name="laneId"/> 0).</summary>
    public void FollowLine(ReferenceLine line, RoadModel? road, int laneId)
    {
        if (laneId != 0 && road is null) throw new ArgumentException("a lane needs a road", nameof(road));
        _line = line;
        _road = road;
        _laneId = laneId;
    }

    /// <summary>Free motion: centre at (x, y), aligned with the road.</summary>
    public void Reset(float xM, float yM, float speedMps, float lateralSpeedMps)
    {
        XM = xM;
        YM = yM;
        HeadingRad = _fixedHeadingRad;
        ResetMotion(speedMps, lateralSpeedMps);
        VelocityXMps = speedMps;
        VelocityYMps = lateralSpeedMps;
    }

    /// <summary>On its line: at <paramref name="s"/>, <paramref name="offsetT"/> left of its lane centre (or of the path).</summary>
    public void ResetOnLine(double s, double offsetT, float speedMps, float lateralSpeedMps, int laneId)
    {
        if (_line is null) throw new InvalidOperationException("the actor follows no line");
        _s = s;
        _offsetT = offsetT;
        if (_road is not null) _laneId = laneId;
        _changing = false;
        ResetMotion(speedMps, lateralSpeedMps);
        _t = BaseT(_s) + _offsetT;
        _line.ToWorld(_s, _t, out double x, out double y, out double h);
        XM = (float)x;
        YM = (float)y;
        HeadingRad = (float)h + (speedMps < 0f ? MathF.PI : 0f);
        VelocityXMps = speedMps * MathF.Cos((float)h);
        VelocityYMps = speedMps * MathF.Sin((float)h);
    }

    private void ResetMotion(float speedMps, float lateralSpeedMps)
    {
        SpeedMps = speedMps;
        _targetSpeedMps = speedMps;
        _commandAccelMps2 = 0f;
        AccelMps2 = 0f;
        LateralSpeedMps = lateralSpeedMps;
        _stopAtLateralM = null;
        Array.Clear(_fired);
    }

    /// <summary>One physics step. <paramref name="jerkLimitMps3"/> +∞ keeps acceleration steps.</summary>
    public void Step(float stepS, float timeS, float gapM, float jerkLimitMps3 = float.PositiveInfinity)
    {
        FireEvents(timeS, gapM);
        if (float.IsFinite(jerkLimitMps3)) UpdateSpeedJerkLimited(stepS, jerkLimitMps3);
        else UpdateSpeed(stepS);

        if (_line is null)
        {
            StepFree(stepS);
        }
        else
        {
            StepOnLine(stepS, timeS);
        }
    }

    private void FireEvents(float timeS, float gapM)
    {
        for (int i = 0; i < _events.Length; i++)
        {
            if (_fired[i]) continue;
            ref readonly ActorEvent e = ref _events[i];
            bool due = (e.AtS is float at && timeS >= at) || (e.WhenGapM is float g && gapM <= g);
            if (!due) continue;
            _fired[i] = true;
            if (e.AccelMps2 is float a)
            {
                AccelMpsCommand(a);
                _targetSpeedMps = e.TargetSpeedMps ?? (a < 0f ? 0f : float.MaxValue);
            }
            else if (e.TargetSpeedMps is float target)
            {
                _targetSpeedMps = target;
                SpeedMps = target;
            }

            if (e.LateralSpeedMps is float lateral) LateralSpeedMps = lateral;
            if (e.StopAtLateralM is float stopAt) _stopAtLateralM = stopAt;
            if ((e.ToLaneId.HasValue || e.LaneChangeByM.HasValue) && _line is not null) StartLaneChange(e, timeS);
        }
    }

    private void AccelMpsCommand(float a)
    {
        _commandAccelMps2 = a;
        AccelMps2 = a;
        _jerkPending = true;
    }

    // Set when an event commanded an acceleration: the jerk-limited path then starts from the previous actual value.
    private bool _jerkPending;
    private float _actualAccelMps2;

    /// <summary>As the emulator always did: the commanded acceleration at once, until the target speed.</summary>
    private void UpdateSpeed(float stepS)
    {
        _jerkPending = false;
        if (AccelMps2 != 0f)
        {
            float next = SpeedMps + AccelMps2 * stepS;
            bool reached = AccelMps2 < 0f ? next <= _targetSpeedMps : next >= _targetSpeedMps;
            if (reached)
            {
                next = _targetSpeedMps;
                AccelMps2 = 0f;
            }

            SpeedMps = next;
        }
    }

    /// <summary>
    /// The acceleration moves towards the command at most <paramref name="jerk"/> m/s³, and back to zero
    /// in time to arrive at the target speed without overshoot (the ramp-down starts when the speed still
    /// to go equals a²/(2j), the speed a linear ramp from a to 0 removes).
    /// </summary>
    private void UpdateSpeedJerkLimited(float stepS, float jerk)
    {
        if (_jerkPending)
        {
            _jerkPending = false;
            AccelMps2 = _actualAccelMps2;
        }

        float command = _commandAccelMps2;
        if (command != 0f)
        {
            float toGo = _targetSpeedMps - SpeedMps;
            if (MathF.Sign(toGo) != MathF.Sign(command) || MathF.Abs(toGo) <= AccelMps2 * AccelMps2 / (2f * jerk))
            {
                command = 0f;
                _commandAccelMps2 = 0f;
            }
        }

        float maxChange = jerk * stepS;
        AccelMps2 += Math.Clamp(command - AccelMps2, -maxChange, maxChange);
        float next = SpeedMps + AccelMps2 * stepS;
        // The target is the end of the manoeuvre: never pass it (nor turn round after a stop).
        if (command == 0f && AccelMps2 != 0f && MathF.Sign(_targetSpeedMps - next) != MathF.Sign(_targetSpeedMps - SpeedMps) && _targetSpeedMps != float.MaxValue)
        {
            next = _targetSpeedMps;
            AccelMps2 = 0f;
        }

        // The discrete ramp-out leaves a few mm/s short of the target: arrive.
        if (command == 0f && AccelMps2 == 0f && _targetSpeedMps != float.MaxValue && MathF.Abs(_targetSpeedMps - next) < 0.05f) next = _targetSpeedMps;
        SpeedMps = next;
        _actualAccelMps2 = AccelMps2;
    }

    private void StepFree(float stepS)
    {
        XM += SpeedMps * stepS;
        float y = YM + LateralSpeedMps * stepS;
        if (_stopAtLateralM is float stop && (LateralSpeedMps > 0f ? y >= stop : y <= stop) && LateralSpeedMps != 0f)
        {
            y = stop;
            LateralSpeedMps = 0f;
        }

        YM = y;
        VelocityXMps = SpeedMps;
        VelocityYMps = LateralSpeedMps;
    }

    private void StepOnLine(float stepS, float timeS)
    {
        var line = _line!;
        // Sideways steps (a walker) move the offset from the lane centre; lane changes follow their shape.
        if (LateralSpeedMps != 0f)
        {
            double o = _offsetT + LateralSpeedMps * stepS;
            if (_stopAtLateralM is float stop && (LateralSpeedMps > 0f ? o >= stop : o <= stop))
            {
                o = stop;
                LateralSpeedMps = 0f;
            }

            _offsetT = o;
        }

        double tBefore = _t;
        double k = line.CurvatureAt(_s);
        double lateralRate = (LateralTarget(_s, timeS) - tBefore) / stepS;
        double v = SpeedMps;
        double along = Math.Sign(v) * Math.Sqrt(Math.Max(v * v - lateralRate * lateralRate, 0));
        double scale = 1 - k * tBefore;
        _s += along * stepS / (scale > 0.1 ? scale : 0.1);
        _t = LateralTarget(_s, timeS);
        double tRate = (_t - tBefore) / stepS;
        if (_changing && timeS + stepS >= _changeStartS + _changeDurationS) FinishLaneChange();

        line.ToWorld(_s, _t, out double x, out double y, out double h);
        float nx = (float)x;
        float ny = (float)y;
        VelocityXMps = (nx - XM) / stepS;
        VelocityYMps = (ny - YM) / stepS;
        XM = nx;
        YM = ny;
        if (along != 0 || tRate != 0) HeadingRad = (float)(h + Math.Atan2(tRate, along == 0 ? 0 : along));
    }

    private void StartLaneChange(in ActorEvent e, float timeS)
    {
        if (_changing) FinishLaneChange();
        _changing = true;
        _changeStartS = timeS;
        _changeDurationS = MathF.Max(e.LaneChangeDurationS, 0.01f);
        _changeShape = e.LaneChangeShape;
        _changeFromLane = _laneId;
        _changeToLane = e.ToLaneId ?? _laneId;
        _changeByM = e.LaneChangeByM ?? 0;
    }

    private void FinishLaneChange()
    {
        _changing = false;
        _laneId = _changeToLane;
        _offsetT += _changeByM;
    }

    /// <summary>Lane centre (or 0 on a path of its own) at s.</summary>
    private double BaseT(double s) => LaneCentre(_laneId, s);

    private double LaneCentre(int laneId, double s) =>
        laneId != 0 && _road is not null && _road.TryLaneCentre(laneId, s, out double c) ? c : 0;

    private double LateralTarget(double s, float timeS)
    {
        if (!_changing) return BaseT(s) + _offsetT;
        double x = Math.Clamp((timeS - _changeStartS) / _changeDurationS, 0, 1);
        double f = _changeShape switch
        {
            LaneChangeShape.Linear => x,
            LaneChangeShape.Cubic => x * x * (3 - 2 * x),
            _ => 0.5 * (1 - Math.Cos(Math.PI * x)),
        };
        double from = LaneCentre(_changeFromLane, s);
        double to = LaneCentre(_changeToLane, s);
        return from + (to - from) * f + _offsetT + _changeByM * f;
    }
}
