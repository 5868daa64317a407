using AebController.Firmware.Calibration;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Monitoring;

/// <summary>
/// Checks every input each cycle — age against its update rate, range and NaN, accelerator track
/// agreement, brake actuator feedback against the request — and latches a diagnostic code for each
/// fault until restart. <see cref="Health"/> is the live verdict the functions use to fall back to
/// their safe state in the same cycle the fault is seen.
/// </summary>
public sealed class InputMonitor
{
    private readonly MonitoringCalibration _cal;
    private readonly float _cycleS;
    private readonly float[] _requestDelayLine;
    private InputHealth _health;
    private long _firstCheckUs;
    private bool _started;
    private bool _inGrace;
    private int _trackDisagreeCycles;
    private int _brakeDisagreeCycles;
    private int _wheelJumpCycles;
    private readonly int _wheelJumpDebounceCycles;
    private float _wheelReferenceMps;
    private bool _wheelReferenceValid;
    private readonly int _brakeDebounceCycles;
    private readonly int _wheelFrozenCycles;
    private float _frozenRunStartMps;
    private bool _frozenRunValid;
    private float _frozenCarriedMps;
    private int _frozenBrakingCycles;
    private bool _wheelFrozen;
    private int _requestHead;
    private float _expectedBrakeMps2;
    private long _brakeMismatchUs;

    private RadarListRepeat _frontRepeat;
    private RadarListRepeat _rearRepeat;
    private readonly RadarLateralAgreement _frontLateral = new();
    private readonly RadarLateralAgreement.Settings _lateralSettings;
    private readonly StationaryWorldSpeed _worldSpeed = new();
    private readonly StationaryWorldSpeed.Settings _worldSettings;

    private int _frontThreatId = -1;
    private int _frontLowSpeedThreatId = -1;
    private int _rearThreatId = -1;

    public InputMonitor(MonitoringCalibration calibration, float cyclePeriodS = 0.01f)
    {
        _cal = calibration;
        _cycleS = cyclePeriodS;
        _wheelJumpDebounceCycles = Functions.Saturating.CyclesFor(calibration.WheelSpeedJumpDebounceS, cyclePeriodS);
        _brakeDebounceCycles = Functions.Saturating.CyclesFor(calibration.BrakePlausibilityDebounceS, cyclePeriodS);
        _wheelFrozenCycles = Functions.Saturating.CyclesFor(calibration.WheelSpeedFrozenS, cyclePeriodS);
        _lateralSettings = new RadarLateralAgreement.Settings(
            calibration.RadarLateralMinUpdates, calibration.RadarLateralMaxRangeM, calibration.RadarLateralAnchorLists,
            calibration.RadarLateralToleranceM, calibration.RadarLateralTolerancePerM, calibration.RadarLateralLagS,
            calibration.RadarLateralAllowanceMps, calibration.RadarLateralAnchorMaxS, calibration.RadarLateralPersistLists);
        _worldSettings = new StationaryWorldSpeed.Settings(
            calibration.WorldSpeedMinSpeedMps, calibration.WorldSpeedMaxBrakeMps2, calibration.WorldSpeedMinUpdates,
            calibration.WorldSpeedMaxRangeM, calibration.WorldSpeedGateMps, calibration.WorldSpeedMinWitnesses,
            calibration.WorldSpeedToleranceMps, calibration.WorldSpeedToleranceShare, calibration.WorldSpeedPersistLists);
        _requestDelayLine = new float[Math.Max(1, (int)MathF.Round(calibration.BrakeModelDeadTimeS / cyclePeriodS))];
    }

    public DiagnosticCode Latched { get; private set; }

    /// <summary>The standing world's tuning (<c>monitoring.worldSpeed*</c>), for a second speed source that follows it too.</summary>
    public StationaryWorldSpeed.Settings WorldSettings => _worldSettings;

    /// <summary>Deceleration a healthy actuator would give now for the requests sent so far (dead time and lag model).</summary>
    public float ExpectedBrakeMps2 => _expectedBrakeMps2;

    public ref readonly InputHealth Health => ref _health;

    /// <summary>
    /// The brake pressing now: the healthy actuator's response to the requests sent, confirmed by the brake feedback where
    /// it is fitted and reads a finite value (the smaller of the two: neither a model nor a sensor alone can claim a brake).
    /// </summary>
    public float AppliedBrakeMps2 { get; private set; }

