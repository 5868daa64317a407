using AebController.Firmware.Arbitration;
using AebController.Firmware.Calibration;
using AebController.Firmware.Functions;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Runtime;

/// <summary>
/// One control step: monitor → perception → functions → arbiter. Everything is allocated in the
/// constructor; <see cref="Step"/> allocates nothing and does bounded work.
/// </summary>
public sealed class AebFirmware
{
    private readonly AebCalibration _cal;
    private readonly InputMonitor _monitor;
    private readonly DriverActivityTracker _driver;
    private readonly ForwardAeb _forwardAeb;
    private readonly TargetGate _forwardGate;
    private Arbiter _arbiter;
    private ThreatAssessment _forwardThreat;
    private float _egoSpeedMps;
    private DriverActivity _driverActivity;

    public AebFirmware(AebCalibration calibration)
    {
        _cal = calibration.EnsureValid();
        _monitor = new InputMonitor(_cal.Monitoring);
        var fwd = _cal.ForwardAeb;
        _driver = new DriverActivityTracker(fwd.KickDownPedal, fwd.DriverBrakeTravel, fwd.EvasiveSteerRateRps, _cal.CyclePeriodS);
        _forwardAeb = new ForwardAeb(fwd, _cal.CyclePeriodUs);
        _forwardGate = new TargetGate(
            fwd.MinTrackUpdates, fwd.MaxRangeM, fwd.MaxTargetElevationM, fwd.MinStationaryElevationM,
            fwd.MinOverlapM, _cal.Vehicle.WidthM, fwd.BrakeLatencyS, fwd.StopMarginM);
        Reset();
    }

    public AebCalibration Calibration => _cal;
    public ref readonly ThreatAssessment ForwardThreat => ref _forwardThreat;
    public ForwardAebState ForwardState => _forwardAeb.State;
    public InputMonitor Monitor => _monitor;
    public float EgoSpeedMps => _egoSpeedMps;
    public ref readonly DriverActivity Driver => ref _driverActivity;

    public void Reset()
    {
        _monitor.Reset();
        _driver.Reset();
        _forwardAeb.Reset();
        _forwardThreat = ThreatAssessment.None;
        _egoSpeedMps = 0f;
        _driverActivity = default;
    }

    public ActuatorCommand Step(SensorFrame frame)
    {
        long nowUs = frame.NowUs;
        _monitor.Check(frame);
        ref readonly InputHealth health = ref _monitor.Health;

        _egoSpeedMps = health.WheelSpeedOk ? frame.Motion.WheelSpeedMps : 0f;
        float accel = health.ImuOk ? frame.Motion.LongAccelMps2 : 0f;
        float yaw = health.ImuOk ? frame.Motion.YawRateRps : 0f;
        Gear gear = health.GearOk ? frame.Gear.Gear : Gear.Park;
        _driverActivity = _driver.Update(health.TrustedAccelPedal, frame.Pedals, frame.Steering);
        ref readonly DriverActivity driver = ref _driverActivity;

        bool forwardInputsOk = health.FrontRadarOk && health.WheelSpeedOk && health.GearOk;
        if (forwardInputsOk && gear == Gear.Drive)
        {
            var path = new EgoPath(_egoSpeedMps, yaw, _cal.Vehicle.RearAxleToFrontBumperM);
            _forwardThreat = RadarThreatAssessor.Assess(ref frame.FrontRadar, ref frame.FrontCamera, path, _egoSpeedMps, accel, _forwardGate);
        }
        else
        {
            _forwardThreat = ThreatAssessment.None;
        }

        var forward = _forwardAeb.Step(nowUs, _egoSpeedMps, gear, _forwardThreat, driver, !forwardInputsOk);

        _arbiter.Begin();
        _arbiter.Add(forward, forward.BrakeReason == FunctionFlags.None ? FunctionFlags.ForwardAeb : forward.BrakeReason);
        var command = _arbiter.Finish(_monitor.Latched);
        if ((command.WarningReasons & (FunctionFlags.ForwardAeb | FunctionFlags.BrakeAssist)) != 0)
        {
            // The warning of forward AEB is the FCW; report it under its own name.
            command.WarningReasons = (command.WarningReasons & ~(FunctionFlags.ForwardAeb | FunctionFlags.BrakeAssist)) | FunctionFlags.Fcw;
        }

        command.ForwardAebState = _forwardAeb.State;
        command.ForwardBrakeStage = _forwardAeb.Stage;
        return command;
    }
}
