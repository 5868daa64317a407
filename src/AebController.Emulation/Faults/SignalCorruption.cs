using AebController.Firmware.Signals;

namespace AebController.Emulation.Faults;

/// <summary>
/// The fault kinds that strike one field or need the input's history: faults on the single-signal
/// inputs (<see cref="FaultInput.AcceleratorTrack1"/> and after), drift, ±∞, delay, a stuck object
/// list, stuck gear or brake feedback, and a brake switch that disagrees with the pedal travel. Applied
/// to the frame the HAL hands the controller, after the group faults of <see cref="EmulatedVehicleHal"/>.
/// A delayed input comes from the frames of earlier cycles, a stuck one from the frame last handed
/// out. Memory for the history is taken when a run is reset, never per cycle.
/// </summary>
public sealed class SignalCorruption
{
    /// <summary>Cycles of history kept for delays (at 10 ms, 0.3 s).</summary>
    public const int HistoryCapacity = 32;

    private SensorFrame[] _history = [];
    private int _head;
    private int _filled;
    private SensorFrame? _lastOut;
    private long _lastNowUs = -1;

    // A steering angle sensor derives its rate from its angle: a corrupted angle corrupts the rate too.
    private float _steeringErrorRad;
    private float _previousSteeringErrorRad;

    /// <summary>Whether this class, not the HAL's group faults, corrupts the input for <paramref name="fault"/>.</summary>
    public static bool Handles(in InjectedFault fault)
    {
        // The single signals appended after the groups; the corner radars, appended later still, are whole lists again.
        if (fault.Input >= FaultInput.AcceleratorTrack1 && fault.Input < FaultInput.FrontLeftCornerRadar) return true;
        if (fault.Kind is FaultKind.Drift or FaultKind.PositiveInfinity or FaultKind.NegativeInfinity or FaultKind.Delay) return true;
        if (fault.Input == FaultInput.Steering && fault.Kind is FaultKind.Offset or FaultKind.OutOfRange) return true;
        if (fault.Kind == FaultKind.Stuck)
        {
            return fault.Input is FaultInput.FrontRadar or FaultInput.RearRadar or FaultInput.FrontLeftCornerRadar or FaultInput.FrontRightCornerRadar or FaultInput.Camera
                or FaultInput.UltrasonicFront or FaultInput.UltrasonicRear or FaultInput.Gear or FaultInput.BrakeFeedback;
        }

        return fault.Kind == FaultKind.TrackDisagree && fault.Input == FaultInput.BrakePedal;
    }

    /// <summary>Takes the memory the faults of a run need and forgets the last run.</summary>
    public void Prepare(FaultSchedule faults)
    {
        bool any = false;
        for (int i = 0; i < faults.Count; i++) any |= Handles(faults[i]);
        if (any && _history.Length == 0)
        {
            _history = new SensorFrame[HistoryCapacity];
            for (int i = 0; i < _history.Length; i++) _history[i] = new SensorFrame();
            _lastOut = new SensorFrame();
        }

        _head = 0;
        _filled = 0;
        _lastNowUs = -1;
        _steeringErrorRad = 0f;
        _previousSteeringErrorRad = 0f;
    }

    /// <summary>Corrupts <paramref name="frame"/> (the clean frame of this cycle) in place.</summary>
    public void Apply(SensorFrame frame, FaultSchedule faults, long nowUs)
    {
        if (_history.Length == 0) return;
        // Remember the clean frame first: a delay replays what the sensors really said.
        _history[_head].CopyFrom(frame);
        _head = (_head + 1) % _history.Length;
        if (_filled < _history.Length) _filled++;

        bool havePrevious = _filled > 1;
        _steeringErrorRad = 0f;
        for (int i = 0; i < faults.Count; i++)
        {
            var fault = faults[i];
            if (!fault.ActiveAt(nowUs) || !Handles(fault)) continue;
            SensorFrame previous = havePrevious ? _lastOut! : frame;
            SensorFrame delayed = fault.Kind == FaultKind.Delay ? Delayed(nowUs - (long)(fault.Value * 1e6f)) : frame;
            Corrupt(frame, fault, previous, delayed, nowUs);
        }

        if (_steeringErrorRad != _previousSteeringErrorRad && _lastNowUs >= 0 && nowUs > _lastNowUs)
        {
            frame.Steering.RateRps += (_steeringErrorRad - _previousSteeringErrorRad) / ((nowUs - _lastNowUs) * 1e-6f);
        }

        _previousSteeringErrorRad = _steeringErrorRad;
        _lastNowUs = nowUs;
        _lastOut!.CopyFrom(frame);
    }

    private SensorFrame Delayed(long atUs)
    {
        // The newest remembered frame measured at or before the delayed time; the oldest if none is that old.
        SensorFrame oldest = _history[(_head - _filled + _history.Length) % _history.Length];
        for (int k = 1; k <= _filled; k++)
        {
            var f = _history[(_head - k + _history.Length) % _history.Length];
            if (f.NowUs <= atUs) return f;
        }

        return oldest;
    }

