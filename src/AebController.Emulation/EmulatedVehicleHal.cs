using AebController.Emulation.Driver;
using AebController.Emulation.Faults;
using AebController.Emulation.Profiles;
using AebController.Emulation.Sensors;
using AebController.Emulation.World;
using AebController.Firmware.Runtime;
using AebController.Firmware.Signals;

namespace AebController.Emulation;

/// <summary>
/// The emulated backend of the HAL. <see cref="Read"/> advances the world in 1 ms physics steps up
/// to the cycle time (lock-step, as ArduPilot's SITL does) and fills the frame from the sensor
/// models, with injected faults applied; <see cref="Write"/> hands the command to the plant.
/// Nothing is allocated per cycle.
/// </summary>
public sealed class EmulatedVehicleHal : ISensorSource, IActuatorSink
{
    private readonly SimulationWorld _world;
    private readonly DriverScript _driver;
    private readonly FaultSchedule _faults;
    private readonly RadarModel _frontRadar;
    private readonly RadarModel _rearRadar;
    private readonly RadarModel _frontLeftCorner;
    private readonly RadarModel _frontRightCorner;
    private readonly CameraModel _camera;
    private readonly UltrasonicRingModel _ultrasonics;
    private readonly SignalCorruption _corruption = new();
    private readonly VehicleSignalModel _signals;
    private readonly ulong _seed;

    // What the car's buses last delivered; a stale fault freezes a group here while its age grows.
    private readonly SensorFrame _bus = new();
    private long _pedalsUs;
    private long _steeringUs;
    private long _gearUs;
    private long _brakeFeedbackUs;
    private long _motionUs;
    private ActuatorCommand _command = ActuatorCommand.Neutral;

    public EmulatedVehicleHal(SimulationWorld world, DriverScript driver, FaultSchedule faults, ulong seed, WorldProfile? profile = null)
    {
        Profile = profile ?? WorldProfile.Realistic;
        _world = world;
        _driver = driver;
        _faults = faults;
        _seed = seed;
        _frontRadar = new RadarModel(Profile.FrontRadar, SensorMount.Front, seed);
        _rearRadar = new RadarModel(Profile.RearRadar, SensorMount.Rear, seed ^ 0x5EED_0001UL);
        _frontLeftCorner = new RadarModel(Profile.FrontCornerRadar, Profile.FrontCornerMount, left: true, seed ^ 0x5EED_0005UL);
        _frontRightCorner = new RadarModel(Profile.FrontCornerRadar, Profile.FrontCornerMount, left: false, seed ^ 0x5EED_0006UL);
        _camera = new CameraModel(Profile.Camera, seed ^ 0x5EED_0002UL);
        _ultrasonics = new UltrasonicRingModel(Profile.Ultrasonics, seed ^ 0x5EED_0003UL);
        _signals = new VehicleSignalModel(Profile.VehicleSignals, seed ^ 0x5EED_0004UL);
        _bus.Clear();
    }

    /// <summary>Light the camera works in (scenario field "lighting").</summary>
    public Lighting Lighting
    {
        get => _camera.Lighting;
        set => _camera.Lighting = value;
    }

    /// <summary>The world profile whose sensor models this vehicle uses.</summary>
    public WorldProfile Profile { get; }

    public SimulationWorld World => _world;
    public FaultSchedule Faults => _faults;
    public DriverScript Driver => _driver;
    public ref readonly ActuatorCommand LastCommand => ref _command;

    /// <summary>Driver controls of the latest physics step.</summary>
    public Vehicle.DriverControls Controls { get; private set; }

    public void Reset(float egoSpeedMps, bool reverse)
    {
        _world.Reset(egoSpeedMps, reverse);
        _driver.Reset();
        _frontRadar.Reset(_seed);
        _rearRadar.Reset(_seed ^ 0x5EED_0001UL);
        _frontLeftCorner.Reset(_seed ^ 0x5EED_0005UL);
        _frontRightCorner.Reset(_seed ^ 0x5EED_0006UL);
        _camera.Reset(_seed ^ 0x5EED_0002UL);
        _ultrasonics.Reset(_seed ^ 0x5EED_0003UL);
        _signals.Reset(_seed ^ 0x5EED_0004UL);
        _bus.Clear();
        _command = ActuatorCommand.Neutral;
        Controls = _driver.At(0f);
        _pedalsUs = _steeringUs = _gearUs = _brakeFeedbackUs = _motionUs = -1;
        _corruption.Prepare(_faults);
    }

