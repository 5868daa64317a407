using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Functions;

/// <summary>
/// Obstacle braking at manoeuvring speeds, one state machine for three functions: reverse AEB
/// (1–30 km/h, rear radar and ultrasonics), L-AEB forward and R-AEB rearward (parking speeds,
/// ultrasonics first). Off → Standby → Warning → Braking → StandstillHold → Release, with
/// Overridden and Degraded. It brakes to a standstill short of the obstacle by the stopping
/// margin and holds. While MAI suspects a pedal error the margin grows and braking starts earlier.
/// The transitions are the rows of <see cref="ObstacleAebTable"/>, each with a named guard.
/// Safe state: no brake request, no warning (Off, Overridden, Degraded).
/// </summary>
public sealed class ObstacleAeb
{
    private readonly ObstacleAebCalibration _cal;
    private readonly Gear _gear;
    private readonly float _cycleS;
    private readonly float _releaseRateMps3;
    private int _brakePersist;
    private int _warnPersist;
    private int _lostCycles;
    private int _quietCycles;
    private int _faultCycles;
    private readonly int _persistenceCycles;
    private readonly int _threatLostCycles;
    private readonly int _warningHoldCycles;
    private readonly int _faultGraceCycles;
    private long _enteredUs;
    private float _requestMps2;

    public ObstacleAeb(ObstacleAebCalibration calibration, Gear gear, float cyclePeriodS, float releaseRateMps3)
    {
        _cal = calibration;
        _gear = gear;
        _cycleS = cyclePeriodS;
        _releaseRateMps3 = releaseRateMps3;
        _persistenceCycles = Saturating.CyclesFor(calibration.PersistenceS, cyclePeriodS);
        _threatLostCycles = Saturating.CyclesFor(calibration.ThreatLostS, cyclePeriodS);
        _warningHoldCycles = Saturating.CyclesFor(calibration.WarningHoldS, cyclePeriodS);
        _faultGraceCycles = Saturating.CyclesFor(calibration.FaultGraceS, cyclePeriodS);
        Reset();
    }

    public ObstacleAebState State { get; private set; }

    /// <summary>A warning, a brake or a standstill hold is on: an input fault now carries the last threat forward.</summary>
    public bool ThreatStands => State is ObstacleAebState.Warning or ObstacleAebState.Braking or ObstacleAebState.StandstillHold;

    /// <summary>Required deceleration judged with this function's margin in the last step.</summary>
    public float RequiredDecelMps2 { get; private set; }

    public void Reset()
    {
        State = ObstacleAebState.Off;
        _brakePersist = 0;
        _warnPersist = 0;
        _lostCycles = 0;
        _quietCycles = 0;
        _faultCycles = 0;
        _enteredUs = 0;
        _requestMps2 = 0f;
        RequiredDecelMps2 = 0f;
    }