    /// <summary>
    /// What the standing world adds to the wheel speed once they were found to disagree (`WheelSpeedDisagreesWithRadar`);
    /// 0 before. The functions take the wheel speed plus this: the faster of the two.
    /// </summary>
    public float WheelSpeedCorrectionMps => _worldSpeed.CorrectionMps;

    /// <summary>The wheel speed was found frozen in this cycle (<see cref="DiagnosticCode.WheelSpeedFrozen"/>).</summary>
    public bool WheelSpeedFrozeThisCycle { get; private set; }

    /// <summary>
    /// The speed the frozen run started at, carried on by the accelerometer's readings beyond its offset
    /// (level road): where the car's speed was when the wheel speed was found frozen.
    /// </summary>
    public float WheelSpeedCarriedMps => _frozenCarriedMps;

    public void Reset()
    {
        Latched = DiagnosticCode.None;
        _health = default;
        _started = false;
        _inGrace = false;
        _trackDisagreeCycles = 0;
        _brakeDisagreeCycles = 0;
        _wheelJumpCycles = 0;
        _wheelReferenceMps = 0f;
        _wheelReferenceValid = false;
        _frozenRunStartMps = 0f;
        _frozenRunValid = false;
        _frozenCarriedMps = 0f;
        _frozenBrakingCycles = 0;
        _wheelFrozen = false;
        WheelSpeedFrozeThisCycle = false;
        Array.Clear(_requestDelayLine);
        _requestHead = 0;
        _expectedBrakeMps2 = 0f;
        AppliedBrakeMps2 = 0f;
        _brakeMismatchUs = 0;
        _frontRepeat.Reset();
        _rearRepeat.Reset();
        _frontLateral.Reset();
        _worldSpeed.Reset();
    }