    public void Write(in ActuatorCommand command, long nowUs)
    {
        _command = command;
        _driver.SeeWarning(command.Warnings != WarningOutputs.None, nowUs * 1e-6f);
    }

    public void Read(SensorFrame frame, long nowUs)
    {
        while (_world.TimeUs < nowUs)
        {
            float brake = _command.BrakeDecelRequestMps2;
            if (_faults.TryGetActive(FaultInput.BrakeFeedback, _world.TimeUs, out var weak) && weak.Kind == FaultKind.ActuatorWeak)
            {
                brake *= Math.Clamp(weak.Value, 0f, 1f);
            }

            Controls = _driver.At(_world.TimeS);
            _world.Step(Controls, brake, _command.DriveTorqueLimit);
            _frontRadar.Tick(_world);
            _rearRadar.Tick(_world);
            _frontLeftCorner.Tick(_world);
            _frontRightCorner.Tick(_world);
            _camera.Tick(_world);
            _ultrasonics.Tick(_world);
        }

        RefreshBus(nowUs);
        frame.CopyFrom(_bus);
        frame.NowUs = nowUs;
        AgeVehicleSignals(frame, nowUs);
        _corruption.Apply(frame, _faults, nowUs);
    }

    private void RefreshBus(long nowUs)
    {
        var ego = _world.Ego;
        var controls = Controls;

        // Sensor object lists: stale keeps the last delivered list (its age keeps growing).
        PublishRadar(_frontRadar, ref _bus.FrontRadar, FaultInput.FrontRadar, nowUs);
        PublishRadar(_rearRadar, ref _bus.RearRadar, FaultInput.RearRadar, nowUs);
        PublishRadar(_frontLeftCorner, ref _bus.FrontLeftCornerRadar, FaultInput.FrontLeftCornerRadar, nowUs);
        PublishRadar(_frontRightCorner, ref _bus.FrontRightCornerRadar, FaultInput.FrontRightCornerRadar, nowUs);

        if (!IsStale(FaultInput.Camera, nowUs))
        {
            _camera.Publish(ref _bus.FrontCamera, nowUs);
            if (Active(FaultInput.Camera, nowUs, out var cam))
            {
                if (cam.Kind == FaultKind.SensorFault) _bus.FrontCamera.SensorOk = false;
                if (cam.Kind == FaultKind.Dropout) _bus.FrontCamera.Count = 0;
            }
        }

        bool frontUssStale = IsStale(FaultInput.UltrasonicFront, nowUs);
        bool rearUssStale = IsStale(FaultInput.UltrasonicRear, nowUs);
        var fresh = default(UltrasonicEchoBuffer);
        _ultrasonics.Publish(ref fresh, nowUs);
        for (int s = 0; s < UltrasonicEchoBuffer.Capacity; s++)
        {
            bool front = s < UltrasonicEchoBuffer.FrontCount;
            if (front ? frontUssStale : rearUssStale) continue;
            _bus.Ultrasonics[s] = fresh[s];
            var input = front ? FaultInput.UltrasonicFront : FaultInput.UltrasonicRear;
            if (Active(input, nowUs, out var uss))
            {
                if (uss.Kind == FaultKind.NaN) { _bus.Ultrasonics[s].HasEcho = true; _bus.Ultrasonics[s].DistanceM = float.NaN; }
                if (uss.Kind is FaultKind.Offset) _bus.Ultrasonics[s].DistanceM += uss.Value;
                if (uss.Kind is FaultKind.OutOfRange) { _bus.Ultrasonics[s].HasEcho = true; _bus.Ultrasonics[s].DistanceM = uss.Value; }
                if (uss.Kind == FaultKind.Dropout) _bus.Ultrasonics[s].HasEcho = false;
            }
        }

        // Vehicle signals arrive every cycle unless a fault says otherwise.
        if (!IsStale(FaultInput.AcceleratorPedal, nowUs) && !IsStale(FaultInput.BrakePedal, nowUs))
        {
            _pedalsUs = nowUs;
            float pedal = Math.Clamp(controls.AcceleratorPedal, 0f, 1f);
            float t1 = _signals.Pedal(pedal);
            float t2 = 0.5f * _signals.Pedal(pedal);
            if (Active(FaultInput.AcceleratorPedal, nowUs, out var ap))
            {
                if (ap.Kind == FaultKind.TrackDisagree) t2 = ap.Value;
                else t1 = ScalarFault.Apply(t1, ap, _bus.Pedals.AccelTrack1);
                if (ap.Kind == FaultKind.Stuck) t2 = _bus.Pedals.AccelTrack2;
            }

            float brakeTravel = _signals.Pedal(Math.Clamp(controls.BrakePedal, 0f, 1f));
            bool brakeSwitch = brakeTravel > 0.03f;
            if (Active(FaultInput.BrakePedal, nowUs, out var bp))
            {
                brakeTravel = ScalarFault.Apply(brakeTravel, bp, _bus.Pedals.BrakeTravel);
                if (bp.Kind == FaultKind.Stuck) brakeSwitch = _bus.Pedals.BrakeSwitch;
            }

            _bus.Pedals.AccelTrack1 = t1;
            _bus.Pedals.AccelTrack2 = t2;
            _bus.Pedals.BrakeTravel = brakeTravel;
            _bus.Pedals.BrakeSwitch = brakeSwitch;
        }

        bool wheelStale = IsStale(FaultInput.WheelSpeed, nowUs);
        bool imuStale = IsStale(FaultInput.Imu, nowUs);
        if (!wheelStale && !imuStale)
        {
            _motionUs = nowUs;
            float travelSign = ego.VelocityMps < 0f ? -1f : 1f;
            float speed = _signals.WheelSpeed(ego.SpeedMps);
            float accel = _signals.LongAccel(ego.AccelMps2 * travelSign, _world.Road.GradeRad, travelSign);
            float yaw = _signals.YawRate(ego.YawRateRps);
            if (Active(FaultInput.WheelSpeed, nowUs, out var ws)) speed = ScalarFault.Apply(speed, ws, _bus.Motion.WheelSpeedMps);
            if (Active(FaultInput.Imu, nowUs, out var imu))
            {
                yaw = ScalarFault.Apply(yaw, imu, _bus.Motion.YawRateRps);
                if (imu.Kind is FaultKind.NaN or FaultKind.Stuck) accel = ScalarFault.Apply(accel, imu, _bus.Motion.LongAccelMps2);
            }

            _bus.Motion.WheelSpeedMps = speed;
            _bus.Motion.LongAccelMps2 = accel;
            _bus.Motion.YawRateRps = yaw;

            // The brake system's slip and ABS cues come from the same wheel-speed sensors.
            _bus.Motion.SlipCuesAvailable = true;
            _bus.Motion.BrakeSlip = float.IsFinite(speed) ? ego.BrakeSlip : float.NaN;
            _bus.Motion.AbsActive = ego.AbsActive;
        }

        if (!IsStale(FaultInput.Steering, nowUs))
        {
            _steeringUs = nowUs;
            float angle = ego.SteeringWheelRad;
            float rate = ego.SteeringWheelRateRps;
            if (Active(FaultInput.Steering, nowUs, out var st) && !SignalCorruption.Handles(st))
            {
                angle = ScalarFault.Apply(angle, st, _bus.Steering.AngleRad);
                if (st.Kind == FaultKind.NaN) rate = float.NaN;
                if (st.Kind == FaultKind.Stuck) rate = 0f;
            }

            _bus.Steering.AngleRad = angle;
            _bus.Steering.RateRps = rate;
        }

        if (!IsStale(FaultInput.Gear, nowUs))
        {
            _gearUs = nowUs;
            var gear = controls.Gear;
            if (Active(FaultInput.Gear, nowUs, out var g) && g.Kind == FaultKind.OutOfRange) gear = (Gear)(byte)g.Value;
            _bus.Gear.Gear = gear;
        }

        if (!IsStale(FaultInput.BrakeFeedback, nowUs))
        {
            _brakeFeedbackUs = nowUs;
            float feedback = ego.Brake.DecelMps2;
            if (Active(FaultInput.BrakeFeedback, nowUs, out var bf))
            {
                if (bf.Kind == FaultKind.NaN) feedback = float.NaN;
                if (bf.Kind == FaultKind.Offset) feedback += bf.Value;
            }

            _bus.BrakeFeedback.DecelMps2 = feedback;
        }

    }

