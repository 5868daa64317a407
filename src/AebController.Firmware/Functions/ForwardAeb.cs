using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Functions;

/// <summary>
/// Forward collision warning and forward AEB as one explicit state machine:
/// Off → Standby → Warning → PartialBraking (stage 1, 2) → FullBraking → StandstillHold → Release.
/// Braking stages latch until standstill or until the threat has been gone for a while; the driver
/// overrides by kick-down or evasive steering (rising edges), and a braking driver gets brake assist.
/// Safe state: no warning, no brake request (Degraded, Off, Overridden).
/// </summary>
public sealed class ForwardAeb
{
    private readonly ForwardAebCalibration _cal;
    private readonly float _cycleS;

    private int _warnPersist;
    private int _brakePersist;
    private int _threatLostCycles;
    private long _stateEnteredUs;
    private long _warningStartUs;
    private long _warningEndUs;
    private float _requestMps2;

    private readonly float _overrideReleaseRateMps3;

    public ForwardAeb(ForwardAebCalibration calibration, long cyclePeriodUs, float overrideReleaseRateMps3 = 20f)
    {
        _cal = calibration;
        _cycleS = cyclePeriodUs * 1e-6f;
        _overrideReleaseRateMps3 = overrideReleaseRateMps3;
        Reset();
    }

    public ForwardAebState State { get; private set; }

    /// <summary>Partial braking stage 1 or 2 while partially braking, else 0.</summary>
    public byte Stage { get; private set; }

    public void Reset()
    {
        State = ForwardAebState.Off;
        Stage = 0;
        _warnPersist = 0;
        _brakePersist = 0;
        _threatLostCycles = 0;
        _stateEnteredUs = 0;
        _warningStartUs = long.MinValue / 2;
        _warningEndUs = long.MinValue / 2;
        _requestMps2 = 0f;
    }

    /// <summary>Warning threshold on TTC: the driver's reaction time plus the time a normal stop takes.</summary>
    public float WarningTtcS(float closingSpeedMps) => Math.Clamp(
        _cal.DriverReactionTimeS + MathF.Max(closingSpeedMps, 0f) / (2f * _cal.DriverDecelMps2), _cal.FcwMinTtcS, _cal.FcwMaxTtcS);

