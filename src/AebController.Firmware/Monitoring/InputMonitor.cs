using AebController.Firmware.Calibration;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Monitoring;

/// <summary>
/// Checks each input's age and range every cycle and latches a diagnostic code for each fault
/// until restart. Functions read <see cref="Health"/> to fall back to their safe state.
/// </summary>
public sealed class InputMonitor
{
    private readonly MonitoringCalibration _cal;
    private InputHealth _health;
    private long _firstCheckUs;
    private bool _started;
    private bool _inGrace;

    public InputMonitor(MonitoringCalibration calibration)
    {
        _cal = calibration;
    }

    public DiagnosticCode Latched { get; private set; }

    public ref readonly InputHealth Health => ref _health;

    public void Reset()
    {
        Latched = DiagnosticCode.None;
        _health = default;
        _started = false;
        _inGrace = false;
    }

    public void Check(SensorFrame frame)
    {
        if (!_started)
        {
            _started = true;
            _firstCheckUs = frame.NowUs;
        }

        _inGrace = frame.NowUs - _firstCheckUs < _cal.StartupGraceUs;
        _health.FrontRadarOk = Fresh(frame.FrontRadar.AgeUs, _cal.RadarMaxAgeUs, DiagnosticCode.FrontRadarStale)
            & Flag(frame.FrontRadar.SensorOk, DiagnosticCode.FrontRadarFault)
            & Flag(frame.FrontRadar.Count >= 0 && frame.FrontRadar.Count <= RadarTrackBuffer.Capacity, DiagnosticCode.RadarValueOutOfRange);

        float speed = frame.Motion.WheelSpeedMps;
        _health.WheelSpeedOk = Fresh(frame.Motion.AgeUs, _cal.VehicleSignalMaxAgeUs, DiagnosticCode.WheelSpeedStale)
            & Flag(float.IsFinite(speed) && speed >= 0f && speed < 100f, DiagnosticCode.WheelSpeedOutOfRange);
        _health.ImuOk = Fresh(frame.Motion.AgeUs, _cal.VehicleSignalMaxAgeUs, DiagnosticCode.ImuStale)
            & Flag(float.IsFinite(frame.Motion.YawRateRps) && MathF.Abs(frame.Motion.YawRateRps) < 3f
                && float.IsFinite(frame.Motion.LongAccelMps2) && MathF.Abs(frame.Motion.LongAccelMps2) < 30f, DiagnosticCode.ImuOutOfRange);
        _health.GearOk = Fresh(frame.Gear.AgeUs, _cal.VehicleSignalMaxAgeUs, DiagnosticCode.GearStale)
            & Flag(frame.Gear.Gear <= Gear.Drive, DiagnosticCode.GearInvalid);
        _health.SteeringOk = Fresh(frame.Steering.AgeUs, _cal.VehicleSignalMaxAgeUs, DiagnosticCode.SteeringStale)
            & Flag(float.IsFinite(frame.Steering.AngleRad) && float.IsFinite(frame.Steering.RateRps), DiagnosticCode.SteeringOutOfRange);

        float t1 = frame.Pedals.AccelTrack1;
        float t2 = frame.Pedals.AccelTrack2;
        bool pedalFresh = Fresh(frame.Pedals.AgeUs, _cal.VehicleSignalMaxAgeUs, DiagnosticCode.AccelPedalStale);
        bool pedalInRange = Flag(float.IsFinite(t1) && float.IsFinite(t2) && t1 >= -0.02f && t1 <= 1.02f && t2 >= -0.02f && t2 <= 0.52f,
            DiagnosticCode.AccelPedalOutOfRange);
        _health.AccelPedalOk = pedalFresh & pedalInRange;
        _health.TrustedAccelPedal = _health.AccelPedalOk ? Math.Clamp(t1, 0f, 1f) : 0f;

        _health.BrakePedalOk = Fresh(frame.Pedals.AgeUs, _cal.VehicleSignalMaxAgeUs, DiagnosticCode.BrakePedalStale)
            & Flag(float.IsFinite(frame.Pedals.BrakeTravel) && frame.Pedals.BrakeTravel >= -0.02f && frame.Pedals.BrakeTravel <= 1.02f,
                DiagnosticCode.BrakePedalOutOfRange);
    }

    private bool Fresh(long ageUs, long maxAgeUs, DiagnosticCode code)
    {
        if (_inGrace && ageUs >= SignalAge.Never)
        {
            // Not arrived yet during start-up: unusable, but not a fault.
            return false;
        }

        return Flag(ageUs >= 0 && ageUs <= maxAgeUs, code);
    }

    private bool Flag(bool ok, DiagnosticCode code)
    {
        if (!ok)
        {
            Latched |= code;
        }

        return ok;
    }
}