    /// <summary>
    /// Radar track ids the functions act on (last cycle's threats; −1: none). A corrupt value in one of
    /// them makes that radar unusable, so the threat is predicted blind and kept, never dropped as gone.
    /// </summary>
    public void SetThreatTracks(int frontForwardId, int frontLowSpeedId, int rearId)
    {
        _frontThreatId = frontForwardId;
        _frontLowSpeedThreatId = frontLowSpeedId;
        _rearThreatId = rearId;
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
            & Flag(frame.FrontRadar.SensorOk || frame.FrontRadar.AgeUs >= SignalAge.Never, DiagnosticCode.FrontRadarFault)
            & RadarValues(ref frame.FrontRadar, _frontThreatId, _frontLowSpeedThreatId, rateStandsIn: true, out _health.FrontRadarRateLost)
            & FrontListMovesAndAgrees(frame);
        _health.RearRadarOk = Fresh(frame.RearRadar.AgeUs, _cal.RadarMaxAgeUs, DiagnosticCode.RearRadarStale)
            & Flag(frame.RearRadar.SensorOk || frame.RearRadar.AgeUs >= SignalAge.Never, DiagnosticCode.RearRadarFault)
            & RadarValues(ref frame.RearRadar, _rearThreatId, _rearThreatId, rateStandsIn: false, out _)
            & Flag(_rearRepeat.Update(ref frame.RearRadar, _cal.RadarFrozenLists), DiagnosticCode.RearRadarFrozen);
        _health.CameraOk = _cal.CameraFitted && Fresh(frame.FrontCamera.AgeUs, _cal.CameraMaxAgeUs, DiagnosticCode.CameraStale)
            & Flag(frame.FrontCamera.SensorOk || frame.FrontCamera.AgeUs >= SignalAge.Never, DiagnosticCode.CameraFault)
            & Flag(frame.FrontCamera.Count >= 0 && frame.FrontCamera.Count <= CameraObjectBuffer.Capacity, DiagnosticCode.CameraFault)
            & Flag(CameraValues(ref frame.FrontCamera), DiagnosticCode.CameraFault);
        _health.UltrasonicFrontOk = _cal.UltrasonicsFitted && Ultrasonics(ref frame.Ultrasonics, 0, DiagnosticCode.UltrasonicFrontStale);
        _health.UltrasonicRearOk = _cal.UltrasonicsFitted && Ultrasonics(ref frame.Ultrasonics, UltrasonicEchoBuffer.FirstRear, DiagnosticCode.UltrasonicRearStale);

        float feedback = frame.BrakeFeedback.DecelMps2;
        AppliedBrakeMps2 = _cal.BrakeFeedbackFitted
            ? (float.IsFinite(feedback) && frame.BrakeFeedback.AgeUs <= _cal.VehicleSignalMaxAgeUs ? MathF.Min(_expectedBrakeMps2, feedback) : 0f)
            : _expectedBrakeMps2;
        float speed = frame.Motion.WheelSpeedMps;
        bool motionFresh = Fresh(frame.Motion.AgeUs, _cal.VehicleSignalMaxAgeUs, DiagnosticCode.WheelSpeedStale);
        bool slipOk = !frame.Motion.SlipCuesAvailable || (frame.Motion.BrakeSlip >= 0f && frame.Motion.BrakeSlip <= 1f);
        bool speedInRange = Flag(float.IsFinite(speed) && speed >= 0f && speed < 100f && slipOk, DiagnosticCode.WheelSpeedOutOfRange);
        _health.ImuOk = motionFresh
            & Flag(float.IsFinite(frame.Motion.YawRateRps) && MathF.Abs(frame.Motion.YawRateRps) < 3f
                && float.IsFinite(frame.Motion.LongAccelMps2) && MathF.Abs(frame.Motion.LongAccelMps2) < 30f, DiagnosticCode.ImuOutOfRange);
        _health.WheelSpeedOk = motionFresh & speedInRange & WheelSpeedPlausible(motionFresh && speedInRange, speed, frame.Motion.LongAccelMps2)
            & WheelSpeedNotFrozen(motionFresh && speedInRange, speed, frame.Motion.LongAccelMps2);
        // The standing world the radar sees against the wheel speed (a drift no accelerometer tells from a grade).
        // Not on a list with lost rates: the standing world is judged by its rates, and stood-in ones come from the ranges.
        bool worldJudged = _health.FrontRadarOk && !_health.FrontRadarRateLost && motionFresh && speedInRange && frame.Gear.Gear == Gear.Drive;
        Flag(!worldJudged ? !_worldSpeed.Faulted
            : _worldSpeed.Update(ref frame.FrontRadar, frame.NowUs, speed, AppliedBrakeMps2, forward: true, _worldSettings),
            DiagnosticCode.WheelSpeedDisagreesWithRadar);
        _health.GearOk = Fresh(frame.Gear.AgeUs, _cal.VehicleSignalMaxAgeUs, DiagnosticCode.GearStale)
            & Flag(frame.Gear.Gear <= Gear.Drive, DiagnosticCode.GearInvalid);
        _health.SteeringOk = Fresh(frame.Steering.AgeUs, _cal.VehicleSignalMaxAgeUs, DiagnosticCode.SteeringStale)
            & Flag(float.IsFinite(frame.Steering.AngleRad) && MathF.Abs(frame.Steering.AngleRad) < 15f
                && float.IsFinite(frame.Steering.RateRps), DiagnosticCode.SteeringOutOfRange);

        float t1 = frame.Pedals.AccelTrack1;
        float t2 = frame.Pedals.AccelTrack2;
        bool pedalFresh = Fresh(frame.Pedals.AgeUs, _cal.VehicleSignalMaxAgeUs, DiagnosticCode.AccelPedalStale);
        bool pedalInRange = Flag(float.IsFinite(t1) && float.IsFinite(t2) && t1 >= -0.02f && t1 <= 1.02f && t2 >= -0.02f && t2 <= 0.52f,
            DiagnosticCode.AccelPedalOutOfRange);
        bool disagree = pedalInRange && MathF.Abs(t2 - 0.5f * t1) > _cal.PedalTrackTolerance;
        _trackDisagreeCycles = Functions.Saturating.Count(_trackDisagreeCycles, disagree);
        bool tracksAgree = Flag(_trackDisagreeCycles < _cal.PedalTrackDebounceCycles, DiagnosticCode.AccelPedalTrackDisagree);
        _health.AccelPedalOk = pedalFresh & pedalInRange & tracksAgree;
        // The debounce only delays the code: a disagreeing cycle is never trusted, even inside it.
        _health.AccelTracksAgree = _health.AccelPedalOk && !disagree;
        // A pedal that cannot be trusted reads as its lower track: never more torque, and never an
        // override, than the driver may have asked for.
        _health.TrustedAccelPedal = _health.AccelTracksAgree ? Math.Clamp(t1, 0f, 1f)
            : pedalFresh && pedalInRange ? Math.Clamp(MathF.Min(t1, 2f * t2), 0f, 1f) : 0f;

        float travel = frame.Pedals.BrakeTravel;
        bool brakeFresh = Fresh(frame.Pedals.AgeUs, _cal.VehicleSignalMaxAgeUs, DiagnosticCode.BrakePedalStale);
        bool brakeInRange = Flag(float.IsFinite(travel) && travel >= -0.02f && travel <= 1.02f, DiagnosticCode.BrakePedalOutOfRange);
        bool brakeDisagree = brakeInRange && !Perception.PedalPlausibility.BrakeSwitchAgrees(
            travel, frame.Pedals.BrakeSwitch, _cal.BrakeSwitchOpenBelowTravel, _cal.BrakeSwitchClosedByTravel);
        _brakeDisagreeCycles = Functions.Saturating.Count(_brakeDisagreeCycles, brakeDisagree);
        bool brakePlausible = Flag(_brakeDisagreeCycles < _brakeDebounceCycles, DiagnosticCode.BrakePedalImplausible);
        _health.BrakePedalOk = brakeFresh & brakeInRange & brakePlausible;
        // As for the accelerator: the debounce only delays the code, a contradicting cycle is never trusted.
        _health.BrakePedalAgrees = _health.BrakePedalOk && !brakeDisagree;
        _health.BrakeFeedbackOk = _cal.BrakeFeedbackFitted && Fresh(frame.BrakeFeedback.AgeUs, _cal.VehicleSignalMaxAgeUs, DiagnosticCode.BrakeFeedbackStale)
            & Flag(float.IsFinite(frame.BrakeFeedback.DecelMps2), DiagnosticCode.BrakeActuatorMismatch);
    }