    private void Corrupt(SensorFrame frame, in InjectedFault fault, SensorFrame previous, SensorFrame delayed, long nowUs)
    {
        switch (fault.Input)
        {
            case FaultInput.AcceleratorTrack1 or FaultInput.AcceleratorPedal:
                frame.Pedals.AccelTrack1 = Scalar(frame.Pedals.AccelTrack1, fault, previous.Pedals.AccelTrack1, delayed.Pedals.AccelTrack1, nowUs);
                if (fault.Input == FaultInput.AcceleratorPedal && fault.Kind == FaultKind.Delay) frame.Pedals.AccelTrack2 = delayed.Pedals.AccelTrack2;
                break;
            case FaultInput.AcceleratorTrack2:
                frame.Pedals.AccelTrack2 = Scalar(frame.Pedals.AccelTrack2, fault, previous.Pedals.AccelTrack2, delayed.Pedals.AccelTrack2, nowUs);
                break;
            case FaultInput.BrakePedal:
                if (fault.Kind == FaultKind.TrackDisagree) frame.Pedals.BrakeSwitch = !(frame.Pedals.BrakeTravel > 0.03f);
                else if (fault.Kind == FaultKind.Delay) { frame.Pedals.BrakeTravel = delayed.Pedals.BrakeTravel; frame.Pedals.BrakeSwitch = delayed.Pedals.BrakeSwitch; }
                else frame.Pedals.BrakeTravel = Scalar(frame.Pedals.BrakeTravel, fault, previous.Pedals.BrakeTravel, delayed.Pedals.BrakeTravel, nowUs);
                break;
            case FaultInput.WheelSpeed:
                frame.Motion.WheelSpeedMps = Scalar(frame.Motion.WheelSpeedMps, fault, previous.Motion.WheelSpeedMps, delayed.Motion.WheelSpeedMps, nowUs);
                break;
            case FaultInput.YawRate or FaultInput.Imu:
                frame.Motion.YawRateRps = Scalar(frame.Motion.YawRateRps, fault, previous.Motion.YawRateRps, delayed.Motion.YawRateRps, nowUs);
                if (fault.Input == FaultInput.Imu && fault.Kind == FaultKind.Delay) frame.Motion.LongAccelMps2 = delayed.Motion.LongAccelMps2;
                break;
            case FaultInput.LongAccel:
                frame.Motion.LongAccelMps2 = Scalar(frame.Motion.LongAccelMps2, fault, previous.Motion.LongAccelMps2, delayed.Motion.LongAccelMps2, nowUs);
                break;
            case FaultInput.Steering:
                float trueAngle = frame.Steering.AngleRad;
                frame.Steering.AngleRad = Scalar(trueAngle, fault, previous.Steering.AngleRad, delayed.Steering.AngleRad, nowUs);
                if (fault.Kind == FaultKind.Delay) frame.Steering.RateRps = delayed.Steering.RateRps;
                else if (fault.Kind is FaultKind.Offset or FaultKind.OutOfRange or FaultKind.Drift) _steeringErrorRad = frame.Steering.AngleRad - trueAngle;
                break;
            case FaultInput.Gear:
                if (fault.Kind == FaultKind.Stuck) frame.Gear.Gear = previous.Gear.Gear;
                if (fault.Kind == FaultKind.Delay) frame.Gear.Gear = delayed.Gear.Gear;
                break;
            case FaultInput.BrakeFeedback:
                frame.BrakeFeedback.DecelMps2 = Scalar(frame.BrakeFeedback.DecelMps2, fault, previous.BrakeFeedback.DecelMps2, delayed.BrakeFeedback.DecelMps2, nowUs);
                break;
            case FaultInput.FrontRadar:
                List(ref frame.FrontRadar, fault, previous.FrontRadar, delayed.FrontRadar, nowUs);
                break;
            case FaultInput.RearRadar:
                List(ref frame.RearRadar, fault, previous.RearRadar, delayed.RearRadar, nowUs);
                break;
            case FaultInput.FrontLeftCornerRadar:
                List(ref frame.FrontLeftCornerRadar, fault, previous.FrontLeftCornerRadar, delayed.FrontLeftCornerRadar, nowUs);
                break;
            case FaultInput.FrontRightCornerRadar:
                List(ref frame.FrontRightCornerRadar, fault, previous.FrontRightCornerRadar, delayed.FrontRightCornerRadar, nowUs);
                break;
            case FaultInput.Camera:
                CameraList(ref frame.FrontCamera, fault, previous.FrontCamera, delayed.FrontCamera, nowUs);
                break;
            case FaultInput.UltrasonicFront:
                Echoes(frame, fault, previous, delayed, nowUs, 0, UltrasonicEchoBuffer.FrontCount);
                break;
            case FaultInput.UltrasonicRear:
                Echoes(frame, fault, previous, delayed, nowUs, UltrasonicEchoBuffer.FirstRear, UltrasonicEchoBuffer.Capacity);
                break;
            case FaultInput.FrontRadarRange:
            case FaultInput.FrontRadarLateral:
            case FaultInput.FrontRadarRangeRate:
            case FaultInput.FrontRadarWidth:
            case FaultInput.FrontRadarElevation:
                TrackField(ref frame.FrontRadar, fault, previous.FrontRadar, delayed.FrontRadar, nowUs);
                break;
            case FaultInput.RearRadarRange:
                TrackField(ref frame.RearRadar, fault, previous.RearRadar, delayed.RearRadar, nowUs);
                break;
            case FaultInput.CameraRange:
                for (int i = 0; i < frame.FrontCamera.Count && i < CameraObjectBuffer.Capacity; i++)
                {
                    frame.FrontCamera.Objects[i].LongitudinalM = Scalar(frame.FrontCamera.Objects[i].LongitudinalM, fault,
                        previous.FrontCamera.Objects[i].LongitudinalM, delayed.FrontCamera.Objects[i].LongitudinalM, nowUs);
                }

                break;
        }
    }