    public FunctionOutput Step(long nowUs, float egoSpeedMps, Gear gear, in ThreatAssessment threat, in DriverActivity driver, bool degraded)
    {
        bool armed = gear == Gear.Drive && egoSpeedMps >= _cal.MinSpeedMps && egoSpeedMps <= _cal.MaxSpeedMps;
        bool threatWarn = threat.HasTarget
            && (threat.TtcS <= WarningTtcS(threat.ClosingSpeedMps) || threat.RequiredDecelMps2 >= _cal.PartialBrakeEntryDecelMps2);
        bool threatBrake = threat.HasTarget && threat.RequiredDecelMps2 >= _cal.PartialBrakeEntryDecelMps2;
        _warnPersist = threatWarn ? _warnPersist + 1 : 0;
        _brakePersist = threatBrake ? _brakePersist + 1 : 0;
        // Leaving a warning or braking state needs the threat clearly gone (hysteresis), not one noisy radar update.
        bool threatHeld = threat.HasTarget
            && (threat.TtcS <= WarningTtcS(threat.ClosingSpeedMps) + _cal.FcwHysteresisS
                || threat.RequiredDecelMps2 >= 0.8f * _cal.PartialBrakeEntryDecelMps2);
        // Braking latches to standstill: it lets go only if the target leaves the path or stops closing.
        bool braking = State is ForwardAebState.PartialBraking or ForwardAebState.FullBraking;
        bool stillClosing = threat.HasTarget && threat.ClosingSpeedMps > 0.1f;
        bool kept = braking ? threatHeld || stillClosing : State == ForwardAebState.Warning ? threatHeld : threatWarn;
        _threatLostCycles = kept ? 0 : _threatLostCycles + 1;
        bool warnConfirmed = _warnPersist >= _cal.PersistenceCycles;
        bool brakeConfirmed = _brakePersist >= _cal.PersistenceCycles;
        bool overrideEdge = driver.KickDownRisingEdge || driver.EvasiveSteeringRisingEdge;
        bool standstill = egoSpeedMps <= _cal.StandstillSpeedMps;

        if (degraded)
        {
            // Safe state: drop warnings, ramp any brake out rather than cut it, never start braking.
            Enter(ForwardAebState.Degraded, nowUs);
            return Ramped(0f, WarningOutputs.None);
        }

        switch (State)
        {
            case ForwardAebState.Degraded:
                Enter(ForwardAebState.Off, nowUs);
                goto case ForwardAebState.Off;

            case ForwardAebState.Off:
                if (armed)
                {
                    Enter(ForwardAebState.Standby, nowUs);
                    goto case ForwardAebState.Standby;
                }

                return Ramped(0f, WarningOutputs.None);

            case ForwardAebState.Standby:
                if (!armed)
                {
                    Enter(ForwardAebState.Off, nowUs);
                    return Ramped(0f, WarningOutputs.None);
                }

                bool holdOffOver = nowUs - _warningEndUs >= (long)(_cal.WarningHoldOffS * 1e6f);
                bool critical = brakeConfirmed && threat.RequiredDecelMps2 >= _cal.CriticalDecelMps2;
                if (warnConfirmed && (holdOffOver || critical))
                {
                    _warningStartUs = nowUs;
                    Enter(ForwardAebState.Warning, nowUs);
                    goto case ForwardAebState.Warning;
                }

                return Ramped(0f, WarningOutputs.None);

            case ForwardAebState.Warning:
                if (overrideEdge)
                {
                    return EnterOverride(nowUs);
                }

                if (!armed || _threatLostCycles >= _cal.ThreatLostCycles)
                {
                    _warningEndUs = nowUs;
                    Enter(armed ? ForwardAebState.Standby : ForwardAebState.Off, nowUs);
                    return Ramped(0f, WarningOutputs.None);
                }

                bool warnedLongEnough = nowUs - _warningStartUs >= (long)(_cal.MinWarningBeforeBrakeS * 1e6f);
                if (brakeConfirmed && (warnedLongEnough || threat.RequiredDecelMps2 >= _cal.CriticalDecelMps2))
                {
                    Stage = 1;
                    Enter(ForwardAebState.PartialBraking, nowUs);
                    goto case ForwardAebState.PartialBraking;
                }

                if (driver.BrakePressed && threat.RequiredDecelMps2 > 0f)
                {
                    // Brake assist: the driver has started to brake; make it enough.
                    return Output(MathF.Min(threat.RequiredDecelMps2 * 1.1f, _cal.FullBrakeDecelMps2), WarningAll, FunctionFlags.BrakeAssist);
                }

                return Ramped(0f, WarningAll);

            case ForwardAebState.PartialBraking:
                if (overrideEdge) return EnterOverride(nowUs);
                if (standstill)
                {
                    Enter(ForwardAebState.StandstillHold, nowUs);
                    goto case ForwardAebState.StandstillHold;
                }

                if (_threatLostCycles >= _cal.ThreatLostCycles)
                {
                    _warningEndUs = nowUs;
                    Enter(ForwardAebState.Release, nowUs);
                    goto case ForwardAebState.Release;
                }

                if (threat.RequiredDecelMps2 >= _cal.FullBrakeEntryDecelMps2)
                {
                    Enter(ForwardAebState.FullBraking, nowUs);
                    goto case ForwardAebState.FullBraking;
                }

                if (Stage < 2 && threat.RequiredDecelMps2 >= _cal.Stage2EntryDecelMps2)
                {
                    Stage = 2;
                }

                // Stage 1 brakes at its fixed level. Stage 2 is graduated between the two levels by what the
                // gap needs (with 15 % in hand), so the car stops near the margin instead of metres short.
                float stageDecel = Stage == 2
                    ? Math.Clamp(threat.RequiredDecelMps2 * GraduationGain, _cal.PartialBrake1DecelMps2, _cal.PartialBrake2DecelMps2)
                    : _cal.PartialBrake1DecelMps2;
                return BrakeOutput(stageDecel, threat, driver, latch: Stage != 2);

            case ForwardAebState.FullBraking:
                Stage = 0;
                if (overrideEdge) return EnterOverride(nowUs);
                if (standstill)
                {
                    Enter(ForwardAebState.StandstillHold, nowUs);
                    goto case ForwardAebState.StandstillHold;
                }

                if (_threatLostCycles >= _cal.ThreatLostCycles)
                {
                    _warningEndUs = nowUs;
                    Enter(ForwardAebState.Release, nowUs);
                    goto case ForwardAebState.Release;
                }

                return BrakeOutput(_cal.FullBrakeDecelMps2, threat, driver, latch: true);

            case ForwardAebState.StandstillHold:
                Stage = 0;
                bool holdOver = nowUs - _stateEnteredUs >= (long)(_cal.StandstillHoldS * 1e6f);
                if (holdOver || driver.AccelRisingEdge || !standstill && egoSpeedMps > 2f * _cal.StandstillSpeedMps && gear != Gear.Drive)
                {
                    _warningEndUs = nowUs;
                    Enter(ForwardAebState.Release, nowUs);
                    goto case ForwardAebState.Release;
                }

                _requestMps2 = MathF.Max(_requestMps2 - _cal.ReleaseRateMps3 * _cycleS, _cal.HoldDecelMps2);
                return Output(_requestMps2, WarningOutputs.Visual, FunctionFlags.StandstillHold);

            case ForwardAebState.Release:
                Stage = 0;
                if (armed && brakeConfirmed && threat.RequiredDecelMps2 >= _cal.Stage2EntryDecelMps2)
                {
                    // The threat came back while releasing: brake again without a new warning delay.
                    Stage = 2;
                    Enter(ForwardAebState.PartialBraking, nowUs);
                    goto case ForwardAebState.PartialBraking;
                }

                var released = Ramped(0f, WarningOutputs.None);
                if (_requestMps2 <= 0f)
                {
                    Enter(armed ? ForwardAebState.Standby : ForwardAebState.Off, nowUs);
                }

                return released;

            case ForwardAebState.Overridden:
                bool suppressionOver = nowUs - _stateEnteredUs >= (long)(_cal.OverrideHoldOffS * 1e6f);
                if (suppressionOver && !driver.KickDown && !driver.EvasiveSteering)
                {
                    _warningEndUs = nowUs;
                    Enter(armed ? ForwardAebState.Standby : ForwardAebState.Off, nowUs);
                }

                // Facing a collision the brake is never dropped in one cycle: it ramps out.
                _requestMps2 = MathF.Max(0f, _requestMps2 - _overrideReleaseRateMps3 * _cycleS);
                return Output(_requestMps2, WarningOutputs.None, FunctionFlags.ForwardAeb);

            default:
                Enter(ForwardAebState.Off, nowUs);
                return Ramped(0f, WarningOutputs.None);
        }
    }