    /// <summary>
    /// Compares the actuator's reported deceleration with what a healthy actuator would produce
    /// for the requests sent (dead time and lag), after the command of this cycle is known.
    /// </summary>
    /// <summary>Latches a fault found outside the monitor (a plausibility check across signals).</summary>
    public void Report(DiagnosticCode code) => Latched |= code;

    /// <summary>Inside the start-up grace: an input that has not arrived yet is unusable but not a fault.</summary>
    public bool InStartupGrace => _inGrace;

    public void CheckActuator(float requestMps2, float feedbackMps2)
    {
        float delayed = _requestDelayLine[_requestHead];
        _requestDelayLine[_requestHead] = requestMps2;
        _requestHead = (_requestHead + 1) % _requestDelayLine.Length;
        _expectedBrakeMps2 += (delayed - _expectedBrakeMps2) * MathF.Min(1f, _cycleS / _cal.BrakeModelLagS);
        if (!_health.BrakeFeedbackOk) return;
        bool mismatch = MathF.Abs(feedbackMps2 - _expectedBrakeMps2) > _cal.BrakeMismatchMps2;
        // Saturates just past the limit: it only has to tell "long enough", and must never wrap.
        _brakeMismatchUs = mismatch ? Math.Min(_brakeMismatchUs + (long)(_cycleS * 1e6f), _cal.BrakeMismatchUs + 1) : 0;
        _health.BrakeFeedbackOk = Flag(_brakeMismatchUs < _cal.BrakeMismatchUs, DiagnosticCode.BrakeActuatorMismatch);
    }

    /// <summary>
    /// The wheel speed against the IMU: each sample may differ from the last trusted speed carried on by
    /// the IMU's acceleration by at most the step limit. A sample beyond it is not trusted (the reference
    /// is carried on instead); a jump that stays past the debounce is a fault.
    /// </summary>
    private bool WheelSpeedPlausible(bool usable, float speedMps, float accelMps2)
    {
        if (!usable)
        {
            _wheelReferenceValid = false;
            _wheelJumpCycles = 0;
            return false;
        }

        float carried = _wheelReferenceMps + (_health.ImuOk ? accelMps2 * _cycleS : 0f);
        bool jump = _wheelReferenceValid && !Perception.SpeedPlausibility.WheelStepPlausible(carried, speedMps, _cal.WheelSpeedStepMps);
        _wheelReferenceMps = jump ? MathF.Max(0f, carried) : speedMps;
        _wheelReferenceValid = true;
        _wheelJumpCycles = Functions.Saturating.Count(_wheelJumpCycles, jump);
        bool persistent = !Flag(_wheelJumpCycles < _wheelJumpDebounceCycles, DiagnosticCode.WheelSpeedImplausible);
        return !jump && !persistent;
    }