    /// <summary>The one rule for a corrupted number.</summary>
    public static float Scalar(float value, in InjectedFault fault, float previous, float delayed, long nowUs) => fault.Kind switch
    {
        FaultKind.Offset => value + fault.Value,
        FaultKind.Stuck => previous,
        FaultKind.NaN => float.NaN,
        FaultKind.PositiveInfinity => float.PositiveInfinity,
        FaultKind.NegativeInfinity => float.NegativeInfinity,
        FaultKind.OutOfRange => fault.Value,
        FaultKind.Drift => value + fault.Value * ((nowUs - fault.StartUs) * 1e-6f),
        FaultKind.Delay => delayed,
        FaultKind.TrackDisagree => fault.Value,
        _ => value,
    };

    private static void TrackField(ref RadarObjectList list, in InjectedFault fault, in RadarObjectList previous, in RadarObjectList delayed, long nowUs)
    {
        for (int i = 0; i < list.Count && i < RadarTrackBuffer.Capacity; i++)
        {
            ref RadarTrack t = ref list.Tracks[i];
            RadarTrack p = previous.Tracks[i];
            RadarTrack d = delayed.Tracks[i];
            switch (fault.Input)
            {
                case FaultInput.FrontRadarLateral: t.LateralM = Scalar(t.LateralM, fault, p.LateralM, d.LateralM, nowUs); break;
                case FaultInput.FrontRadarRangeRate: t.RelVelLongMps = Scalar(t.RelVelLongMps, fault, p.RelVelLongMps, d.RelVelLongMps, nowUs); break;
                case FaultInput.FrontRadarWidth: t.WidthM = Scalar(t.WidthM, fault, p.WidthM, d.WidthM, nowUs); break;
                case FaultInput.FrontRadarElevation: t.ElevationM = Scalar(t.ElevationM, fault, p.ElevationM, d.ElevationM, nowUs); break;
                default: t.LongitudinalM = Scalar(t.LongitudinalM, fault, p.LongitudinalM, d.LongitudinalM, nowUs); break;
            }
        }
    }

    private static void List(ref RadarObjectList list, in InjectedFault fault, in RadarObjectList previous, in RadarObjectList delayed, long nowUs)
    {
        long age = list.AgeUs;
        switch (fault.Kind)
        {
            case FaultKind.Stuck: list = previous; list.AgeUs = age; break;
            case FaultKind.Delay: list = delayed; list.AgeUs = age; break;
            default: TrackField(ref list, fault, previous, delayed, nowUs); break;
        }
    }

    private static void CameraList(ref CameraObjectList list, in InjectedFault fault, in CameraObjectList previous, in CameraObjectList delayed, long nowUs)
    {
        long age = list.AgeUs;
        switch (fault.Kind)
        {
            case FaultKind.Stuck: list = previous; list.AgeUs = age; break;
            case FaultKind.Delay: list = delayed; list.AgeUs = age; break;
            default:
                for (int i = 0; i < list.Count && i < CameraObjectBuffer.Capacity; i++)
                {
                    list.Objects[i].LongitudinalM = Scalar(list.Objects[i].LongitudinalM, fault, previous.Objects[i].LongitudinalM, delayed.Objects[i].LongitudinalM, nowUs);
                }

                break;
        }
    }

    private static void Echoes(SensorFrame frame, in InjectedFault fault, SensorFrame previous, SensorFrame delayed, long nowUs, int first, int end)
    {
        for (int s = first; s < end; s++)
        {
            ref UltrasonicEcho echo = ref frame.Ultrasonics[s];
            long age = echo.AgeUs;
            switch (fault.Kind)
            {
                case FaultKind.Stuck: echo = previous.Ultrasonics[s]; echo.AgeUs = age; break;
                case FaultKind.Delay: echo = delayed.Ultrasonics[s]; echo.AgeUs = age; break;
                default:
                    // Values no sensor measures make an echo of their own; the others corrupt a real one.
                    if (fault.Kind is FaultKind.NaN or FaultKind.PositiveInfinity or FaultKind.NegativeInfinity or FaultKind.OutOfRange) echo.HasEcho = true;
                    else if (!echo.HasEcho) break;
                    echo.DistanceM = Scalar(echo.DistanceM, fault, previous.Ultrasonics[s].DistanceM, delayed.Ultrasonics[s].DistanceM, nowUs);
                    break;
            }
        }
    }
}