    private const WarningOutputs WarningAll = WarningOutputs.Acoustic | WarningOutputs.Visual;

    /// <summary>Margin on the required deceleration for graduated stage-2 braking.</summary>
    private const float GraduationGain = 1.15f;

    private FunctionOutput BrakeOutput(float stageDecelMps2, in ThreatAssessment threat, in DriverActivity driver, bool latch)
    {
        float request = stageDecelMps2;
        var reason = FunctionFlags.ForwardAeb;
        if (driver.BrakePressed && threat.RequiredDecelMps2 * 1.1f > request)
        {
            request = MathF.Min(threat.RequiredDecelMps2 * 1.1f, _cal.FullBrakeDecelMps2);
            reason |= FunctionFlags.BrakeAssist;
        }

        // Braking latches: a fixed stage never steps down until standstill or release; graduated
        // stage 2 may ease, but never below stage 1 and never faster than the release rate.
        _requestMps2 = latch
            ? MathF.Max(_requestMps2, request)
            : MathF.Max(request, _requestMps2 - _cal.ReleaseRateMps3 * _cycleS);
        var warnings = WarningAll | (State == ForwardAebState.PartialBraking ? WarningOutputs.Haptic : WarningOutputs.None);
        return Output(_requestMps2, warnings, reason);
    }

    private FunctionOutput EnterOverride(long nowUs)
    {
        _warningEndUs = nowUs;
        Enter(ForwardAebState.Overridden, nowUs);
        // Facing a collision the brake is never dropped in one cycle: it ramps out from where it was.
        _requestMps2 = MathF.Max(0f, _requestMps2 - _overrideReleaseRateMps3 * _cycleS);
        return Output(_requestMps2, WarningOutputs.None, FunctionFlags.ForwardAeb);
    }

    private FunctionOutput Ramped(float targetMps2, WarningOutputs warnings)
    {
        if (_requestMps2 > targetMps2)
        {
            _requestMps2 = MathF.Max(targetMps2, _requestMps2 - _cal.ReleaseRateMps3 * _cycleS);
        }
        else
        {
            _requestMps2 = targetMps2;
        }

        return Output(_requestMps2, warnings, _requestMps2 > 0f ? FunctionFlags.ForwardAeb : FunctionFlags.None);
    }

    private static FunctionOutput Output(float brakeMps2, WarningOutputs warnings, FunctionFlags reason) => new()
    {
        BrakeDecelMps2 = brakeMps2,
        TorqueLimit = brakeMps2 > 0f ? 0f : 1f,
        Warnings = warnings,
        BrakeReason = brakeMps2 > 0f ? reason : FunctionFlags.None,
    };

    private void Enter(ForwardAebState state, long nowUs)
    {
        if (State == state) return;
        if (state != ForwardAebState.PartialBraking) Stage = 0;
        State = state;
        _stateEnteredUs = nowUs;
        if (state is ForwardAebState.Standby or ForwardAebState.Off)
        {
            _brakePersist = 0;
        }
    }
}