    private void AgeVehicleSignals(SensorFrame frame, long nowUs)
    {
        frame.Pedals.AgeUs = Age(_pedalsUs, nowUs);
        frame.Motion.AgeUs = Age(_motionUs, nowUs);
        frame.Steering.AgeUs = Age(_steeringUs, nowUs);
        frame.Gear.AgeUs = Age(_gearUs, nowUs);
        frame.BrakeFeedback.AgeUs = Age(_brakeFeedbackUs, nowUs);

        // A frozen object list keeps the age it was delivered with plus the time since.
        if (IsStale(FaultInput.FrontRadar, nowUs)) frame.FrontRadar.AgeUs = StaleAge(FaultInput.FrontRadar, _bus.FrontRadar.AgeUs, nowUs);
        if (IsStale(FaultInput.RearRadar, nowUs)) frame.RearRadar.AgeUs = StaleAge(FaultInput.RearRadar, _bus.RearRadar.AgeUs, nowUs);
        if (IsStale(FaultInput.FrontLeftCornerRadar, nowUs)) frame.FrontLeftCornerRadar.AgeUs = StaleAge(FaultInput.FrontLeftCornerRadar, _bus.FrontLeftCornerRadar.AgeUs, nowUs);
        if (IsStale(FaultInput.FrontRightCornerRadar, nowUs)) frame.FrontRightCornerRadar.AgeUs = StaleAge(FaultInput.FrontRightCornerRadar, _bus.FrontRightCornerRadar.AgeUs, nowUs);
        if (IsStale(FaultInput.Camera, nowUs)) frame.FrontCamera.AgeUs = StaleAge(FaultInput.Camera, _bus.FrontCamera.AgeUs, nowUs);
        for (int s = 0; s < UltrasonicEchoBuffer.Capacity; s++)
        {
            var input = s < UltrasonicEchoBuffer.FrontCount ? FaultInput.UltrasonicFront : FaultInput.UltrasonicRear;
            if (IsStale(input, nowUs)) frame.Ultrasonics[s].AgeUs = StaleAge(input, _bus.Ultrasonics[s].AgeUs, nowUs);
        }
    }