    /// <summary>
    /// A wheel speed that reads the same while the accelerometer measures braking that no grade can cancel
    /// (<see cref="Perception.SpeedPlausibility.FrozenUnderBraking"/>) for the calibrated time is frozen
    /// (a stuck sensor or message): <see cref="DiagnosticCode.WheelSpeedFrozen"/>, unusable for the drive. A
    /// frozen reading is indistinguishable from a steady car while nothing brakes, so the run's speed is
    /// carried on by the accelerometer meanwhile (readings within its offset carry nothing), and that is the
    /// speed the estimate restarts from.
    /// </summary>
    private bool WheelSpeedNotFrozen(bool usable, float speedMps, float accelMps2)
    {
        WheelSpeedFrozeThisCycle = false;
        if (_wheelFrozen) return false;
        if (!usable)
        {
            _frozenRunValid = false;
            _frozenBrakingCycles = 0;
            return true;
        }

        if (!_frozenRunValid || MathF.Abs(speedMps - _frozenRunStartMps) > _cal.WheelSpeedFrozenToleranceMps)
        {
            // The reading moved: a new run starts with this sample, and only the samples after it can repeat it.
            // Its speed is the last trusted one (the plausibility reference: the sample itself unless it jumped, else
            // the trusted speed carried on by the accelerometer): a reading that jumped to a wrong value and stuck there
            // must not become the speed the estimate restarts from (aeb explore faults, seed 2: a wheel speed stuck at
            // 2 m/s from 70 km/h while braking was found frozen, the estimate restarted near 0, the carried threat stopped
            // closing and braking was released at 49 km/h, impact 24.7 km/h).
            _frozenRunStartMps = speedMps;
            _frozenCarriedMps = _wheelReferenceValid ? _wheelReferenceMps : speedMps;
            _frozenRunValid = true;
            _frozenBrakingCycles = 0;
            return true;
        }

        if (_health.ImuOk && accelMps2 < -_cal.AccelOffsetMps2)
        {
            _frozenCarriedMps = MathF.Max(0f, _frozenCarriedMps + accelMps2 * _cycleS);
        }

        // Braking that no grade cancels slows the wheels; a car standing under such a brake reads 0 at its wheels.
        bool atRest = Perception.SpeedPlausibility.AtRestUnderBrake(AppliedBrakeMps2, accelMps2, _cal.WheelSpeedFrozenMinBrakeMps2, _cal.AccelOffsetMps2);
        bool frozen = _health.ImuOk && (Perception.SpeedPlausibility.FrozenUnderBraking(
            _frozenRunStartMps, speedMps, accelMps2, _cal.WheelSpeedFrozenToleranceMps, _cal.WheelSpeedFrozenMinBrakeMps2)
            || Perception.SpeedPlausibility.FrozenAtRest(_frozenRunStartMps, speedMps, _cal.WheelSpeedFrozenToleranceMps, atRest));
        _frozenBrakingCycles = Functions.Saturating.Count(_frozenBrakingCycles, frozen);
        if (_frozenBrakingCycles < _wheelFrozenCycles) return true;
        _wheelFrozen = true;
        WheelSpeedFrozeThisCycle = true;
        Latched |= DiagnosticCode.WheelSpeedFrozen;
        return false;
    }