    /// <param name="hiddenCreepMps">
    /// While MAI suspects a pedal error: the fastest the car may roll while its wheel speed reads 0 (the sensor's
    /// dropout); the need to brake is judged as if it rolled that fast, standstill still on the wheel speed. 0 otherwise.
    /// </param>
    /// <param name="standInDue">
    /// The radar contradicts a standing echo (<see cref="EchoRadarAgreement"/>) and the echo, judged as forward AEB judges
    /// a wall, needs its partial braking: this function brakes now for forward AEB, which will not (false otherwise).
    /// </param>
    /// <param name="witnessMps">
    /// A second measure of the car's speed toward its obstacle (<see cref="ClosingWitness"/>: the bumper radar's closing on
    /// the obstacle its echo sees), NaN when there is none. An echo's need is judged at the faster of it and the speed: a
    /// wheel speed that reads slow never weakens braking for what the radar sees the car close on.
    /// </param>
    /// <param name="witnessSaysMoving">
    /// That witness is faster than the speed by more than the radar's rate tolerance: a reading of standstill is not
    /// believed (a drifting wheel speed read 0.013 m/s while the car reversed at 1.23 m/s).
    /// </param>
    public FunctionOutput Step(long nowUs, float egoSpeedMps, Gear gear, in ThreatAssessment threat, in DriverActivity driver,
        bool degraded, bool maiLinked, float hiddenCreepMps = 0f, bool standInDue = false, float witnessMps = float.NaN,
        bool witnessSaysMoving = false)
    {
        float margin = _cal.StopMarginM + (maiLinked ? _cal.MaiExtraMarginM : 0f);
        float trigger = maiLinked ? MathF.Min(_cal.MaiBrakeTriggerDecelMps2, _cal.BrakeTriggerDecelMps2) : _cal.BrakeTriggerDecelMps2;
        // A wheel speed of 0 says only "slower than the sensor's dropout": under a suspected pedal error the car may
        // roll on below it toward the obstacle (NaN or a negative bound counts as none).
        float judgedSpeedMps = maiLinked && hiddenCreepMps > egoSpeedMps ? hiddenCreepMps : egoSpeedMps;
        // Only an echo's need (a radar threat's own speed already carries the rate it was measured with; NaN is no witness).
        bool echo = threat.HasTarget && threat.TrackId < 0;
        if (echo && witnessMps > judgedSpeedMps) judgedSpeedMps = witnessMps;
        float required = ObstacleFusion.Required(threat, judgedSpeedMps, _cal.BrakeLatencyS, margin);
        RequiredDecelMps2 = required;
        bool inGear = gear == _gear;
        bool armed = inGear && egoSpeedMps <= _cal.MaxSpeedMps;
        bool moving = judgedSpeedMps >= _cal.MinSpeedMps || witnessSaysMoving;
        bool standstill = egoSpeedMps <= _cal.StandstillSpeedMps && !witnessSaysMoving;
        _faultCycles = Saturating.Count(_faultCycles, degraded);
        bool active = State is ObstacleAebState.Warning or ObstacleAebState.Braking or ObstacleAebState.StandstillHold;
        if (degraded && active && _faultCycles <= _faultGraceCycles)
        {
            // A short input fault holds what is on (never more): one glitch never cancels a justified brake.
            return Output(_requestMps2, State == ObstacleAebState.StandstillHold ? WarningOutputs.Visual : WarningOutputs.Acoustic | WarningOutputs.Visual);
        }

        _brakePersist = Saturating.Count(_brakePersist, threat.HasTarget && moving && (required >= trigger || standInDue));
        _warnPersist = Saturating.Count(_warnPersist, threat.HasTarget && required >= _cal.WarningDecelMps2);
        _quietCycles = Saturating.Count(_quietCycles, _warnPersist == 0);
        bool closing = threat.HasTarget && threat.ClosingSpeedMps > 0.05f;
        _lostCycles = Saturating.Count(_lostCycles, !(closing || standstill));
        // An accelerator press overrides only when MAI does not suspect it is the wrong pedal.
        bool overrideEdge = driver.EvasiveSteeringRisingEdge || (driver.KickDownRisingEdge && !maiLinked);

        var c = new Conditions
        {
            Degraded = degraded,
            Armed = armed,
            InGear = inGear,
            Override = overrideEdge,
            OverrideHeld = driver.KickDown || driver.EvasiveSteering,
            DriverLeaves = (driver.AccelRisingEdge && !maiLinked) || !inGear,
            Standstill = standstill,
            MaiLinked = maiLinked,
        };

        for (int i = 0; i < ObstacleAebTable.MaxChain; i++)
        {
            if (!TakeTransition(c, nowUs) || ObstacleAebTable.EndsChain(State)) break;
        }

        return Output(required);
    }

    private bool TakeTransition(in Conditions c, long nowUs)
    {
        var rows = ObstacleAebTable.Transitions;
        for (int i = 0; i < rows.Length; i++)
        {
            if (rows[i].From != State || !Holds(rows[i].Guard, c, nowUs)) continue;
            Enter(rows[i].To, nowUs);
            return true;
        }

        return false;
    }

