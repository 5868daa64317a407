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
    private readonly ObstacleAeb _reverseAeb;
    private readonly ObstacleAeb _lowSpeedForward;
    private readonly ObstacleAeb _lowSpeedRear;
    private readonly Mai _mai;
    private readonly UltrasonicObstacleTracker _frontEchoes;
    private readonly UltrasonicObstacleTracker _rearEchoes;
    private readonly WheelAcceleration _wheelAccel;
    private readonly TargetGate _forwardGate;
    private readonly TargetGate _rearGate;
    private readonly float _rearOverhangM;
    private Arbiter _arbiter;
    private readonly ThreatPersistence _forwardPersistence = new();
    private readonly CameraConfirmation _cameraConfirmation = new();
    private readonly TurnAcrossPath _turn = new();
    private readonly ThreatPersistence _turnPersistence = new();
    private readonly TurnGate _turnGate;
    private readonly CameraLateralTracks _cameraTracks = new();
    private readonly RadarLateralHistory _radarLateral = new();
    private readonly ThreatLateralWitness _lateralWitness;
    private readonly RadarRangeHistory _radarRanges = new();
    private readonly LaneTracker _lane = new();
    private readonly YawRateHistory _yawHistory;
    private readonly long _trackedRotationLagUs;
    private readonly LanePathGate _laneGate;
    private readonly ThreatPersistence _cameraPersistence = new();
    private readonly ThreatPersistence _cameraFallbackPersistence = new();
    private readonly CameraFallbackThreat.Settings _cameraFallback;
    private readonly CameraLeadRanges _cameraLeads = new();
    private readonly CameraLeadThreat.Settings _cameraLead;
    private readonly CameraFallbackCarry _fallbackCarry = new();
    private readonly CameraFallbackCarry.Settings _fallbackCarrySettings;
    private readonly CornerRadarFusion _cornerRadars;
    private ThreatAssessment _forwardThreat;
    private ThreatAssessment _rearRadarThreat;
    private ThreatAssessment _lowSpeedForwardThreat;
    private ThreatAssessment _rearThreat;
    private float _egoSpeedMps;
    private DriverActivity _driverActivity;
    private GapRateEstimator _obstacleGap;
    private EgoSpeedEstimator _speedEstimate;
    private ThreatPredictor _forwardPrediction;
    private HeldThreatRange _heldRange;
    private HeldLeadDeceleration _leadDecel;
    private FrozenRate _frozenRate;
    private readonly RangeSlopeExcess _rateExcess = new();
    private readonly long _rateExcessWindowUs;
    private readonly RadarRateStandIn _rateStandIn = new();
    private readonly long _rateStandInWindowUs;
    private StandingThreat _standingThreat;
    private RangeConsistencyMonitor _rangeConsistency;
    private RangeRateAgreement _rangeRate;
    private RadarRangeSlopeAgreement _radarSlopes;
    private readonly RadarRangeDriftAgreement _radarDrift = new();
    private readonly RadarRangeDriftAgreement.Settings _driftSettings;
    private bool _frontRadarInconsistent;
    private int _yawDisagreeCycles;
    private bool _yawFaulted;
    private readonly int _yawDebounceCycles;
    private ThreatPredictor _lowForwardPrediction;
    private ThreatPredictor _rearPrediction;
    private EchoFreezeCheck _frontEchoFreeze;
    private EchoStandingCheck _frontEchoStanding;
    private EchoFreezeCheck _rearEchoFreeze;
    private Gear _lastTrustedGear;
    private GearHold _gearHold;
    private readonly SpeedStandIn _speedStandIn;
    private Gear _gearCandidate;
    private int _gearCandidateCycles;
    private bool _gearSeen;
    private readonly int _gearDebounceCycles;
    private int _forwardFaultCycles;
    private int _blindCameraSilentCycles = int.MaxValue;
    private readonly int _blindCameraSilenceCycles;
    private float _trackedTtcS = float.PositiveInfinity;
    private float _holdBrakeMps2;
    private int _lowForwardFaultCycles;
    private int _rearFaultCycles;
    private float _rearWitnessFasterMps = float.NaN;
    private bool _wheelSpeedWasOk;
    private readonly int _forwardCoastCycles;
    private readonly int _leadDecelHoldCycles;
    private readonly int _obstacleCoastCycles;
    private readonly int _restCycles;

    /// <summary>The camera list used when the camera is faulted or absent: empty, so it can neither veto nor classify.</summary>
    private CameraObjectList _noCamera;

    public AebFirmware(AebCalibration calibration)
    {
        _cal = calibration.EnsureValid();
        _monitor = new InputMonitor(_cal.Monitoring, _cal.CyclePeriodS);
        _cornerRadars = new CornerRadarFusion(_cal.CornerRadars, _cal.Monitoring.RadarMaxAgeUs, _cal.Monitoring.RadarFrozenLists);
        // The yaw rate back to the oldest radar list still used plus the tracker's lag (EgoPath.WithTrackedRotation).
        _trackedRotationLagUs = (long)MathF.Round(_cal.ForwardAeb.RadarLateralVelocityLagS * 1e6f);
        _yawHistory = new YawRateHistory(Saturating.CyclesFor((_cal.Monitoring.RadarMaxAgeUs + _trackedRotationLagUs) * 1e-6f, _cal.CyclePeriodS) + 1);
        var fwd = _cal.ForwardAeb;
        _driver = new DriverActivityTracker(fwd.KickDownPedal, fwd.DriverBrakeTravel, fwd.EvasiveSteerRateRps, _cal.CyclePeriodS, _cal.DriverOverride);
        _forwardAeb = new ForwardAeb(fwd, _cal.CyclePeriodUs, _cal.DriverOverride.OverrideReleaseRateMps3);
        _reverseAeb = new ObstacleAeb(_cal.ReverseAeb, Gear.Reverse, _cal.CyclePeriodS, fwd.ReleaseRateMps3);
        _lowSpeedForward = new ObstacleAeb(_cal.LowSpeedForward, Gear.Drive, _cal.CyclePeriodS, fwd.ReleaseRateMps3);
        _lowSpeedRear = new ObstacleAeb(_cal.LowSpeedRear, Gear.Reverse, _cal.CyclePeriodS, fwd.ReleaseRateMps3);
        _mai = new Mai(_cal.Mai, _cal.CyclePeriodUs);
        _frontEchoes = new UltrasonicObstacleTracker(_cal.Ultrasonic, rear: false, _cal.Vehicle.WidthM);
        _rearEchoes = new UltrasonicObstacleTracker(_cal.Ultrasonic, rear: true, _cal.Vehicle.WidthM);
        _wheelAccel = new WheelAcceleration(Saturating.CyclesFor(_cal.Monitoring.WheelAccelWindowS, _cal.CyclePeriodS));
        _forwardGate = new TargetGate(
            fwd.MinTrackUpdates, fwd.MaxRangeM, fwd.MaxTargetElevationM, fwd.MinStationaryElevationM,
            fwd.MinOverlapM, _cal.Vehicle.WidthM, fwd.BrakeLatencyS, fwd.StopMarginM,
            LateralVelocityDeadbandMps: fwd.LateralVelocityDeadbandMps, LateralVelocityDeadbandPerM: fwd.LateralVelocityDeadbandPerM,
            StationaryNeedsCamera: fwd.StationaryNeedsCamera, MinThreatLists: fwd.MinThreatLists,
            YawRateUncertaintyRps: fwd.YawRateUncertaintyDps * MathF.PI / 180f,
            CameraStationarySpeedMps: fwd.CameraStationarySpeedMps, CameraStationarySpeedShare: fwd.CameraStationarySpeedShare,
            CrossingRadarOnlyMaxRangeM: fwd.CrossingRadarOnlyMaxRangeM,
            CrossingCameraMinWidthM: fwd.CrossingCameraMinWidthM, CrossingCameraHalfFovRad: fwd.CrossingCameraHalfFovDeg * MathF.PI / 180f,
            CrossingCameraMaxRangeM: fwd.CrossingCameraMaxRangeM,
            CameraLatchLists: fwd.CameraLatchLists, CameraLatchGapLists: fwd.CameraLatchGapLists,
            OncomingLateralHorizonS: fwd.OncomingLateralHorizonS, OncomingMinSpeedMps: fwd.OncomingMinSpeedMps,
            FaceToCentreMaxM: fwd.FaceToCentreMaxM, OncomingMinTrackUpdates: fwd.OncomingMinTrackUpdates,
            CameraCrossingMinSpeedMps: fwd.CameraCrossingMinSpeedMps, CameraCrossingWindowUs: (long)MathF.Round(fwd.CameraCrossingWindowS * 1e6f),
            CameraCrossingMinSamples: fwd.CameraCrossingMinSamples, CameraCrossingMaxTtcS: fwd.CameraCrossingMaxTtcS,
            StandingMinTrackUpdates: fwd.StandingMinTrackUpdates, LowReturnElevationM: fwd.LowReturnElevationM,
            StandingSpeedShare: fwd.StandingSpeedShare, FlatReturnCrossingMps: fwd.FlatReturnCrossingMps,
            YoungTrackUpdates: fwd.YoungTrackUpdates, YoungTrackMaxRangeM: fwd.YoungTrackMaxRangeM, YoungTrackCandidateGapLists: fwd.YoungTrackCandidateGapLists,
            YoungCrossingMinTrackUpdates: fwd.YoungCrossingMinTrackUpdates,
            TrackerAlpha: fwd.RadarTrackerAlpha, TrackerBeta: fwd.RadarTrackerBeta,
            LateralDecelWindowUs: (long)MathF.Round(fwd.LateralDecelWindowS * 1e6f), LateralDecelMinSamples: fwd.LateralDecelMinSamples,
            LateralDecelMinMps2: fwd.LateralDecelMinMps2, LateralDecelSigmas: fwd.LateralDecelSigmas,
            LateralVelocityLagS: fwd.RadarLateralVelocityLagS,
            LateralOnsetWindowUs: (long)MathF.Round(fwd.LateralOnsetWindowS * 1e6f), LateralOnsetMinSamples: fwd.LateralOnsetMinSamples,
            LateralOnsetMinMps2: fwd.LateralOnsetMinMps2,
            SustainedCrossingWindowUs: (long)MathF.Round(fwd.SustainedCrossingWindowS * 1e6f),
            SustainedCrossingMinSamples: fwd.SustainedCrossingMinSamples, SustainedCrossingDeadbandShare: fwd.SustainedCrossingDeadbandShare,
            RangeSlopeWindowUs: (long)MathF.Round(fwd.RangeSlopeWindowS * 1e6f), RangeSlopeMinSamples: fwd.RangeSlopeMinSamples,
            RangeSlopeToleranceMps: fwd.RangeSlopeToleranceMps, RangeSlopeSigmas: fwd.RangeSlopeSigmas,
            RangeFallToleranceM: fwd.RangeFallToleranceM, FullAccuracyRcsAt100MDbsm: fwd.FullAccuracyRcsAt100MDbsm);
        _turnGate = new TurnGate(
            fwd.TurnMinSpeedMps, fwd.TurnMaxSpeedMps, fwd.TurnMinDepartureCurvaturePerM, fwd.TurnMaxCurvaturePerM,
            fwd.TurnCurvatureRateHorizonS, fwd.TurnHorizonS, fwd.TurnStepS, fwd.TurnTargetMinSpeedMps, fwd.TurnTargetLengthM,
            fwd.TurnMaxRangeM, fwd.TurnMarginM, fwd.TurnRoadCurvatureTimeConstantS, fwd.MinTrackUpdates, fwd.MaxTargetElevationM,
            _cal.Vehicle.WidthM, _cal.Vehicle.RearAxleToFrontBumperM, fwd.BrakeLatencyS, fwd.StopMarginM,
            _cal.Vehicle.SteeringRatio, _cal.Vehicle.WheelbaseM, fwd.TurnAcrossLeft ? 1f : -1f);
        _laneGate = new LanePathGate(fwd.LaneMinQuality, fwd.LaneConfirmFrames, (long)MathF.Round(fwd.LaneMaxAgeS * 1e6f),
            fwd.LaneMaxOffsetM, fwd.LaneMaxHeadingDeg * MathF.PI / 180f, fwd.LaneMaxCurvaturePerM, fwd.LaneMaxCurvatureRatePerM2,
            fwd.LaneMinViewRangeM, fwd.LaneBlendStartS, fwd.LaneBlendEndS, fwd.LaneExtrapolationM, fwd.LaneMaxNearDisagreementM,
            fwd.LaneHeadingUncertaintyRad, fwd.LaneCurvatureUncertaintyPerM, fwd.LaneShortViewMinM, _cal.Vehicle.RearAxleToFrontBumperM, fwd.LaneShortViewMaxM);
        var rev = _cal.ReverseAeb;
        // No camera looks backwards: stationary returns are judged by elevation alone there.
        _rearGate = _forwardGate with { MaxRangeM = 80f, BrakeLatencyS = rev.BrakeLatencyS, StopMarginM = rev.StopMarginM, StationaryNeedsCamera = false, MinThreatLists = 1 };
        _rearOverhangM = _cal.Vehicle.LengthM - _cal.Vehicle.RearAxleToFrontBumperM;
        _forwardCoastCycles = Saturating.CyclesFor(fwd.CoastMaxS, _cal.CyclePeriodS);
        _rateExcessWindowUs = (long)MathF.Round(fwd.RateExcessWindowS * 1e6f);
        _rateStandInWindowUs = (long)MathF.Round(fwd.RateStandInWindowS * 1e6f);
        _leadDecelHoldCycles = fwd.LeadDecelHoldS > 0f ? Saturating.CyclesFor(fwd.LeadDecelHoldS, _cal.CyclePeriodS) : 0;
        _blindCameraSilenceCycles = Saturating.CyclesFor(fwd.BlindCameraSilenceS, _cal.CyclePeriodS);
        _cameraFallback = new CameraFallbackThreat.Settings(fwd.CameraFallbackMaxRangeM, (long)MathF.Round(fwd.CameraFallbackWindowS * 1e6f),
            fwd.CameraFallbackMinSamples, fwd.CameraFallbackCrossingMinSpeedMps, fwd.CameraFallbackMinLists);
        _cameraLead = new CameraLeadThreat.Settings((long)MathF.Round(fwd.CameraLeadWindowS * 1e6f), fwd.CameraLeadMinSamples,
            fwd.CameraLeadRangeErrorPerM, fwd.CameraLeadSigmas, fwd.CameraLeadMaxResidualRatio, fwd.CameraLeadMaxDecelMps2);
        _fallbackCarrySettings = new CameraFallbackCarry.Settings(_forwardCoastCycles, fwd.FcwMaxTtcS, fwd.BrakeLatencyS, fwd.StopMarginM,
            fwd.CoastRangeRelaxMps, fwd.CoastJerkTimeConstantS, fwd.CoastAccelLagS, fwd.CoastBrakingTargetMps2);
        _gearDebounceCycles = Saturating.CyclesFor(_cal.Monitoring.GearDebounceS, _cal.CyclePeriodS);
        _yawDebounceCycles = Saturating.CyclesFor(_cal.Monitoring.YawDebounceS, _cal.CyclePeriodS);
        _obstacleCoastCycles = Saturating.CyclesFor(_cal.LowSpeedForward.CoastMaxS, _cal.CyclePeriodS);
        // At rest under the brake for as long as a frozen wheel speed must hold to be found (the same cue, confirmed alike).
        _restCycles = Saturating.CyclesFor(_cal.Monitoring.WheelSpeedFrozenS, _cal.CyclePeriodS);
        var m = _cal.Monitoring;
        _speedStandIn = new SpeedStandIn(_monitor.WorldSettings, Saturating.CyclesFor(m.SpeedStandInImuCarryS, _cal.CyclePeriodS),
            (long)MathF.Round(m.SpeedStandInWorldFixMaxAgeS * 1e6f));
        // Every confirmed track's range against its integrated rate: the threat track's check (rangeRate*) on the whole list.
        _lateralWitness = new ThreatLateralWitness(m);
        _driftSettings = new RadarRangeDriftAgreement.Settings(m.WorldSpeedMinUpdates, m.RangeRateAnchorLists, m.RangeRateToleranceM,
            m.RangeRateTolerancePerM, m.RangeRateAllowanceMps, m.RangeRateAnchorMaxS, m.RangeRateMaxRelativeAccelMps2,
            m.RangeRatePersistLists, m.RadarSlopeMinTracks, m.RadarMaxAgeUs);
        Reset();
    }

    public AebCalibration Calibration => _cal;
    public ref readonly ThreatAssessment ForwardThreat => ref _forwardThreat;
    public ref readonly ThreatAssessment RearThreat => ref _rearThreat;
    public ref readonly ThreatAssessment LowSpeedForwardThreat => ref _lowSpeedForwardThreat;
    public ForwardAebState ForwardState => _forwardAeb.State;
    public InputMonitor Monitor => _monitor;
    public float EgoSpeedMps => _egoSpeedMps;
    public ref readonly DriverActivity Driver => ref _driverActivity;

    public void Reset()
    {
        _monitor.Reset();
        _driver.Reset();
        _forwardAeb.Reset();
        _forwardPersistence.Reset();
        _cameraConfirmation.Reset();
        _turn.Reset();
        _turnPersistence.Reset();
        _cameraTracks.Reset();
        _radarLateral.Reset();
        _lateralWitness.Reset();
        _radarRanges.Reset();
        _cornerRadars.Reset();
        _lane.Reset();
        _yawHistory.Reset();
        _cameraPersistence.Reset();
        _cameraFallbackPersistence.Reset();
        _cameraLeads.Reset();
        _fallbackCarry.Reset();
        _reverseAeb.Reset();
        _lowSpeedForward.Reset();
        _lowSpeedRear.Reset();
        _mai.Reset();
        _frontEchoes.Reset();
        _rearEchoes.Reset();
        _forwardThreat = ThreatAssessment.None;
        _rearRadarThreat = ThreatAssessment.None;
        _lowSpeedForwardThreat = ThreatAssessment.None;
        _rearThreat = ThreatAssessment.None;
        _egoSpeedMps = 0f;
        _driverActivity = default;
        _obstacleGap.Reset();
        _wheelAccel.Reset();
        _speedEstimate.Reset();
        _forwardPrediction.Reset();
        _heldRange.Reset();
        _leadDecel.Reset();
        _frozenRate.Reset();
        _rateExcess.Reset();
        _rateStandIn.Reset();
        _standingThreat.Reset();
        _rangeConsistency.Reset();
        _rangeRate.Reset();
        _radarSlopes.Reset();
        _radarDrift.Reset();
        _frontRadarInconsistent = false;
        _yawDisagreeCycles = 0;
        _yawFaulted = false;
        _lowForwardPrediction.Reset();
        _rearPrediction.Reset();
        _frontEchoFreeze.Reset();
        _frontEchoStanding.Reset();
        _rearEchoFreeze.Reset();
        _lastTrustedGear = Gear.Park;
        _gearCandidate = Gear.Park;
        _gearCandidateCycles = 0;
        _gearSeen = false;
        _gearHold.Reset();
        _speedStandIn.Reset();
        _forwardFaultCycles = 0;
        _blindCameraSilentCycles = int.MaxValue;
        _trackedTtcS = float.PositiveInfinity;
        _holdBrakeMps2 = 0f;
        _lowForwardFaultCycles = 0;
        _rearFaultCycles = 0;
        _rearWitnessFasterMps = float.NaN;
        _wheelSpeedWasOk = false;
    }

    /// <summary>
    /// Feeds a bumper's freeze check; on the cycle it is found frozen, reports the code and brings the function's carried
    /// obstacle to the last true echo less the travel since, where that is nearer (never less critical).
    /// </summary>
    private bool EchoFrozen(ref EchoFreezeCheck check, in UltrasonicObstacle echo, float towardMps, bool radarSeesStanding,
        ref ThreatPredictor prediction, DiagnosticCode code)
    {
        bool wasFrozen = check.Frozen;
        if (!check.Update(echo, towardMps, _cal.CyclePeriodS, radarSeesStanding, _cal.Ultrasonic.FrozenTravelM, _cal.Ultrasonic.FrozenMeasurements)) return false;
        _monitor.Report(code);
        if (!wasFrozen && prediction.HasThreat && check.DeadReckonedM < prediction.Carried.RangeM) prediction.CorrectRange(check.DeadReckonedM);
        return true;
    }

    /// <summary>
    /// The low-speed forward function brakes for forward AEB (<see cref="EchoRadarAgreement"/>): the front radar contradicts
    /// a standing in-path echo, and the echo, judged as forward AEB judges a wall (its brake latency and stop margin), needs
    /// forward AEB's partial braking. aeb faults, lsf-wall-6: with the radar's range stuck or drifting far, its rate offset
    /// or drifting, or its elevation drifting (the wall read as overhead), forward AEB never braked and the low-speed
    /// function braked at its own 2.5 m/s² need, 0.3 s after the fault-free run. Feeds the standing check every cycle. Only
    /// with the car's own motion trusted (<paramref name="motionOk"/>: wheel speed, gear, IMU): the echo stands by the
    /// wheel speed, and forward AEB, out for a motion fault, is not contradicted by its radar; a radar that is then not
    /// usable (<paramref name="radarUsable"/> false) is faulted itself.
    /// </summary>
    private bool LowForwardStandInDue(ref RadarObjectList frontRadar, in UltrasonicObstacle frontEcho, Gear gear, float echoSpeedMps,
        bool motionOk, bool radarUsable)
    {
        var us = _cal.Ultrasonic;
        var fwd = _cal.ForwardAeb;
        bool drive = gear == Gear.Drive;
        bool stands = _frontEchoStanding.Update(frontEcho, drive ? echoSpeedMps : 0f, _cal.CyclePeriodS, us.StandingTravelM,
            us.StandingToleranceM, us.StandingMeasurements);
        if (!drive || !stands || !motionOk) return false;
        float halfCorridorM = 0.5f * _cal.Vehicle.WidthM + us.PathMarginM;
        bool listsNear = radarUsable && EchoRadarAgreement.ListsReturnNear(ref frontRadar, frontEcho.DistanceM, fwd.EchoRangeWindowM, halfCorridorM);
        bool contradicts = EchoRadarAgreement.RadarContradicts(frontEcho, stands, echoSpeedMps, radarUsable, _forwardThreat, listsNear,
            RadarThreatAssessor.StandingWindowMps(_forwardGate, _egoSpeedMps), fwd.EchoRangeWindowM, us.RadarClosingToleranceMps);
        if (!contradicts) return false;
        float needMps2 = ThreatMath.RequiredDeceleration(frontEcho.DistanceNowM(echoSpeedMps), echoSpeedMps, 0f, 0f, fwd.BrakeLatencyS, fwd.StopMarginM);
        return needMps2 >= fwd.PartialBrakeEntryDecelMps2;
    }

    /// <summary>A radar threat in the path whose own speed says it stands (the camera's standing window at this speed).</summary>
    private bool StandsInPath(in ThreatAssessment radar, in TargetGate gate) =>
        radar.HasTarget && radar.TrackId >= 0 && MathF.Abs(radar.TargetSpeedMps) <= RadarThreatAssessor.StandingWindowMps(gate, _egoSpeedMps);

    /// <summary>
    /// The gyro against the steering: a yaw rate outside the band the steered yaw allows for the debounce
    /// is a gyro fault (<see cref="DiagnosticCode.YawRateImplausible"/>) for the rest of the drive, and the
    /// steered yaw takes its place (the redundant measure), so the predicted path stays straight when the
    /// car drives straight. Judged only moving forward in drive, above the minimum speed.
    /// </summary>
    private float CheckedYaw(float gyroRps, bool gyroOk, bool steeringOk, float steeringWheelAngleRad)
    {
        var mon = _cal.Monitoring;
        float direction = _lastTrustedGear == Gear.Reverse ? -1f : 1f;
        float steered = steeringOk
            ? YawPlausibility.SteeredYawRps(steeringWheelAngleRad, direction * _egoSpeedMps, _cal.Vehicle.SteeringRatio, _cal.Vehicle.WheelbaseM)
            : float.NaN;
        bool judged = gyroOk && !_yawFaulted && float.IsFinite(steered) && _lastTrustedGear == Gear.Drive && _egoSpeedMps >= mon.YawMinSpeedMps;
        bool disagrees = judged && !YawPlausibility.YawAgrees(gyroRps, steered, mon.YawToleranceRps, mon.YawShareOfSteered);
        _yawDisagreeCycles = Saturating.Count(_yawDisagreeCycles, disagrees);
        if (_yawDisagreeCycles >= _yawDebounceCycles)
        {
            _yawFaulted = true;
            _monitor.Report(DiagnosticCode.YawRateImplausible);
        }

        // A gyro found implausible, or an IMU lost (stale, a field not finite): the steered yaw stands in (MotionLimpHome).
        if (_yawFaulted || !gyroOk) return float.IsFinite(steered) ? steered : 0f;
        // Suspect before the debounce confirms it: the path bends only as far as the steering allows, so a drifting gyro
        // cannot bend a stopped car out of the path while the fault is being confirmed (ccrs-50, drift 0.05 rad/s²).
        return disagrees ? YawPlausibility.NearestAgreeing(gyroRps, steered, mon.YawToleranceRps, mon.YawShareOfSteered) : gyroRps;
    }

    /// <summary>
    /// The ego turning across an oncoming road user's path (<see cref="TurnAcrossPath"/>): while the steering departs from
    /// the road's curvature, oncoming tracks are judged by the turn prediction (the in-path test skipped them), and a
    /// predicted conflict replaces the in-path threat when it needs harder braking.
    /// </summary>
    private void TurnAcrossPathThreat(SensorFrame frame, ref RadarObjectList frontRadar, bool inputsOk, bool turning, float steeredCurvaturePerM, float yawRps)
    {
        if (!inputsOk || !turning) return;
        var vehicle = _cal.Vehicle;
        float rate = TurnAcrossPath.SteeredCurvatureRatePerMs(frame.Steering.AngleRad, frame.Steering.RateRps, vehicle.SteeringRatio, vehicle.WheelbaseM);
        var turn = _turn.Assess(ref frontRadar, _egoSpeedMps, yawRps, steeredCurvaturePerM, rate, _turnGate, _turnPersistence, _cal.ForwardAeb.MinThreatLists);
        if (turn.HasTarget && (!_forwardThreat.HasTarget || turn.RequiredDecelMps2 > _forwardThreat.RequiredDecelMps2)) _forwardThreat = turn;
    }

    public ActuatorCommand Step(SensorFrame frame)
    {
        long nowUs = frame.NowUs;
        _monitor.SetThreatTracks(
            _forwardThreat.HasTarget ? _forwardThreat.TrackId : -1,
            _lowSpeedForwardThreat.HasTarget ? _lowSpeedForwardThreat.TrackId : -1,
            _rearThreat.HasTarget ? _rearThreat.TrackId : -1);
        _monitor.Check(frame);
        _cornerRadars.Observe(frame, _monitor);
        ref readonly InputHealth health = ref _monitor.Health;
        // A range rate lost alone is stood in for from the track's own ranges (RadarRateStandIn): forward AEB judges this list.
        ref RadarObjectList frontRadar = ref _rateStandIn.Judge(ref frame.FrontRadar, health.FrontRadarRateLost, nowUs, _rateStandInWindowUs,
            _cal.ForwardAeb.RateStandInMinLists, health.WheelSpeedOk ? frame.Motion.WheelSpeedMps + _monitor.WheelSpeedCorrectionMps : 0f,
            RadarThreatAssessor.StandingWindowMps(_forwardGate, frame.Motion.WheelSpeedMps), _cal.ForwardAeb.RateStandInStandingSigmas);

        float cycleS = _cal.CyclePeriodS;
        // A wheel speed the standing world contradicts is taken as the faster of the two (0 correction before that).
        float wheelMps = frame.Motion.WheelSpeedMps + _monitor.WheelSpeedCorrectionMps;
        _egoSpeedMps = health.WheelSpeedOk ? wheelMps : 0f;
        // The ego's acceleration for the threats: the lower of the accelerometer and the healthy wheel speed's slope (an
        // accelerometer stuck, offset or reading a grade never makes a target seem to pull away). A wheel speed the
        // standing world contradicts gives no slope.
        bool wheelSlopeUsable = health.WheelSpeedOk && (_monitor.Latched & DiagnosticCode.WheelSpeedDisagreesWithRadar) == 0;
        float wheelAccel = _wheelAccel.Update(wheelSlopeUsable, frame.Motion.WheelSpeedMps, _cal.Vehicle.WheelSpeedDropoutMps, cycleS);
        float accel = WheelAcceleration.ForThreat(health.ImuOk, frame.Motion.LongAccelMps2, wheelAccel);
        // A gear is taken only once it has read the same for the debounce: a one-sample glitch to a
        // valid, harmless-looking gear (neutral) must not switch AEB off in the middle of a warning.
        if (health.GearOk)
        {
            _gearCandidateCycles = frame.Gear.Gear == _gearCandidate ? Saturating.Count(_gearCandidateCycles, true) : 1;
            _gearCandidate = frame.Gear.Gear;
            if (_gearCandidateCycles >= _gearDebounceCycles || !_gearSeen) _lastTrustedGear = _gearCandidate;
            _gearSeen = true;
        }

        // A gear signal lost while driving forward: drive is held while the wheel speed shows the car has not stood still.
        bool gearHeld = _gearHold.Update(health.GearOk, _lastTrustedGear, health.WheelSpeedOk, wheelMps,
            MathF.Max(_cal.Vehicle.WheelSpeedDropoutMps, _cal.ForwardAeb.StandstillSpeedMps));
        Gear gear = health.GearOk || gearHeld ? _lastTrustedGear : Gear.Park;
        // A wheel speed found frozen held a stale value since it froze: the estimate restarts from the speed the
        // accelerometer carried since then, not from the frozen reading.
        if (_monitor.WheelSpeedFrozeThisCycle) _speedEstimate.Reanchor(_monitor.WheelSpeedCarriedMps);
        // A wheel speed lost while the rear radar saw the car close faster than it read (ClosingWitness, last cycle): the
        // estimate starts from the radar's speed, not from the reading that was too slow (rev-passengerCar-10, wheel speed
        // drifting at -1 m/s² while reversing: it read 0.013 m/s at 1.23 m/s, then fell below 0 and was lost).
        if (!health.WheelSpeedOk && _wheelSpeedWasOk && _rearWitnessFasterMps > _speedEstimate.SpeedMps) _speedEstimate.Reanchor(_rearWitnessFasterMps);
        _wheelSpeedWasOk = health.WheelSpeedOk;
        // While the wheel speed is faulted a standing threat is still judged on an estimate (IMU, else the brake model).
        float estimatedSpeedMps = _speedEstimate.Update(health.WheelSpeedOk, wheelMps, health.ImuOk, frame.Motion.LongAccelMps2,
            _monitor.ExpectedBrakeMps2, _forwardAeb.FrictionEstimate * ForwardAebRules.GravityMps2, cycleS, _holdBrakeMps2,
            _monitor.AppliedBrakeMps2, _cal.Monitoring.WheelSpeedFrozenMinBrakeMps2, _cal.Monitoring.AccelOffsetMps2, _restCycles);
        // A wheel speed lost driving forward: the estimate put right by the standing world stands in, for a bounded time
        // (the standing world read, as the monitor's, only from lists whose rates are all the radar's own).
        bool speedStandsIn = _speedStandIn.Update(health.WheelSpeedOk, wheelMps, estimatedSpeedMps, health.ImuOk, gear == Gear.Drive,
            health.FrontRadarOk && !health.FrontRadarRateLost, ref frame.FrontRadar, nowUs, _monitor.AppliedBrakeMps2, _forwardAeb.ThreatStands || _lowSpeedForward.ThreatStands);
        if (speedStandsIn) _egoSpeedMps = _speedStandIn.SpeedMps;
        accel = MotionLimpHome.StandInAccelMps2(accel, speedStandsIn, health.ImuOk, _monitor.ExpectedBrakeMps2);
        bool speedSourceOk = health.WheelSpeedOk || speedStandsIn;
        float yaw = health.ImuOk ? frame.Motion.YawRateRps : 0f;
        yaw = CheckedYaw(yaw, health.ImuOk, health.SteeringOk && speedSourceOk, frame.Steering.AngleRad);
        var pedals = frame.Pedals;
        if (!health.BrakePedalAgrees)
        {
            // A faulted brake pedal, or one whose travel and switch contradict each other this cycle, never asks for brake assist.
            pedals.BrakeTravel = 0f;
            pedals.BrakeSwitch = false;
        }

        _driverActivity = _driver.Update(health.TrustedAccelPedal, health.AccelTracksAgree, pedals, frame.Steering,
            health.SteeringOk, yaw, health.ImuOk);
        ref readonly DriverActivity driver = ref _driverActivity;
        bool speedOk = health.WheelSpeedOk && (health.GearOk || gearHeld);
        // The forward functions may take the stand-in speed (drive only: speedStandsIn needs the trusted or held drive).
        bool forwardSpeedOk = speedOk || speedStandsIn;

        // Perception, per direction of travel.
        bool forwardInputsOk = health.FrontRadarOk && forwardSpeedOk && MotionLimpHome.ImuStandsIn(health.ImuOk, health.SteeringOk, speedSourceOk);
        _forwardPersistence.Observe(frontRadar.AgeUs);
        ref CameraObjectList forwardCamera = ref health.CameraOk ? ref frame.FrontCamera : ref _noCamera;
        _cameraTracks.Observe(ref forwardCamera, nowUs);
        _cameraLeads.Observe(ref forwardCamera, nowUs, _egoSpeedMps, accel, cycleS);
        _radarLateral.BeginList(frontRadar.AgeUs, nowUs);
        _radarRanges.BeginList(frontRadar.AgeUs, nowUs);
        _cameraPersistence.Observe(forwardCamera.AgeUs);
        _cameraFallbackPersistence.Observe(forwardCamera.AgeUs);
        _turnPersistence.Observe(frontRadar.AgeUs);
        var vehicle = _cal.Vehicle;
        float steered = health.SteeringOk ? TurnAcrossPath.SteeredCurvaturePerM(frame.Steering.AngleRad, vehicle.SteeringRatio, vehicle.WheelbaseM) : float.NaN;
        // The road, the turn and the lane come from the car's own motion and the camera, not the radar: with the radar lost
        // they still shape the path the camera fallback judges by (CameraFallbackThreat).
        bool egoMotionOk = forwardSpeedOk && health.ImuOk;
        if (egoMotionOk && gear == Gear.Drive) _turn.ObserveRoad(_egoSpeedMps, yaw, steered, cycleS, _turnGate);
        bool turning = egoMotionOk && gear == Gear.Drive && health.SteeringOk && _turn.Turning(_egoSpeedMps, steered, _turnGate)
            && !(health.CameraOk && _lane.TryCurrent(nowUs, _egoSpeedMps, yaw, _laneGate, out CameraLane heldLane)
                && LaneBendSteering.Explains(heldLane, steered, _turnGate.MinDepartureCurvaturePerM, _turnGate.OncomingSide));
        // The camera's lane shapes the path farther ahead only from a healthy camera, driving forward along the road.
        bool laneMotionOk = MotionLimpHome.LaneMotionOk(health.ImuOk, MotionLimpHome.ImuStandsIn(health.ImuOk, health.SteeringOk, speedSourceOk),
            forwardSpeedOk, steered, _turn.RoadCurvaturePerM, _turnGate.MinDepartureCurvaturePerM);
        _lane.Observe(ref forwardCamera, nowUs, health.CameraOk && laneMotionOk && gear == Gear.Drive && !turning, _laneGate, _egoSpeedMps);
        var forwardPath = new EgoPath(_egoSpeedMps, yaw, _cal.Vehicle.RearAxleToFrontBumperM);
        _yawHistory.Record(nowUs, yaw);
        forwardPath = forwardPath.WithTrackedRotation(_yawHistory.At(nowUs - frontRadar.AgeUs - _trackedRotationLagUs, yaw));
        if (_lane.TryCurrent(nowUs, _egoSpeedMps, yaw, _laneGate, out CameraLane lane)) forwardPath = forwardPath.WithLane(lane, _laneGate);
        // Last cycle's threat, followed by its lateral velocity's integral while the function holds it (ThreatLateralWitness).
        _lateralWitness.Observe(ref frontRadar, nowUs, _forwardThreat.HasTarget ? _forwardThreat.TrackId : -1, _forwardAeb.ThreatStands);
        _forwardThreat = forwardInputsOk && gear == Gear.Drive
            ? RadarThreatAssessor.Assess(ref frontRadar, ref forwardCamera, forwardPath, _egoSpeedMps, accel, _forwardGate, health.CameraOk, _forwardPersistence, _cameraConfirmation,
                turning ? -_turnGate.TargetMinSpeedMps : float.NegativeInfinity, _cameraTracks, _cameraPersistence, _radarLateral, _radarRanges, _lateralWitness)
            : ThreatAssessment.None;
        // Every track's ranges against its rate, the whole list (RadarRangeSlopeAgreement): a range field frozen or late
        // faults the radar before a track whose range is garbage (a new track in an empty slot reads 0 m) becomes a threat.
        // Over seconds (RadarRangeDriftAgreement, both always fed): a range that drifts, or a rate with a bias, is found on
        // the posts along the road before the threat's own track could show it.
        var fwdCal = _cal.ForwardAeb;
        if (forwardInputsOk && gear == Gear.Drive
            && (!_radarSlopes.Update(ref frontRadar, _radarRanges, nowUs, yaw, _egoSpeedMps, _forwardAeb.ThreatStands, _forwardGate.RangeSlopeWindowUs,
                fwdCal.RangeSlopeMinSamples, fwdCal.RangeSlopeToleranceMps, fwdCal.RangeSlopeSigmas, fwdCal.RangeFallToleranceM,
                _cal.Monitoring.RadarSlopeMinTracks, _cal.Monitoring.RadarSlopeConfirmLists)
                | !_radarDrift.Update(ref frontRadar, nowUs, yaw, _driftSettings)))
        {
            _frontRadarInconsistent = true;
            _monitor.Report(DiagnosticCode.RadarRangeInconsistent);
        }

        TurnAcrossPathThreat(frame, ref frontRadar, forwardInputsOk && gear == Gear.Drive, turning, steered, yaw);
        // The front corner radars see what crosses from the side beyond the front radar's field (Euro NCAP CCCscp: a car at
        // 50-80 km/h meeting a VUT at 20-30 km/h keeps a bearing of 67-76°); judged by the same rules on the same path.
        var cornerThreat = forwardInputsOk && gear == Gear.Drive
            ? _cornerRadars.Assess(frame, ref forwardCamera, forwardPath, _egoSpeedMps, accel, _forwardGate, health.CameraOk,
                turning ? -_turnGate.TargetMinSpeedMps : float.NegativeInfinity)
            : ThreatAssessment.None;
        // The threat's range is carried to now by the list's age (at the closing speed it was judged by); both consistency
        // checks take the rate as the radar reported it, and pair ranges with the
        // lists' measurement times, so they take it back to when it was measured (latency jitter would otherwise
        // read as range noise of closing speed × jitter).
        float measuredRangeM = _forwardThreat.RangeM + _forwardThreat.ClosingSpeedMps * ThreatMath.ListAgeS(frontRadar.AgeUs);
        long measuredUs = nowUs - frontRadar.AgeUs;
        // The closing the measured ranges should show: the reported rate with the sensor frame's turn added (on a bend a
        // standing car aside of the axis closes slower in the turning frame than its rate says; ThreatMath.RangeSlopeInTurningFrame).
        float frameClosingMps = -ThreatMath.RangeSlopeInTurningFrame(-_forwardThreat.ReportedClosingSpeedMps, yaw, _forwardThreat.LateralM);
        if (forwardInputsOk && _forwardThreat.HasTarget && _forwardThreat.TrackId >= 0
            && !_rangeConsistency.Update(_forwardThreat.TrackId, measuredRangeM,
                frameClosingMps, measuredUs, _cal.Monitoring.RangeConsistencyWindowS,
                _cal.Monitoring.RangeConsistencyToleranceM, _cal.Monitoring.RangeConsistencyTolerancePerM,
                _cal.Monitoring.RangeConsistencyConfirmWindows, _cal.Monitoring.RadarMaxAgeUs))
        {
            // The range does not follow its own rate (a stuck range or list, a drifting rate): the radar is
            // faulted for the rest of the drive. A threat that stands is carried on from the range the
            // last consistent list and the rate predict, not from the stuck one.
            if (!_frontRadarInconsistent) _forwardPrediction.CorrectRange(_rangeConsistency.PredictedRangeM);
            _frontRadarInconsistent = true;
            _monitor.Report(DiagnosticCode.RadarRangeInconsistent);
        }

        var mon = _cal.Monitoring;
        // The threat's ranges against its rate over the last 1.5 s (RangeSlopeExcess), judged in the forward branch below.
        if (forwardInputsOk && _forwardThreat.HasTarget)
            _rateExcess.Observe(_forwardThreat.TrackId, measuredRangeM, frameClosingMps, measuredUs, _rateExcessWindowUs, fwdCal.RateExcessMinLists, mon.RangeRateMaxRelativeAccelMps2);
        else _rateExcess.Reset();
        // Judged where forward AEB acts (its speed window): at manoeuvring speeds the ultrasonics lead and a
        // radar declared faulted would only take the radar's share of a standing obstacle away.
        if (forwardInputsOk && !_frontRadarInconsistent && _forwardThreat.HasTarget && _forwardThreat.TrackId >= 0
            && _egoSpeedMps >= _cal.ForwardAeb.MinSpeedMps
            && !_rangeRate.Update(_forwardThreat.TrackId, measuredRangeM,
                frameClosingMps, measuredUs, mon.RangeRateAnchorLists,
                mon.RangeRateToleranceM + mon.RangeRateTolerancePerM * _forwardThreat.RangeM, mon.RangeRateAllowanceMps, mon.RangeRateAnchorMaxS,
                mon.RangeRateMaxRelativeAccelMps2, mon.RangeRatePersistLists, mon.RadarMaxAgeUs))
        {
            // Range and rate walk apart (a rate bias, a drifting range): which one is wrong is unknown, so a
            // standing threat is carried on from the nearer of the two ranges they give.
            float predictedM = _rangeRate.PredictedRangeM;
            if (predictedM < _forwardThreat.RangeM) _forwardPrediction.CorrectRange(predictedM);
            // ... and at the faster of the two closings: where the ranges closed faster than the rate said (a rate that
            // reads the target driving away), the carried target is slower by that much, never faster.
            _forwardPrediction.CorrectClosing(_rangeRate.ClosingExcessMps);
            _frontRadarInconsistent = true;
            _monitor.Report(DiagnosticCode.RadarRangeInconsistent);
        }

        if (_frontRadarInconsistent)
        {
            forwardInputsOk = false;
            _forwardThreat = ThreatAssessment.None;
        }

        // The front radar lost while the rest is healthy: the camera alone stands in for a threat it can prove by itself
        // (CameraFallbackThreat); the radar's code keeps the lamp on.
        bool cameraFallback = CameraFallbackThreat.Active(!health.FrontRadarOk || _frontRadarInconsistent, health.CameraOk, speedOk, health.ImuOk,
            gear == Gear.Drive, _cal.ForwardAeb.CameraFallbackMaxRangeM);
        var cameraFallbackThreat = cameraFallback
            ? ObstacleFusion.MoreCritical(
                CameraFallbackThreat.Assess(ref forwardCamera, forwardPath, _egoSpeedMps, accel, _forwardGate, _cameraTracks, _cameraFallbackPersistence, _cameraFallback),
                CameraLeadThreat.Assess(ref forwardCamera, forwardPath, _egoSpeedMps, accel, yaw, _forwardGate, _cameraTracks, _cameraLeads,
                    _cameraFallbackPersistence, _cameraFallback, _cameraLead))
            : ThreatAssessment.None;

        _rearRadarThreat = health.RearRadarOk && speedOk && gear == Gear.Reverse
            ? RadarThreatAssessor.Assess(ref frame.RearRadar, ref _noCamera, new EgoPath(_egoSpeedMps, -yaw, _rearOverhangM), _egoSpeedMps, accel, _rearGate)
            : ThreatAssessment.None;
        var frontEcho = health.UltrasonicFrontOk ? _frontEchoes.Update(ref frame.Ultrasonics, _cal.Monitoring.UltrasonicMaxAgeUs) : default;
        var rearEcho = health.UltrasonicRearOk ? _rearEchoes.Update(ref frame.Ultrasonics, _cal.Monitoring.UltrasonicMaxAgeUs) : default;
        var lsf = _cal.LowSpeedForward;
        var lsr = _cal.LowSpeedRear;
        // A healthy echo is judged at the speed the obstacle functions judge it at: with the wheel speed faulted, the
        // estimate (IMU, else the brake model). Judged at the faulted reading's 0 it needed nothing, and a function coasting
        // through the fault braked only on the prediction it carried from the last echo before the fault (rev-pedestrian-5,
        // wheel speed or IMU silent while reversing: braking 0.11 s after the fault-free run, 0.15 m further back).
        float echoSpeedMps = health.WheelSpeedOk ? _egoSpeedMps : estimatedSpeedMps;
        // A bumper whose in-path echo stays frozen while the car travels toward a road user its radar sees standing is lost
        // (EchoFreezeCheck): its stale distance no longer shrinks, so the function coasts on its prediction, brought to
        // the last true echo less the travel since (rev-pedestrian-5, rear echoes stuck while reversing: braking came from
        // the rear radar alone, 0.13 s after the fault-free run).
        bool frontEchoOk = health.UltrasonicFrontOk && !EchoFrozen(ref _frontEchoFreeze, frontEcho, gear == Gear.Drive ? echoSpeedMps : 0f,
            StandsInPath(_forwardThreat, _forwardGate), ref _lowForwardPrediction, DiagnosticCode.UltrasonicFrontFrozen);
        bool rearEchoOk = health.UltrasonicRearOk && !EchoFrozen(ref _rearEchoFreeze, rearEcho, gear == Gear.Reverse ? echoSpeedMps : 0f,
            StandsInPath(_rearRadarThreat, _rearGate), ref _rearPrediction, DiagnosticCode.UltrasonicRearFrozen);
        if (!frontEchoOk) frontEcho = default;
        if (!rearEchoOk) rearEcho = default;
        // The rear radar's closing on the obstacle the rear echo sees: a second speed, independent of the wheel speed
        // (ClosingWitness), taken back from the list's age by the deceleration pressing now (brake or accelerometer).
        float rearDecelMps2 = MathF.Max(_monitor.AppliedBrakeMps2, health.ImuOk ? -frame.Motion.LongAccelMps2 : 0f);
        float rearWitnessMps = ClosingWitness.ClosingNowMps(_rearRadarThreat, rearEcho, echoSpeedMps, frame.RearRadar.AgeUs, rearDecelMps2,
            _cal.ForwardAeb.EchoRangeWindowM);
        // Judged against the speed the echo is judged at with the standing world's tolerance (the radar's rate noise,
        // StationaryWorldSpeed's). A reading of standstill counts as the wheel sensor's dropout (all it says), unless the
        // accelerometer reads a deceleration no car at rest reads (beyond the steepest grade plus its offset): then the car
        // moves and the reading is taken as read (rev-pedestrian-5, drift: a reading of 0.02 m/s at 0.51 m/s under 8 m/s²).
        float worldToleranceMps = _cal.Monitoring.WorldSpeedToleranceMps;
        bool decelerating = health.ImuOk && SpeedPlausibility.DeceleratingBeyondGrade(frame.Motion.LongAccelMps2, _cal.Monitoring.WheelSpeedFrozenMinBrakeMps2);
        bool rearWitnessFaster = ClosingWitness.SaysFaster(rearWitnessMps, echoSpeedMps, _cal.ReverseAeb.StandstillSpeedMps,
            decelerating ? 0f : _cal.Vehicle.WheelSpeedDropoutMps, worldToleranceMps);
        rearWitnessMps = ClosingWitness.Usable(rearWitnessMps, echoSpeedMps, _cal.ReverseAeb.StandstillSpeedMps, rearWitnessFaster);
        _rearWitnessFasterMps = rearWitnessFaster ? rearWitnessMps : float.NaN;
        bool lowForwardStandInDue = LowForwardStandInDue(ref frontRadar, frontEcho, gear, echoSpeedMps, speedOk && health.ImuOk, forwardInputsOk);
        _lowSpeedForwardThreat = ObstacleFusion.Fuse(frontEcho, _forwardThreat, lsf.RadarRangeM, echoSpeedMps, lsf.BrakeLatencyS, lsf.StopMarginM);
        _rearThreat = ObstacleFusion.Fuse(rearEcho, _rearRadarThreat, _cal.ReverseAeb.RadarRangeM, echoSpeedMps, lsr.BrakeLatencyS, lsr.StopMarginM,
            rearWitnessMps);
        // Forward AEB's standing threat at the in-path echo's range where it is nearer (StandingEchoRange): a radar range
        // biased or stuck far cannot delay braking for a wall the ultrasonics measure.
        if (forwardInputsOk && gear == Gear.Drive)
        {
            _forwardThreat = StandingEchoRange.Nearer(frontEcho, _forwardThreat, _egoSpeedMps, _cal.ForwardAeb.BrakeLatencyS, _cal.ForwardAeb.StopMarginM,
                RadarThreatAssessor.StandingWindowMps(_forwardGate, _egoSpeedMps), _cal.ForwardAeb.EchoRangeWindowM);
        }

        // A fault while a threat stands: the threat seen last with healthy inputs is carried forward
        // (dead reckoning) instead of vanishing, for at most the coast time; before any threat the
        // function goes to its safe state as before.
        // A corner radar's threat only adds (the more critical of the two), and only while the front radar's own list is
        // trusted: the consistency checks above judge the front radar's track alone, and a corner radar lost or faulted
        // leaves the front radar's threat exactly as it was.
        if (forwardInputsOk) _forwardThreat = ObstacleFusion.MoreCritical(_forwardThreat, cornerThreat);
        var fwd = _cal.ForwardAeb;
        bool carried = ForwardAebRules.CarriedThroughFault(_forwardAeb.ThreatStands, _forwardPrediction.HasThreat, _trackedTtcS, fwd.FcwMaxTtcS);
        // A healthy radar whose whole list comes empty while the camera still sees an object where the carried threat
        // stands is blind to it, not rid of it: a car in the path cannot leave the radar's field with every other
        // return at once (aeb explore faults: the front radar listed nothing for 1 s, 7 m short of a standing car at
        // 20 km/h; the warning dropped and braking came 1.1 m out, impact 16 km/h). The camera's lasting silence ends it.
        bool listEmpty = frame.FrontRadar.Count == 0;
        // The camera must have seen an object where the carried threat stands within blindCameraSilenceS: one missed
        // camera frame (5 % each) is not the object gone (aeb explore faults --seed 5: a 1 s empty list 8 m short of a
        // standing car at 20 km/h; the carry ended, or never began, on a single silent frame; braking came 2 m out,
        // impact 8.7-11.4 km/h). The camera's list is searched only while a threat is carried.
        bool cameraSeesCarried = carried && health.CameraOk
            && RadarThreatAssessor.CameraSeesObjectNear(ref forwardCamera, _forwardPrediction.Carried.RangeM, _forwardPrediction.Carried.PathOffsetM);
        // Cycles since the camera last saw it (saturating; "never" while nothing is carried).
        _blindCameraSilentCycles = !carried ? int.MaxValue : cameraSeesCarried ? 0 : Saturating.Count(_blindCameraSilentCycles, true);
        bool cameraVouches = _blindCameraSilentCycles <= _blindCameraSilenceCycles;
        bool radarBlind = forwardInputsOk && gear == Gear.Drive && ForwardAebRules.RadarBlindToCarriedThreat(listEmpty, carried, cameraVouches);
        bool forwardLive = forwardInputsOk && !radarBlind;
        _forwardFaultCycles = Saturating.Count(_forwardFaultCycles, !forwardLive);
        if (forwardLive) _trackedTtcS = _forwardThreat.HasTarget ? _forwardThreat.TtcS : float.PositiveInfinity;
        bool forwardCoasting = !forwardLive && _lastTrustedGear == Gear.Drive && _forwardFaultCycles <= _forwardCoastCycles && carried;
        // The lead's acceleration as this radar list reads it, before any hold (NaN: no live list).
        float listAccelMps2 = float.NaN;
        // The held range follows a live track only: a gap in the measurement starts it again.
        if (!forwardLive || !_forwardThreat.HasTarget)
        {
            _heldRange.Reset();
            _leadDecel.Reset();
            _frozenRate.Reset();
        }

        // The standing history of a track survives a short absence from the threat (StandingThreat.Miss), not a fault.
        if (!forwardLive) _standingThreat.Reset();
        else if (!_forwardThreat.HasTarget) _standingThreat.Miss(_forwardAeb.ThreatLostCycles);
        if (forwardLive && !_forwardThreat.HasTarget && _forwardAeb.ThreatStands)
        {
            // The list misses the threat the function still holds (until its threat-lost time): carry it through the
            // gap. Forgetting it, a radar faulted two cycles later carried nothing and full braking ramped out at
            // 38 km/h 17 m short of a standing car (curve-stopped-80-r150-right seed 967: the threat left the list for
            // 30 ms at 3.91 s, the range check faulted the radar at 3.94 s; contact at 12 km/h).
            _forwardPrediction.Bridge(estimatedSpeedMps, cycleS, fwd.BrakeLatencyS, fwd.StopMarginM);
        }
        else if (forwardLive)
        {
            // A threat whose track stood by its rate is judged standing while its ranges close at the ego's speed
            // (StandingThreat): a rate that starts to read it driving away cannot ease a justified intervention. Before
            // the prediction observes it, so a radar found faulted later carries the standing target, not the rate's.
            float listAgeS = ThreatMath.ListAgeS(frontRadar.AgeUs);
            // A rate that stopped changing while its own track's acceleration says it must have moved is a frozen field
            // (FrozenRate): the threat is judged at the rate that acceleration dead-reckons, where that closes faster.
            _frozenRate.Observe(ref frontRadar, _forwardThreat.TrackId, nowUs - frontRadar.AgeUs);
            _forwardThreat = _frozenRate.Judge(_forwardThreat, fwd.FrozenRateLists, fwd.FrozenRateChangeMps, listAgeS, _egoSpeedMps,
                fwd.BrakeLatencyS, fwd.StopMarginM);
            // Ranges that close faster than the rate says, beyond its accuracy and the fit's noise: judged at the ranges' closing.
            _forwardThreat = _rateExcess.Judge(_forwardThreat, fwd.RateExcessSigmas, mon.RangeRateAllowanceMps, listAgeS, _egoSpeedMps, fwd.BrakeLatencyS, fwd.StopMarginM);
            _forwardThreat = _standingThreat.Judge(_forwardThreat, _forwardAeb.ThreatStands,
                _forwardThreat.RangeM + _forwardThreat.ClosingSpeedMps * listAgeS, nowUs - frontRadar.AgeUs,
                _egoSpeedMps - accel * listAgeS, _egoSpeedMps, yaw, listAgeS, fwd, mon);
            _forwardPrediction.Observe(_forwardThreat, frontRadar.AgeUs * 1e-6f, cycleS, fwd.CoastRangeRelaxMps);
            _forwardPrediction.ObserveJerk(_forwardThreat, cycleS, fwd.CoastJerkTimeConstantS);
            // A threat that stands is judged at the nearest range its track gave lately (HeldThreatRange): a range that sticks
            // or steps back cannot ease a justified intervention before the range-rate checks find it.
            _forwardThreat = _heldRange.Judge(_forwardThreat, _forwardAeb.ThreatStands, _egoSpeedMps, cycleS, fwd.CoastRangeRelaxMps,
                fwd.BrakeLatencyS, fwd.StopMarginM);
            // A braking lead is judged at the strongest deceleration its track showed lately, its speed brought to now
            // (HeldLeadDeceleration): one list's low acceleration estimate cannot ease a justified intervention.
            listAccelMps2 = _forwardThreat.TargetAccelMps2;
            _forwardThreat = _leadDecel.Judge(_forwardThreat, _forwardAeb.ThreatStands, _leadDecelHoldCycles, _egoSpeedMps,
                fwd.BrakeLatencyS, fwd.StopMarginM);
        }
        else if (forwardCoasting)
        {
            // The tracker's acceleration trails a deceleration that still builds: start from where it is now.
            _forwardPrediction.StartBlind(fwd.CoastAccelLagS, -fwd.CoastBrakingTargetMps2, _forwardAeb.FrictionEstimate * ForwardAebRules.GravityMps2);
            _forwardThreat = _forwardPrediction.Advance(estimatedSpeedMps, cycleS, fwd.BrakeLatencyS, fwd.StopMarginM);
        }

        // The camera's threat while it stands in for the radar; on a carried threat it only adds (the more critical of the two).
        if (cameraFallback) _forwardThreat = forwardCoasting ? ObstacleFusion.MoreCritical(_forwardThreat, cameraFallbackThreat) : cameraFallbackThreat;
        // A second fault that ends the fallback while its threat stands: the fallback's threat is carried (CameraFallbackCarry).
        bool fallbackCoasting = _fallbackCarry.Step(forwardLive, cameraFallback, cameraFallbackThreat, _forwardAeb.ThreatStands,
            _lastTrustedGear == Gear.Drive, estimatedSpeedMps, _forwardAeb.FrictionEstimate * ForwardAebRules.GravityMps2, cycleS,
            _fallbackCarrySettings, out ThreatAssessment fallbackCarried);
        if (fallbackCoasting) _forwardThreat = forwardCoasting ? ObstacleFusion.MoreCritical(_forwardThreat, fallbackCarried) : fallbackCarried;
        bool anyCoasting = forwardCoasting || fallbackCoasting;

        bool lowForwardInputsOk = frontEchoOk && forwardInputsOk;
        _lowForwardFaultCycles = Saturating.Count(_lowForwardFaultCycles, !lowForwardInputsOk);
        bool lowForwardCoasting = !lowForwardInputsOk && _lowSpeedForward.ThreatStands && _lastTrustedGear == Gear.Drive && _lowForwardFaultCycles <= _obstacleCoastCycles;
        if (lowForwardInputsOk) _lowForwardPrediction.Observe(_lowSpeedForwardThreat);
        // Coasting on the prediction, the sensor that is still healthy keeps its say: whichever is the more critical
        // (a radar found faulted after it sent stale lists must not hide what the ultrasonics measure now).
        else if (lowForwardCoasting) _lowSpeedForwardThreat = ObstacleFusion.MoreCritical(_lowSpeedForwardThreat, _lowForwardPrediction.Advance(estimatedSpeedMps, cycleS, lsf.BrakeLatencyS, lsf.StopMarginM));

        bool rearInputsOk = rearEchoOk && health.RearRadarOk && speedOk;
        _rearFaultCycles = Saturating.Count(_rearFaultCycles, !rearInputsOk);
        bool rearCoasting = !rearInputsOk && (_reverseAeb.ThreatStands || _lowSpeedRear.ThreatStands) && _lastTrustedGear == Gear.Reverse && _rearFaultCycles <= _obstacleCoastCycles;
        if (rearInputsOk) _rearPrediction.Observe(_rearThreat);
        else if (rearCoasting) _rearThreat = ObstacleFusion.MoreCritical(_rearThreat, _rearPrediction.Advance(estimatedSpeedMps, cycleS, lsr.BrakeLatencyS, lsr.StopMarginM));

        // The functions step in the last trusted gear even with the gear signal lost and not held: each one's own inputs
        // check decides whether it may act, and a held intervention must not end because the gear signal went.
        Gear functionGear = _lastTrustedGear;
        float forwardSpeed = anyCoasting ? estimatedSpeedMps : _egoSpeedMps;
        float lowForwardSpeed = lowForwardCoasting ? estimatedSpeedMps : _egoSpeedMps;
        float rearSpeed = rearCoasting ? estimatedSpeedMps : _egoSpeedMps;

        // MAI first: its verdict arms the low-speed AEB early (the linkage).
        float obstacleRange = functionGear == Gear.Drive && _lowSpeedForwardThreat.HasTarget ? _lowSpeedForwardThreat.RangeM
            : functionGear == Gear.Reverse && _rearThreat.HasTarget ? _rearThreat.RangeM
            : float.PositiveInfinity;
        bool pedalFaulted = !health.AccelPedalOk && frame.Pedals.AgeUs < SignalAge.Never;
        // A radar target says itself how fast it goes away; an echo only through its successive ranges.
        float gapOpening = _obstacleGap.Update(obstacleRange, _cal.CyclePeriodS, _cal.Mai.GapRateTimeConstantS);
        var nearest = functionGear == Gear.Drive ? _lowSpeedForwardThreat : _rearThreat;
        if (nearest.HasTarget && nearest.TrackId >= 0 && float.IsFinite(nearest.ClosingSpeedMps))
        {
            gapOpening = MathF.Max(gapOpening, -nearest.ClosingSpeedMps);
        }

        // MAI on the estimated speed and the last trusted gear: a suppression already on is kept through a speed fault.
        // The sensors that measure the obstacle ahead in this gear: a fitted one that is faulted cannot tell that it has gone.
        bool usFitted = _cal.Monitoring.UltrasonicsFitted;
        bool obstacleSensingFaulted = functionGear == Gear.Drive ? (usFitted && !frontEchoOk) || !health.FrontRadarOk
            : functionGear == Gear.Reverse && ((usFitted && !rearEchoOk) || !health.RearRadarOk);
        // Last cycle's braking in the direction of travel: a press MAI suspects that needed it is a pedal error.
        bool interventionBraking = functionGear == Gear.Drive
            ? _forwardAeb.State is ForwardAebState.PartialBraking or ForwardAebState.FullBraking || _lowSpeedForward.State == ObstacleAebState.Braking
            : functionGear == Gear.Reverse && (_reverseAeb.State == ObstacleAebState.Braking || _lowSpeedRear.State == ObstacleAebState.Braking);
        var mai = _mai.Step(nowUs, health.WheelSpeedOk ? _egoSpeedMps : estimatedSpeedMps, functionGear, driver, obstacleRange, pedalFaulted, !speedOk, gapOpening,
            obstacleSensingFaulted, interventionBraking);
        bool linked = _mai.LinkActive;

        // A kick-down by a press MAI suspects (begun at low speed, an obstacle standing or closing close ahead) is not
        // the driver overriding braking: it is the press the braking answers. A copy, so the trace keeps what the driver did.
        DriverActivity functionDriver = driver;
        if (_mai.SuspectsPress)
        {
            functionDriver.KickDown = false;
            functionDriver.KickDownRisingEdge = false;
        }

        // What the brakes achieve (IMU) against what a healthy actuator would give: the escalation and friction cue.
        float achievedDecel = health.ImuOk ? -frame.Motion.LongAccelMps2 : float.NaN;
        bool absActive = health.ImuOk && health.WheelSpeedOk && frame.Motion.SlipCuesAvailable && frame.Motion.AbsActive;
        var forward = _forwardAeb.Step(nowUs, forwardSpeed, functionGear, _forwardThreat, functionDriver, !forwardInputsOk && !anyCoasting && !cameraFallback, achievedDecel, _monitor.ExpectedBrakeMps2, absActive, blind: anyCoasting,
            listCaptureUs: ThreatMath.ListCaptureUs(frame.FrontRadar.AgeUs, nowUs), listAccelMps2: listAccelMps2);
        // MAI cuts the torque of a press it suspects, but a car already rolling coasts on below the wheel sensor's dropout
        // (aeb explore mai: 17 of 2,000 runs touched a car, wall or pedestrian 0.6-0.8 m ahead at 0.7-1.9 km/h while
        // low-speed AEB, reading 0, stood by): the obstacle functions judge the fastest creep the sensor can hide.
        float hiddenCreepMps = _cal.Vehicle.WheelSpeedDropoutMps;
        var lowForward = _lowSpeedForward.Step(nowUs, lowForwardSpeed, functionGear, _lowSpeedForwardThreat, functionDriver,
            !(frontEchoOk && forwardSpeedOk) && !lowForwardCoasting, linked, hiddenCreepMps, lowForwardStandInDue);
        // The rear functions judge an echo at no less than the rear radar's speed, and believe no standstill it contradicts.
        var lowRear = _lowSpeedRear.Step(nowUs, rearSpeed, functionGear, _rearThreat, functionDriver, !(rearEchoOk && speedOk) && !rearCoasting, linked, hiddenCreepMps,
            witnessMps: rearWitnessMps, witnessSaysMoving: rearWitnessFaster);
        var reverse = _reverseAeb.Step(nowUs, rearSpeed, functionGear, _rearThreat, functionDriver, !(health.RearRadarOk && speedOk) && !rearCoasting, linked, hiddenCreepMps,
            witnessMps: rearWitnessMps, witnessSaysMoving: rearWitnessFaster);

        _arbiter.Begin();
        _arbiter.Add(forward, forward.BrakeReason == FunctionFlags.None ? FunctionFlags.ForwardAeb : forward.BrakeReason);
        _arbiter.Add(lowForward, FunctionFlags.LowSpeedForward);
        _arbiter.Add(lowRear, FunctionFlags.LowSpeedRear);
        _arbiter.Add(reverse, FunctionFlags.ReverseAeb);
        _arbiter.Add(mai, pedalFaulted ? FunctionFlags.PedalFaultLimit : FunctionFlags.Mai);
        var command = _arbiter.Finish(_monitor.Latched);
        if ((command.WarningReasons & (FunctionFlags.ForwardAeb | FunctionFlags.BrakeAssist)) != 0)
        {
            // The warning of forward AEB is the FCW; report it under its own name.
            command.WarningReasons = (command.WarningReasons & ~(FunctionFlags.ForwardAeb | FunctionFlags.BrakeAssist)) | FunctionFlags.Fcw;
        }

        _monitor.CheckActuator(command.BrakeDecelRequestMps2, frame.BrakeFeedback.DecelMps2);
        command.Diagnostics = _monitor.Latched;
        command.FaultLamp = command.Diagnostics != DiagnosticCode.None;
        command.ForwardAebState = _forwardAeb.State;
        command.ForwardBrakeStage = _forwardAeb.Stage;
        command.ReverseAebState = _reverseAeb.State;
        command.LowSpeedForwardState = _lowSpeedForward.State;
        command.LowSpeedRearState = _lowSpeedRear.State;
        command.MaiState = _mai.State;
        // What holds the car at rest now: next cycle's speed estimate stays 0 under it (a standing car held by
        // more brake than pulls it does not move, whatever the accelerometer's offset integrates to).
        bool holding = _forwardAeb.State == ForwardAebState.StandstillHold || _reverseAeb.State == ObstacleAebState.StandstillHold
            || _lowSpeedForward.State == ObstacleAebState.StandstillHold || _lowSpeedRear.State == ObstacleAebState.StandstillHold;
        _holdBrakeMps2 = holding ? command.BrakeDecelRequestMps2 : 0f;
        return command;
    }
}