    /// <summary>
    /// The object list's values. Any impossible field is a code. The radar is unusable when the list is
    /// broken as a whole (its count outside the buffer, or more than half its tracks impossible) or when
    /// the corrupt track is a threat being acted on (then it is predicted blind, not lost). Any other
    /// corrupt track is only dropped by perception: a noisy far clutter track (a 2° elevation error at
    /// 188 m, an acceleration estimate past 30 m/s² at 136 m while braking) must not take the healthy
    /// tracks, the one being braked for among them, with it.
    /// </summary>
    /// <summary>
    /// Every track's fields in range (else <see cref="DiagnosticCode.RadarValueOutOfRange"/>); the radar stays usable while at
    /// most half its tracks are corrupt and no threat's. Where <paramref name="rateStandsIn"/>, a track whose range rate
    /// alone is lost is not counted corrupt (<paramref name="rateLost"/>: the rates are stood in for from the ranges), but
    /// the code is reported all the same: the lamp tells the driver as for any corrupt field.
    /// </summary>
    private bool RadarValues(ref RadarObjectList radar, int threatId, int otherThreatId, bool rateStandsIn, out bool rateLost)
    {
        bool countOk = radar.Count >= 0 && radar.Count <= RadarTrackBuffer.Capacity;
        int count = countOk ? radar.Count : 0;
        int invalid = 0;
        int rateOnly = 0;
        bool threatCorrupt = false;
        for (int i = 0; i < count; i++)
        {
            ref readonly RadarTrack t = ref radar.Tracks[i];
            if (Perception.TrackPlausibility.RadarTrackValid(t)) continue;
            if (rateStandsIn && Perception.TrackPlausibility.RadarTrackValidButRate(t))
            {
                rateOnly++;
                continue;
            }

            invalid++;
            threatCorrupt |= t.Id >= 0 && (t.Id == threatId || t.Id == otherThreatId);
        }

        Flag(countOk && invalid == 0 && rateOnly == 0, DiagnosticCode.RadarValueOutOfRange);
        rateLost = rateOnly > 0;
        return countOk && 2 * invalid <= count && !threatCorrupt;
    }

    private static bool CameraValues(ref CameraObjectList camera)
    {
        int count = camera.Count >= 0 && camera.Count <= CameraObjectBuffer.Capacity ? camera.Count : 0;
        bool valuesOk = true;
        for (int i = 0; i < count; i++)
        {
            valuesOk &= Perception.TrackPlausibility.CameraObjectValid(camera.Objects[i]);
        }

        return valuesOk;
    }

    private bool Ultrasonics(ref UltrasonicEchoBuffer echoes, int first, DiagnosticCode staleCode)
    {
        bool fresh = true;
        bool values = true;
        for (int i = first; i < first + UltrasonicEchoBuffer.FrontCount; i++)
        {
            ref readonly UltrasonicEcho e = ref echoes[i];
            fresh &= Fresh(e.AgeUs, _cal.UltrasonicMaxAgeUs, staleCode);
            values &= !e.HasEcho || (float.IsFinite(e.DistanceM) && e.DistanceM >= 0f && e.DistanceM <= 10f);
        }

        return fresh & Flag(values, DiagnosticCode.UltrasonicOutOfRange);
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

    /// <summary>
    /// The front radar's lists move (not frozen, FrontRadarFrozen) and its tracks' lateral positions follow their
    /// velocities (RadarLateralImplausible). A frozen list repeats old measurements stamped as new: the lateral agreement
    /// judges nothing across it and takes its tracks afresh when the lists move again. Judged across the freeze, the
    /// velocity's integral over the repeated lists read as a walked position and latched the radar faulted for the rest of
    /// the drive (a list stuck 0.75 s at 20 km/h, 18 m short of a standing car: no warning, no braking, contact at
    /// 20 km/h; found by `aeb explore faults`).
    /// </summary>
    private bool FrontListMovesAndAgrees(SensorFrame frame)
    {
        bool listMoves = Flag(_frontRepeat.Update(ref frame.FrontRadar, _cal.RadarFrozenLists), DiagnosticCode.FrontRadarFrozen);
        return listMoves & Flag(FrontLateralAgrees(frame, listMoves), DiagnosticCode.RadarLateralImplausible);
    }

    private bool FrontLateralAgrees(SensorFrame frame, bool listMoves)
    {
        if (!listMoves)
        {
            // Judges nothing: the frozen list is the frozen check's finding (FrontRadarFrozen), not a lateral one.
            _frontLateral.ForgetTracks();
            return true;
        }

        return _frontLateral.Update(ref frame.FrontRadar, frame.NowUs, _lateralSettings);
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