    private bool Holds(ObstacleAebGuard guard, in Conditions c, long nowUs) => guard switch
    {
        ObstacleAebGuard.InputsFaulted => c.Degraded,
        ObstacleAebGuard.InputsHealthy => !c.Degraded,
        ObstacleAebGuard.Armed => c.Armed,
        ObstacleAebGuard.Disarmed => !c.Armed,
        ObstacleAebGuard.DriverOverride => c.Override,
        ObstacleAebGuard.BrakeDue => _brakePersist >= _persistenceCycles,
        ObstacleAebGuard.WarningDue => _warnPersist >= _persistenceCycles,
        ObstacleAebGuard.QuietLongEnough => _quietCycles >= _warningHoldCycles,
        ObstacleAebGuard.OutOfGear => !c.InGear,
        ObstacleAebGuard.Standstill => c.Standstill,
        ObstacleAebGuard.ThreatLost => _lostCycles >= _threatLostCycles,
        // While MAI suspects a pedal error the hold does not time out: the floored pedal it answers is still there.
        ObstacleAebGuard.HoldEnds => (nowUs - _enteredUs >= (long)(_cal.StandstillHoldS * 1e6f) && !c.MaiLinked) || c.DriverLeaves,
        // Braking again only when none of Braking's exits holds (armed; threat not lost; not at standstill):
        // otherwise the two states would hand over to each other (a hang `aeb explore` found: forward-aeb run
        // 82119, tests/.../CampaignHangTests); the chain bound makes that impossible anyway.
        ObstacleAebGuard.ThreatReturned => c.Armed && _brakePersist >= _persistenceCycles && _lostCycles < _threatLostCycles && !c.Standstill,
        ObstacleAebGuard.ReleasedArmed => RampedOut && c.Armed,
        ObstacleAebGuard.ReleasedDisarmed => RampedOut && !c.Armed,
        ObstacleAebGuard.OverrideOverArmed => OverrideOver(c, nowUs) && c.Armed,
        ObstacleAebGuard.OverrideOverDisarmed => OverrideOver(c, nowUs) && !c.Armed,
        _ => false,
    };

    /// <summary>The brake request reaches zero with this cycle's ramp.</summary>
    private bool RampedOut => _requestMps2 - _releaseRateMps3 * _cycleS <= 0f;

    private bool OverrideOver(in Conditions c, long nowUs) =>
        nowUs - _enteredUs >= (long)(_cal.OverrideHoldOffS * 1e6f) && !c.OverrideHeld;

    /// <summary>What each state asks for, after this cycle's transitions.</summary>
    private FunctionOutput Output(float requiredMps2)
    {
        switch (State)
        {
            case ObstacleAebState.Warning:
                return Ramp(WarningOutputs.Acoustic | WarningOutputs.Visual);

            case ObstacleAebState.Braking:
                float request = Math.Clamp(requiredMps2 * _cal.BrakeGain, _cal.MinBrakeDecelMps2, _cal.MaxBrakeDecelMps2);
                _requestMps2 = MathF.Max(_requestMps2, request);
                return Output(_requestMps2, WarningOutputs.Acoustic | WarningOutputs.Visual);

            case ObstacleAebState.StandstillHold:
                _requestMps2 = MathF.Max(_requestMps2 - _releaseRateMps3 * _cycleS, _cal.HoldDecelMps2);
                return Output(_requestMps2, WarningOutputs.Visual);

            case ObstacleAebState.Overridden:
                // Facing an obstacle the brake is never dropped in one cycle: it ramps out.
                _requestMps2 = MathF.Max(0f, _requestMps2 - _cal.OverrideReleaseRateMps3 * _cycleS);
                return Output(_requestMps2, WarningOutputs.None);

            default:
                // Off, Standby, Release, Degraded: no warning, any brake ramps out.
                return Ramp(WarningOutputs.None);
        }
    }

    /// <summary>What the guards of one cycle are made of.</summary>
    private struct Conditions
    {
        public bool Degraded;
        public bool Armed;
        public bool InGear;
        public bool Override;
        public bool OverrideHeld;
        public bool DriverLeaves;
        public bool Standstill;
        public bool MaiLinked;
    }

    private FunctionOutput Ramp(WarningOutputs warnings)
    {
        _requestMps2 = MathF.Max(0f, _requestMps2 - _releaseRateMps3 * _cycleS);
        return Output(_requestMps2, warnings);
    }

    private static FunctionOutput Output(float brakeMps2, WarningOutputs warnings) => new()
    {
        BrakeDecelMps2 = brakeMps2,
        TorqueLimit = brakeMps2 > 0f ? 0f : 1f,
        Warnings = warnings,
    };

    private void Enter(ObstacleAebState state, long nowUs)
    {
        if (State == state) return;
        State = state;
        _enteredUs = nowUs;
    }
}
