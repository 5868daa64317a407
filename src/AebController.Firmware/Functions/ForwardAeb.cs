using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Functions;

/// <summary>
/// Forward collision warning and forward AEB as one explicit state machine whose transitions are
/// the rows of <see cref="ForwardAebTable"/>, each with a named guard built from the pure rules of
/// <see cref="ForwardAebRules"/>. Braking stages latch until standstill or until the threat has been
/// gone for a while; braking escalates when the achieved deceleration falls short and a friction
/// estimate makes every later threshold come earlier; the driver overrides by a confirmed kick-down
/// or evasive steering, and the brake then ramps out; a braking driver gets brake assist; a short
/// input fault holds what is on instead of cancelling it.
/// Safe state: no warning, no brake request (Degraded, Off, Overridden once ramped out).
/// </summary>
public sealed class ForwardAeb
{
    private readonly ForwardAebCalibration _cal;
    private readonly float _cycleS;
    private readonly float _overrideReleaseRateMps3;
    private readonly int _persistenceCycles;
    private readonly int _threatLostCycles;
    private readonly int _faultGraceCycles;
    private readonly int _shortfallCycles;

    private int _warnPersist;

    /// <summary>
    /// Persistence of the warning's own conditions (TTC or need), without the anticipated lead, and the moment they first
    /// held while warning: R152's waiver (waiting out the rest of the lead would make the collision certain) is judged from
    /// there, so a warning that comes earlier because braking is foreseen never makes the waiver come later than it would
    /// have come without it. <see cref="NotYetUs"/> while warning on the anticipation alone (then a whole lead is left).
    /// </summary>
    private int _threatWarnPersist;
    private long _waiverFromUs;
    private const long NotYetUs = long.MaxValue / 4;
    private int _brakePersist;
    private int _lostCount;
    private int _faultCount;
    private int _shortfallCount;
    private int _absCount;
    private bool _aebArmed;
    private bool _fcwArmed;

    /// <summary>
    /// The driver overrode and has held the override since (kick-down still down): the override
    /// outlives a pass through Degraded, Off or Standby, so a threat seen again behind a sensor
    /// dropout is not braked for against the foot that overrode it.
    /// </summary>
    private bool _overrideLatched;
    private long _stateEnteredUs;
    private long _warningStartUs;
    private long _warningEndUs;

    /// <summary>
    /// When the threat's target last began to brake (moving by the radar's standing test, its deceleration beyond
    /// leadBrakingOnsetMps2, after a cycle without):
    /// the threat changed course there, so a warning given before it did not foresee what follows. R152's warning lead
    /// is judged from here when that is after the warning.
    /// </summary>
    private long _targetBrakingSinceUs;
    private bool _targetBraking;

    /// <summary>
    /// The lead's braking confirmed over consecutive radar lists (leadBrakingConfirmMps2 for leadBrakingConfirmLists lists):
    /// the list the last estimate came from, that estimate's track, and how many lists in a row read beyond the line.
    /// </summary>
    private long _listsBrakingSinceUs;
    private bool _listsConfirmed;
    private long _lastListUs;
    private int _listTrackId;
    private int _listsBraking;
    private float _lastListAccelMps2;
    private readonly int _confirmLists;
    private float _requestMps2;
    private float _frictionEstimate;

    public ForwardAeb(ForwardAebCalibration calibration, long cyclePeriodUs, float overrideReleaseRateMps3 = 20f)
    {
        _cal = calibration;
        _cycleS = cyclePeriodUs * 1e-6f;
        _overrideReleaseRateMps3 = overrideReleaseRateMps3;
        _persistenceCycles = Saturating.CyclesFor(calibration.PersistenceS, _cycleS);
        _threatLostCycles = Saturating.CyclesFor(calibration.ThreatLostS, _cycleS);
        _faultGraceCycles = Saturating.CyclesFor(calibration.FaultGraceS, _cycleS);
        _shortfallCycles = Saturating.CyclesFor(calibration.ShortfallConfirmS, _cycleS);
        _confirmLists = calibration.LeadBrakingConfirmLists;
        Reset();
    }