    private long StaleAge(FaultInput input, long ageAtFreezeUs, long nowUs)
    {
        _faults.TryGetActive(input, nowUs, out var fault);
        if (ageAtFreezeUs >= SignalAge.Never) return SignalAge.Never;
        return ageAtFreezeUs + (nowUs - fault.StartUs);
    }

    private static long Age(long deliveredUs, long nowUs) => deliveredUs < 0 ? SignalAge.Never : nowUs - deliveredUs;

    /// <summary>One radar's list onto the bus with its fault applied; a stale fault keeps the last list delivered.</summary>
    private void PublishRadar(RadarModel radar, ref RadarObjectList list, FaultInput input, long nowUs)
    {
        if (IsStale(input, nowUs)) return;
        radar.Publish(ref list, nowUs);
        ApplyRadarFault(ref list, input, nowUs);
    }

    private bool IsStale(FaultInput input, long nowUs) =>
        _faults.TryGetActive(input, nowUs, out var f) && f.Kind == FaultKind.Stale;

    private bool Active(FaultInput input, long nowUs, out InjectedFault fault) => _faults.TryGetActive(input, nowUs, out fault);

    private void ApplyRadarFault(ref RadarObjectList list, FaultInput input, long nowUs)
    {
        if (!Active(input, nowUs, out var fault)) return;
        switch (fault.Kind)
        {
            case FaultKind.SensorFault: list.SensorOk = false; break;
            case FaultKind.Dropout: list.Count = 0; break;
            case FaultKind.NaN:
                for (int i = 0; i < list.Count; i++) list.Tracks[i].LongitudinalM = float.NaN;
                break;
            case FaultKind.Offset:
                for (int i = 0; i < list.Count; i++) list.Tracks[i].LongitudinalM += fault.Value;
                break;
            case FaultKind.OutOfRange:
                list.Count = RadarTrackBuffer.Capacity + 1;
                break;
        }
    }
}
