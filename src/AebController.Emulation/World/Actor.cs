using AebController.Firmware.Signals;

namespace AebController.Emulation.World;

/// <summary>
/// Another road user or an obstacle: a box aligned with the road, moving with a longitudinal
/// speed and acceleration and a lateral speed, changed by scripted events.
/// </summary>
public sealed class Actor
{
    private readonly ActorEvent[] _events;
    private readonly bool[] _fired;

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

    /// <summary>Things the car can pass under or over without contact: gantries, road plates, drivable clutter.</summary>
    public bool IsDrivable => Class is ObjectClass.OverheadGantry or ObjectClass.RoadPlate or ObjectClass.DrivableClutter;

    /// <summary>Centre of the box in the road frame.</summary>
    public float XM { get; private set; }
    public float YM { get; private set; }
    public float SpeedMps { get; private set; }
    public float AccelMps2 { get; private set; }
    public float LateralSpeedMps { get; private set; }
    private float _targetSpeedMps;
    private float? _stopAtLateralM;

    public void Reset(float xM, float yM, float speedMps, float lateralSpeedMps)
    {
        XM = xM;
        YM = yM;
        SpeedMps = speedMps;
        _targetSpeedMps = speedMps;
        AccelMps2 = 0f;
        LateralSpeedMps = lateralSpeedMps;
        _stopAtLateralM = null;
        Array.Clear(_fired);
    }

    public void Step(float stepS, float timeS, float gapM)
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
                AccelMps2 = a;
                _targetSpeedMps = e.TargetSpeedMps ?? (a < 0f ? 0f : float.MaxValue);
            }
            else if (e.TargetSpeedMps is float target)
            {
                _targetSpeedMps = target;
                SpeedMps = target;
            }

            if (e.LateralSpeedMps is float lateral) LateralSpeedMps = lateral;
            if (e.StopAtLateralM is float stopAt) _stopAtLateralM = stopAt;
        }

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

        XM += SpeedMps * stepS;
        float y = YM + LateralSpeedMps * stepS;
        if (_stopAtLateralM is float stop && (LateralSpeedMps > 0f ? y >= stop : y <= stop) && LateralSpeedMps != 0f)
        {
            y = stop;
            LateralSpeedMps = 0f;
        }

        YM = y;
    }
}