    public ForwardAebState State { get; private set; }

    /// <summary>
    /// A threat stands: a warning, a brake or a standstill hold is on. An input fault now carries the
    /// last threat forward instead of cancelling (facing a collision the safe state is braking).
    /// </summary>
    public bool ThreatStands => State is ForwardAebState.Warning or ForwardAebState.PartialBraking
        or ForwardAebState.FullBraking or ForwardAebState.StandstillHold;

    /// <summary>Partial braking stage 1 or 2 while partially braking, else 0.</summary>
    public byte Stage { get; private set; }

    /// <summary>Cycles a condition must persist (from the calibrated time and period).</summary>
    public int PersistenceCycles => _persistenceCycles;

    /// <summary>Cycles the threat must be gone before a warning ends or braking lets go.</summary>
    public int ThreatLostCycles => _threatLostCycles;

    /// <summary>Road friction estimated from braking shortfalls: 1 until the brakes have shown less.</summary>
    public float FrictionEstimate => _frictionEstimate;

    public void Reset()
    {
        State = ForwardAebState.Off;
        Stage = 0;
        _warnPersist = 0;
        _threatWarnPersist = 0;
        _waiverFromUs = NotYetUs;
        _brakePersist = 0;
        _lostCount = 0;
        _faultCount = 0;
        _shortfallCount = 0;
        _absCount = 0;
        _aebArmed = false;
        _fcwArmed = false;
        _overrideLatched = false;
        _stateEnteredUs = 0;
        _warningStartUs = long.MinValue / 2;
        _warningEndUs = long.MinValue / 2;
        _targetBrakingSinceUs = long.MinValue / 2;
        _targetBraking = false;
        _listsBrakingSinceUs = long.MinValue / 2;
        _listsConfirmed = false;
        _lastListUs = long.MinValue;
        _listTrackId = int.MinValue;
        _listsBraking = 0;
        _lastListAccelMps2 = 0f;
        _requestMps2 = 0f;
        _frictionEstimate = 1f;
    }

    /// <summary>Warning threshold on TTC: the driver's reaction time plus the time a normal stop takes.</summary>
    public float WarningTtcS(float closingSpeedMps) => ForwardAebRules.WarningTtcS(
        closingSpeedMps, _cal.DriverReactionTimeS, _cal.DriverDecelMps2, _cal.FcwMinTtcS, _cal.FcwMaxTtcS);

    /// <param name="achievedDecelMps2">Deceleration the car achieves (from the IMU), NaN when unknown.</param>
    /// <param name="expectedDecelMps2">Deceleration a healthy actuator would give for the requests sent, NaN when unknown.</param>
    /// <param name="tyresAtLimit">The brake system reports ABS activity (where the car has the cue): the road gives no more.</param>
    /// <param name="blind">The threat is dead-reckoned through an input fault (<see cref="ThreatPredictor"/>), not measured.</param>
    /// <param name="listCaptureUs">When the radar list the threat comes from was measured (a new value: a new list);
    /// long.MinValue when unknown (then no braking is confirmed over lists).</param>
    /// <param name="listAccelMps2">The lead's acceleration as that list itself reads it, before any hold
    /// (<see cref="Perception.HeldLeadDeceleration"/> repeats a list's strongest reading into the next ones, which would make
    /// one noisy list look like a run); NaN when unknown.</param>
    public FunctionOutput Step(long nowUs, float egoSpeedMps, Gear gear, in ThreatAssessment threat, in DriverActivity driver, bool degraded,
        float achievedDecelMps2 = float.NaN, float expectedDecelMps2 = float.NaN, bool tyresAtLimit = false, bool blind = false,
        long listCaptureUs = long.MinValue, float listAccelMps2 = float.NaN)
    {
        var c = Evaluate(nowUs, egoSpeedMps, gear, threat, driver, degraded, achievedDecelMps2, expectedDecelMps2, tyresAtLimit, listCaptureUs, listAccelMps2);
        c.Blind = blind;
        for (int i = 0; i < ForwardAebTable.MaxChain; i++)
        {
            if (!TakeTransition(c, nowUs)) break;
        }

        return Output(threat, driver, c);
    }

    /// <summary>Every guard of this cycle, from the rules; time-dependent guards are re-read as states are entered.</summary>
    private Conditions Evaluate(long nowUs, float egoSpeedMps, Gear gear, in ThreatAssessment threat, in DriverActivity driver, bool degraded,
        float achievedDecelMps2, float expectedDecelMps2, bool tyresAtLimit, long listCaptureUs, float listAccelMps2)
    {
        bool inDrive = gear == Gear.Drive;
        _aebArmed = ForwardAebRules.InSpeedWindow(_aebArmed, inDrive, egoSpeedMps, _cal.MinSpeedMps, _cal.MaxSpeedMps, _cal.SpeedHysteresisMps);
        _fcwArmed = ForwardAebRules.InSpeedWindow(_fcwArmed, inDrive, egoSpeedMps, _cal.MinSpeedMps, _cal.FcwMaxSpeedMps, _cal.SpeedHysteresisMps);
        _faultCount = Saturating.Count(_faultCount, degraded);

        bool braking = State is ForwardAebState.PartialBraking or ForwardAebState.FullBraking;
        float need = ForwardAebRules.Need(threat.RequiredDecelMps2, _frictionEstimate);
        float warnTtc = WarningTtcS(threat.ClosingSpeedMps);
        bool threatWarnsNow = ForwardAebRules.ThreatWarns(threat.HasTarget, threat.TtcS, warnTtc, need, _cal.PartialBrakeEntryDecelMps2);
        // On the TTC rule's floor (slow closing), the warning also comes once braking would be due within R152's 0.8 s lead
        // (the need after the lead + latency reaches the braking entry), so the lead is over when braking is due
        // (docs/exploration.md, session 17: the low-friction group).
        float needAfterWholeLead = threat.HasTarget && warnTtc <= _cal.FcwMinTtcS
            ? ForwardAebRules.Need(ThreatMath.RequiredDeceleration(threat.RangeM, egoSpeedMps, threat.TargetSpeedMps, threat.TargetAccelMps2,
                _cal.BrakeLatencyS + _cal.MinWarningBeforeBrakeS, _cal.StopMarginM), _frictionEstimate)
            : 0f;
        bool threatWarn = threatWarnsNow || ForwardAebRules.BrakingForeseen(threat.HasTarget, threat.TtcS, _cal.FcwMaxTtcS,
            needAfterWholeLead, _cal.PartialBrakeEntryDecelMps2);
        bool threatBrake = ForwardAebRules.ThreatBrakes(threat.HasTarget, need, _cal.PartialBrakeEntryDecelMps2);
        if (!degraded)
        {
            // While an input is faulted the threat is unknown: persistence and the lost count freeze
            // rather than counting a fault as "gone".
            _warnPersist = Saturating.Count(_warnPersist, threatWarn);
            _threatWarnPersist = Saturating.Count(_threatWarnPersist, threatWarnsNow);
            if (State == ForwardAebState.Warning && _waiverFromUs == NotYetUs && _threatWarnPersist >= _persistenceCycles) _waiverFromUs = nowUs;
            _brakePersist = Saturating.Count(_brakePersist, threatBrake);
            // Only a moving target brakes (the radar's standing test: a standing one's acceleration is its estimate's noise).
            float standingWindowMps = MathF.Max(RadarThreatAssessor.StationarySpeedMps, _cal.StandingSpeedShare * MathF.Abs(egoSpeedMps));
            bool targetBraking = ForwardAebRules.TargetBraking(threat.HasTarget, threat.TargetSpeedMps, threat.TargetAccelMps2,
                standingWindowMps, _cal.LeadBrakingOnsetMps2);
            if (targetBraking && !_targetBraking) _targetBrakingSinceUs = nowUs;
            _targetBraking = targetBraking;
            // The same seen over consecutive lists from a lower line: its own moment, so that it can only make the lead's
            // braking count from later (braking sooner), never move the moment the single-list onset gives earlier.
            CountBrakingLists(threat, listCaptureUs, listAccelMps2, standingWindowMps);
            bool listsBraking = _confirmLists > 0 && _listsBraking >= _confirmLists;
            if (listsBraking && !_listsConfirmed) _listsBrakingSinceUs = nowUs;
            _listsConfirmed = listsBraking;

            bool held = ForwardAebRules.ThreatHeld(threat.HasTarget, threat.TtcS, warnTtc, _cal.FcwHysteresisS, need, _cal.PartialBrakeEntryDecelMps2);
            held |= ForwardAebRules.BrakingForeseen(threat.HasTarget, threat.TtcS, _cal.FcwMaxTtcS + _cal.FcwHysteresisS,
                needAfterWholeLead, ForwardAebRules.HeldEntryShare * _cal.PartialBrakeEntryDecelMps2);
            bool stillClosing = threat.HasTarget && threat.ClosingSpeedMps > _cal.StillClosingMps;
            bool kept = braking ? held || stillClosing : State == ForwardAebState.Warning ? held : threatWarn;
            _lostCount = Saturating.Count(_lostCount, !kept);
        }

        // Escalation and friction: judged once the actuator has had its latency to respond.
        bool settled = braking && ForwardAebRules.Elapsed(nowUs, _stateEnteredUs, _cal.BrakeLatencyS);
        bool shortfall = settled && ForwardAebRules.Shortfall(expectedDecelMps2, achievedDecelMps2, _cal.ShortfallToleranceMps2);
        _shortfallCount = Saturating.Count(_shortfallCount, shortfall);
        // ABS modulating while AEB brakes: the tyres are at the road's limit, so what is achieved is the friction.
        _absCount = Saturating.Count(_absCount, braking && tyresAtLimit && !degraded);
        if (_shortfallCount >= _shortfallCycles || _absCount >= _persistenceCycles)
        {
            _frictionEstimate = ForwardAebRules.FrictionFromShortfall(_frictionEstimate, achievedDecelMps2, _cal.MinFrictionEstimate);
        }

        // The need if braking waits out the rest of the warning lead: the same kinematics, braking that much later, and
        // judged to contact (no stop margin): the lead is waived only where waiting makes the collision itself certain.
        // The lead counts from the warning, or from when the target began to brake if that came later: a warning given
        // for a slower lead did not foresee the emergency the lead makes by braking hard afterwards, so R152's exception
        // (a collision not foreseeable 0.8 s before braking) is judged from that change, as the physics oracle's ideal
        // AEB judges it from the moment the braking lead needs harsh braking (docs/exploration.md, session 13).
        long leadFromUs = ForwardAebRules.LeadCountsFromUs(_waiverFromUs == NotYetUs ? nowUs : _waiverFromUs, Math.Max(_targetBrakingSinceUs, _listsBrakingSinceUs));
        float leadLeftS = ForwardAebRules.WarningLeadLeftS(State == ForwardAebState.Warning, nowUs, leadFromUs, _cal.MinWarningBeforeBrakeS);
        float needAfterLead = threat.HasTarget && leadLeftS > 0f
            ? ForwardAebRules.Need(ThreatMath.RequiredDeceleration(threat.RangeM, egoSpeedMps, threat.TargetSpeedMps, threat.TargetAccelMps2,
                _cal.BrakeLatencyS + leadLeftS, 0f), _frictionEstimate)
            : need;

        bool overrideHeld = driver.KickDown || driver.EvasiveSteering;
        _overrideLatched &= overrideHeld;
        return new Conditions
        {
            Degraded = degraded,
            Need = need,
            LeadTooLate = ForwardAebRules.LeadTooLate(needAfterLead, _cal.FullBrakeDecelMps2),
            WarnConfirmed = _warnPersist >= _persistenceCycles,
            BrakeConfirmed = _brakePersist >= _persistenceCycles,
            Override = driver.KickDownRisingEdge || driver.EvasiveSteeringRisingEdge || (_overrideLatched && overrideHeld),
            OverrideHeld = overrideHeld,
            Standstill = ForwardAebRules.AtStandstill(egoSpeedMps, _cal.StandstillSpeedMps, achievedDecelMps2, _cal.StandstillMaxDecelMps2),
            AccelEdge = driver.AccelRisingEdge,
            RollingOutOfDrive = egoSpeedMps > 2f * _cal.StandstillSpeedMps && !inDrive,
            ShortfallConfirmed = _shortfallCount >= _shortfallCycles,
        };
    }

    /// <summary>
    /// At each new radar list: how many lists in a row have read the same moving target decelerating beyond
    /// leadBrakingConfirmMps2, each reading at least as much braking as the one before until the run is long enough
    /// (leadBrakingConfirmLists), and only beyond the line after that (saturating). A lower line than the single-list onset
    /// (leadBrakingOnsetMps2): one list of a lead at constant speed crosses it in noise, and so do two, but two that also
    /// build are rare, while a lead whose braking builds keeps every later list beyond it and more so (docs/calibration.md).
    /// </summary>
    private void CountBrakingLists(in ThreatAssessment threat, long listCaptureUs, float listAccelMps2, float standingWindowMps)
    {
        if (listCaptureUs == long.MinValue || listCaptureUs == _lastListUs) return;
        _lastListUs = listCaptureUs;
        bool sameTrack = threat.HasTarget && threat.TrackId == _listTrackId;
        bool beyond = ForwardAebRules.TargetBraking(threat.HasTarget, threat.TargetSpeedMps, listAccelMps2,
            standingWindowMps, _cal.LeadBrakingConfirmMps2);
        _listsBraking = ForwardAebRules.BrakingListRun(_listsBraking, beyond, sameTrack, listAccelMps2 <= _lastListAccelMps2, _confirmLists);
        _listTrackId = threat.HasTarget ? threat.TrackId : int.MinValue;
        _lastListAccelMps2 = listAccelMps2;
    }

    private bool TakeTransition(in Conditions c, long nowUs)
    {
        var rows = ForwardAebTable.Transitions;
        for (int i = 0; i < rows.Length; i++)
        {
            if (rows[i].From != State || !Holds(rows[i].Guard, c, nowUs)) continue;
            Enter(rows[i].To, nowUs);
            return true;
        }

        return false;
    }

    private bool Holds(ForwardAebGuard guard, in Conditions c, long nowUs)
    {
        // Critical: the need is so high that braking now beats warning longer, or waiting out the warning lead would
        // make the collision certain (R152's 0.8 s lead holds only for a collision that can be anticipated that early).
        // A blind threat's need is a lower bound (the prediction cannot see a lead brake harder): waived from a lower need.
        bool critical = c.BrakeConfirmed && (c.Need >= _cal.CriticalDecelMps2 || c.LeadTooLate
            || (c.Blind && c.Need >= _cal.BlindCriticalDecelMps2));
        return guard switch
        {
            ForwardAebGuard.InputsFaulted => c.Degraded,
            ForwardAebGuard.InputsFaultedPersistently => c.Degraded && _faultCount > _faultGraceCycles,
            ForwardAebGuard.InputsHealthy => !c.Degraded,
            ForwardAebGuard.FcwArmed => _fcwArmed,
            ForwardAebGuard.FcwDisarmed => !_fcwArmed,
            ForwardAebGuard.WarningDue => ForwardAebRules.WarningDue(
                c.WarnConfirmed, ForwardAebRules.Elapsed(nowUs, _warningEndUs, _cal.WarningHoldOffS), critical),
            ForwardAebGuard.ThreatLost => _lostCount >= _threatLostCycles,
            ForwardAebGuard.DriverOverride => c.Override,
            ForwardAebGuard.BrakeDue => ForwardAebRules.BrakeDue(
                _aebArmed, c.BrakeConfirmed, ForwardAebRules.Elapsed(nowUs, _warningStartUs, _cal.MinWarningBeforeBrakeS), critical),
            ForwardAebGuard.FullBrakeNeeded => ForwardAebRules.FullBrakeNeeded(c.Degraded, c.Need, _cal.FullBrakeEntryDecelMps2, c.ShortfallConfirmed, c.Blind),
            ForwardAebGuard.Standstill => c.Standstill,
            ForwardAebGuard.HoldEnds => ForwardAebRules.HoldEnds(
                ForwardAebRules.Elapsed(nowUs, _stateEnteredUs, _cal.StandstillHoldS), c.AccelEdge, c.RollingOutOfDrive),
            ForwardAebGuard.ThreatReturned => _aebArmed && c.BrakeConfirmed && c.Need >= _cal.Stage2EntryDecelMps2,
            ForwardAebGuard.ReleasedArmed => _requestMps2 <= 0f && _fcwArmed,
            ForwardAebGuard.ReleasedDisarmed => _requestMps2 <= 0f && !_fcwArmed,
            ForwardAebGuard.OverrideOverArmed => OverrideOver(c, nowUs) && _fcwArmed,
            ForwardAebGuard.OverrideOverDisarmed => OverrideOver(c, nowUs) && !_fcwArmed,
            _ => false,
        };
    }

    private bool OverrideOver(in Conditions c, long nowUs) =>
        _requestMps2 <= 0f && !c.OverrideHeld && ForwardAebRules.Elapsed(nowUs, _stateEnteredUs, _cal.OverrideHoldOffS);

    private FunctionOutput Output(in ThreatAssessment threat, in DriverActivity driver, in Conditions c)
    {
        switch (State)
        {
            case ForwardAebState.Warning:
                if (!c.Degraded && driver.BrakePressed && threat.RequiredDecelMps2 > 0f)
                {
                    // Brake assist: the driver has started to brake; make it enough.
                    return Make(MathF.Min(c.Need * _cal.BrakeAssistGain, _cal.FullBrakeDecelMps2), WarningAll, FunctionFlags.BrakeAssist);
                }

                return Ramped(0f, WarningAll);

            case ForwardAebState.PartialBraking:
                if (c.Degraded) return Make(_requestMps2, WarningAll | WarningOutputs.Haptic, FunctionFlags.ForwardAeb);
                if (Stage < 2 && c.Need >= _cal.Stage2EntryDecelMps2) Stage = 2;

                // Stage 2 is graduated between the two levels by what the gap needs (with some in hand), so the car stops
                // near the margin instead of metres short. Stage 1 brakes at its level, or at the need itself where that is
                // more (ForwardAebRules.StageOneDecel): never less than the gap needs while the threat stands.
                float stageDecel = Stage == 2
                    ? Math.Clamp(c.Need * _cal.GraduationGain, _cal.PartialBrake1DecelMps2, _cal.PartialBrake2DecelMps2)
                    : ForwardAebRules.StageOneDecel(c.Need, _cal.PartialBrake1DecelMps2, _cal.PartialBrake2DecelMps2);
                // The emergency braking phase opens with at least the regulatory demand (R152, GB 39901: ≥ 5.0 m/s²)
                // and eases down from it at the release rate to its stage: held at 5.0 all through stage 1, the car
                // stopped 11-18 m short from 60-80 km/h. Below its stage's level a request latches as before.
                bool opening = _requestMps2 <= 0f;
                if (opening) stageDecel = MathF.Max(stageDecel, _cal.EmergencyMinDecelMps2);
                return BrakeOutput(stageDecel, c.Need, driver, latch: !ForwardAebRules.MayEase(threat.HasTarget, Stage, opening, _requestMps2, stageDecel));

            case ForwardAebState.FullBraking:
                if (c.Degraded) return Make(_requestMps2, WarningAll, FunctionFlags.ForwardAeb);
                return BrakeOutput(_cal.FullBrakeDecelMps2, c.Need, driver, latch: true);

            case ForwardAebState.StandstillHold:
                _requestMps2 = MathF.Max(_requestMps2 - _cal.ReleaseRateMps3 * _cycleS, _cal.HoldDecelMps2);
                return Make(_requestMps2, WarningOutputs.Visual, FunctionFlags.StandstillHold);

            case ForwardAebState.Overridden:
                // Facing a collision the brake is never dropped in one cycle: it ramps out.
                _requestMps2 = MathF.Max(0f, _requestMps2 - _overrideReleaseRateMps3 * _cycleS);
                return Make(_requestMps2, WarningOutputs.None, FunctionFlags.ForwardAeb);

            default:
                // Off, Standby, Release, Degraded: no warning, any brake ramps out.
                return Ramped(0f, WarningOutputs.None);
        }
    }

    private const WarningOutputs WarningAll = WarningOutputs.Acoustic | WarningOutputs.Visual;

    private FunctionOutput BrakeOutput(float stageDecelMps2, float needMps2, in DriverActivity driver, bool latch)
    {
        float request = stageDecelMps2;
        var reason = FunctionFlags.ForwardAeb;
        if (driver.BrakePressed && needMps2 * _cal.BrakeAssistGain > request)
        {
            request = MathF.Min(needMps2 * _cal.BrakeAssistGain, _cal.FullBrakeDecelMps2);
            reason |= FunctionFlags.BrakeAssist;
        }

        // Braking latches: a fixed stage never steps down until standstill or release; graduated
        // stage 2 may ease, but never below stage 1 and never faster than the release rate.
        _requestMps2 = latch
            ? MathF.Max(_requestMps2, request)
            : MathF.Max(request, _requestMps2 - _cal.ReleaseRateMps3 * _cycleS);
        var warnings = WarningAll | (State == ForwardAebState.PartialBraking ? WarningOutputs.Haptic : WarningOutputs.None);
        return Make(_requestMps2, warnings, reason);
    }

    private FunctionOutput Ramped(float targetMps2, WarningOutputs warnings)
    {
        _requestMps2 = _requestMps2 > targetMps2 ? MathF.Max(targetMps2, _requestMps2 - _cal.ReleaseRateMps3 * _cycleS) : targetMps2;
        return Make(_requestMps2, warnings, _requestMps2 > 0f ? FunctionFlags.ForwardAeb : FunctionFlags.None);
    }

    private static FunctionOutput Make(float brakeMps2, WarningOutputs warnings, FunctionFlags reason) => new()
    {
        BrakeDecelMps2 = brakeMps2,
        TorqueLimit = brakeMps2 > 0f ? 0f : 1f,
        Warnings = warnings,
        BrakeReason = brakeMps2 > 0f ? reason : FunctionFlags.None,
    };

    /// <summary>Entry actions of every state, in one place.</summary>
    private void Enter(ForwardAebState state, long nowUs)
    {
        if (State == state) return;
        var from = State;
        bool wasActive = from is ForwardAebState.Warning or ForwardAebState.PartialBraking or ForwardAebState.FullBraking
            or ForwardAebState.StandstillHold or ForwardAebState.Overridden;
        if (wasActive && state is ForwardAebState.Standby or ForwardAebState.Off or ForwardAebState.Release or ForwardAebState.Overridden)
        {
            _warningEndUs = nowUs; // the warning hold-off counts from here
        }

        if (state == ForwardAebState.Warning)
        {
            _warningStartUs = nowUs;
            _waiverFromUs = _threatWarnPersist >= _persistenceCycles ? nowUs : NotYetUs;
        }
        // Braking again while releasing needs no new warning and starts at stage 2.
        Stage = state == ForwardAebState.PartialBraking ? (byte)(from == ForwardAebState.Release ? 2 : 1) : (byte)0;
        if (state is ForwardAebState.Standby or ForwardAebState.Off) _brakePersist = 0;
        if (state is ForwardAebState.PartialBraking or ForwardAebState.FullBraking) _shortfallCount = 0;
        if (state == ForwardAebState.Overridden) _overrideLatched = true;
        State = state;
        _stateEnteredUs = nowUs;
    }

    /// <summary>What the guards of one cycle are made of.</summary>
    private struct Conditions
    {
        public bool Degraded;
        public float Need;
        public bool LeadTooLate;
        public bool WarnConfirmed;
        public bool BrakeConfirmed;
        public bool Override;
        public bool OverrideHeld;
        public bool Standstill;
        public bool AccelEdge;
        public bool RollingOutOfDrive;
        public bool ShortfallConfirmed;
        public bool Blind;
    }
}
