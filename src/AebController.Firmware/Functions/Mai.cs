using AebController.Firmware.Calibration;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Functions;

/// <summary>
/// MAI, misacceleration suppression. Monitoring → SuppressingObstacle when the accelerator is
/// pressed fast and deep at low speed with an obstacle in the direction of travel (torque cut,
/// warning, low-speed AEB armed early: the linkage); Monitoring → SuppressingOpen for the harder
/// case with nothing detected, only for a slammed pedal right after a gear change from near
/// standstill, and then mildly and briefly. Exits: pedal released, obstacle gone, time-out, or a
/// deliberate second press (→ DriverConfirmed until released). A normal launch, an overtake, a hill
/// start or a kick-down on an open road never match these conditions.
/// Safe state: no torque limit from MAI (Off); a faulted accelerator limits torque instead (Degraded).
/// </summary>
public sealed class Mai
{
    private readonly MaiCalibration _cal;
    private long _pressStartUs;
    private bool _pressing;
    private bool _pressFromLowSpeed;
    private bool _obstacleNow;
    private long _enteredUs;
    private long _obstacleLastSeenUs;
    private long _releasedFromSuppressionUs = long.MinValue / 2;
    private long _lastGearChangeUs = long.MinValue / 2;
    private Gear _previousGear = Gear.Park;
    private readonly long _cyclePeriodUs;
    private bool _started;

    public Mai(MaiCalibration calibration, long cyclePeriodUs)
    {
        _cal = calibration;
        _cyclePeriodUs = cyclePeriodUs;
        Reset();
    }

    public MaiState State { get; private set; }

    /// <summary>Low-speed AEB should brake earlier: a pedal error toward an obstacle is suspected.</summary>
    public bool LinkActive => State == MaiState.SuppressingObstacle;

    /// <summary>
    /// The accelerator press now held may be the wrong pedal, whatever its rate: it began at MAI's low speed and an
    /// obstacle stands or closes within MAI's range now, and the driver has not confirmed it by a second press.
    /// Such a press is not a kick-down that overrides braking: a slow deep press from standstill toward a wall
    /// 2.5 m ahead reached kick-down travel just after AEB began to brake and cancelled it (aeb explore mai:
    /// 316 of 2,000 runs, impacts up to 21 km/h). A deliberate driver releases and presses again.
    /// </summary>
    public bool SuspectsPress => _pressing && _pressFromLowSpeed && _obstacleNow
        && State is MaiState.Monitoring or MaiState.SuppressingObstacle or MaiState.SuppressingOpen;

    public void Reset()
    {
        State = MaiState.Off;
        _pressing = false;
        _pressFromLowSpeed = false;
        _obstacleNow = false;
        _pressStartUs = 0;
        _enteredUs = 0;
        _obstacleLastSeenUs = long.MinValue / 2;
        _releasedFromSuppressionUs = long.MinValue / 2;
        _lastGearChangeUs = long.MinValue / 2;
        _previousGear = Gear.Park;
        _started = false;
    }

    /// <summary>
    /// An obstacle makes the MAI case only when it is near and stands or closes: a lead car pulling
    /// away (gap opening faster than <paramref name="recedingMps"/>) is no reason to cut torque.
    /// </summary>
    public static bool ObstacleCounts(float rangeM, float maxRangeM, float gapOpeningMps, float recedingMps) =>
        rangeM <= maxRangeM && !(gapOpeningMps > recedingMps);

    /// <param name="obstacleRangeM">Distance to the nearest obstacle in the direction of travel, +∞ when none.</param>
    /// <param name="gapOpeningMps">How fast the gap to that obstacle opens (positive: it drives away), 0 when unknown.</param>
    /// <param name="interventionBraking">
    /// An AEB function braked last cycle in the direction of travel: a suspected press that needed braking to keep
    /// off the obstacle it started toward is a pedal error, and torque is cut as for a fast one.
    /// </param>
    /// <param name="obstacleSensingFaulted">
    /// A sensor that measures the obstacle in the direction of travel is faulted: its silence says nothing about
    /// the obstacle, so during an obstacle suppression the obstacle still counts as there (a faulted sensor
    /// never ends a suppression; its time-out and the driver's release still do).
    /// </param>
    public FunctionOutput Step(long nowUs, float egoSpeedMps, Gear gear, in DriverActivity driver, float obstacleRangeM, bool pedalFaulted, bool degraded,
        float gapOpeningMps = 0f, bool obstacleSensingFaulted = false, bool interventionBraking = false)
    {
        float pedal = driver.AccelPedal;
        if (!_started)
        {
            // First cycle after power-up or a restart mid-drive: the gear was not just changed and a
            // pedal already down was not pressed just now; neither can make a pedal-error case.
            _started = true;
            _previousGear = gear;
            if (pedal > _cal.OffPedal)
            {
                _pressing = true;
                _pressFromLowSpeed = false; // where it began is unknown
                _pressStartUs = long.MinValue / 4;
            }
        }

        if (gear != _previousGear)
        {
            _lastGearChangeUs = nowUs;
            _previousGear = gear;
        }

        if (!_pressing && pedal > _cal.OffPedal)
        {
            _pressing = true;
            _pressFromLowSpeed = egoSpeedMps <= _cal.MaxSpeedMps;
            _pressStartUs = nowUs - _cyclePeriodUs; // the press began within the last cycle
        }
        else if (_pressing && pedal <= _cal.OffPedal)
        {
            _pressing = false;
        }

        float pressS = MathF.Max((nowUs - _pressStartUs) * 1e-6f, 1e-3f);
        float averageRate = _pressing ? pedal / pressS : 0f;
        bool obstacle = ObstacleCounts(obstacleRangeM, _cal.ObstacleRangeM, gapOpeningMps, _cal.RecedingSpeedMps);
        _obstacleNow = obstacle;
        if (obstacle || (obstacleSensingFaulted && State == MaiState.SuppressingObstacle)) _obstacleLastSeenUs = nowUs;

        bool driving = gear is Gear.Drive or Gear.Reverse;
        bool deep = _pressing && pedal >= _cal.DeepPedal;
        var c = new Conditions
        {
            PedalFaulted = pedalFaulted,
            // A speed or gear fault during a suppression keeps it (bounded by its own time): the pedal error it answers
            // is still there, and releasing torque towards the obstacle is the danger. Only the rows of the other
            // states read it.
            InputsFaulted = pedalFaulted || degraded,
            Armed = driving && egoSpeedMps <= _cal.MaxSpeedMps,
            Driving = driving,
            Pedal = pedal,
            Deep = deep,
            DeepFast = deep && averageRate >= _cal.FastPedalRatePerS,
            Slam = _pressing && pedal >= _cal.OpenSlamPedal && averageRate >= _cal.OpenSlamRatePerS,
            Obstacle = obstacle,
            InterventionBraking = interventionBraking,
            EgoSpeedMps = egoSpeedMps,
        };

        for (int i = 0; i < MaiTable.MaxChain; i++)
        {
            MaiState from = State;
            if (!TakeTransition(c, nowUs) || MaiTable.EndsChain(from, State)) break;
        }

        return Output(pedalFaulted);
    }

    private bool TakeTransition(in Conditions c, long nowUs)
    {
        var rows = MaiTable.Transitions;
        for (int i = 0; i < rows.Length; i++)
        {
            if (rows[i].From != State || !Holds(rows[i].Guard, c, nowUs)) continue;
            // A release that ends a suppression opens the second-press window: pressing again means it.
            if (rows[i].Guard == MaiGuard.PedalReleased) _releasedFromSuppressionUs = nowUs;
            Enter(rows[i].To, nowUs);
            return true;
        }

        return false;
    }

    private bool Holds(MaiGuard guard, in Conditions c, long nowUs) => guard switch
    {
        MaiGuard.InputsFaulted => c.InputsFaulted,
        MaiGuard.RecoveredArmed => !c.InputsFaulted && c.Armed,
        MaiGuard.RecoveredDisarmed => !c.InputsFaulted && !c.Armed,
        MaiGuard.Armed => c.Armed,
        MaiGuard.Disarmed => !c.Armed,
        MaiGuard.SecondPress => c.Deep && nowUs - _releasedFromSuppressionUs <= (long)(_cal.SecondPressWindowS * 1e6f),
        MaiGuard.PedalError => (c.DeepFast && c.Obstacle) || (c.Deep && c.InterventionBraking && SuspectsPress),
        MaiGuard.OpenSlam => c.Slam && nowUs - _lastGearChangeUs <= (long)(_cal.OpenGearChangeWindowS * 1e6f) && c.EgoSpeedMps <= _cal.OpenMaxSpeedMps,
        // A pedal that faults during a suppression neither ends it (a faulted pedal may read released while the foot
        // still floors it) nor loosens it: the suppression runs on to its own end (obstacle gone, time-out).
        MaiGuard.PedalFaultedSuppressionOver => c.PedalFaulted && !SuppressionRunsOn(State, nowUs - _enteredUs, nowUs - _obstacleLastSeenUs),
        MaiGuard.PedalReleased => !c.PedalFaulted && c.Pedal < _cal.ReleasedPedal,
        MaiGuard.ObstacleGone => nowUs - _obstacleLastSeenUs >= (long)(_cal.ObstacleGoneS * 1e6f),
        MaiGuard.ObstacleSuppressionOver => nowUs - _enteredUs >= (long)(_cal.ObstacleSuppressionS * 1e6f),
        MaiGuard.OpenSuppressionOver => nowUs - _enteredUs >= (long)(_cal.OpenSuppressionS * 1e6f),
        MaiGuard.ObstacleAppears => !c.PedalFaulted && c.Obstacle,
        MaiGuard.PedalOffOrOutOfGear => c.Pedal <= _cal.OffPedal || !c.Driving,
        _ => false,
    };

    /// <summary>What each state asks for, after this cycle's transitions.</summary>
    private FunctionOutput Output(bool pedalFaulted)
    {
        const WarningOutputs Both = WarningOutputs.Acoustic | WarningOutputs.Visual;
        return State switch
        {
            // A faulted pedal during a suppression that runs on: the stricter of its limit and the pedal-fault limit.
            MaiState.SuppressingObstacle or MaiState.SuppressingOpen when pedalFaulted =>
                Limit(StricterLimit(SuppressionLimit(State), _cal.PedalFaultTorqueLimit), Both),
            MaiState.Degraded when pedalFaulted => Limit(_cal.PedalFaultTorqueLimit, WarningOutputs.Visual),
            MaiState.SuppressingObstacle => Limit(_cal.ObstacleTorqueLimit, Both),
            MaiState.SuppressingOpen => Limit(_cal.OpenTorqueLimit, Both),
            _ => FunctionOutput.Idle,
        };
    }

    /// <summary>What the guards of one cycle are made of.</summary>
    private struct Conditions
    {
        public bool PedalFaulted;
        public bool InputsFaulted;
        public bool Armed;
        public bool Driving;
        public float Pedal;
        public bool Deep;
        public bool DeepFast;
        public bool Slam;
        public bool Obstacle;
        public bool InterventionBraking;
        public float EgoSpeedMps;
    }

    /// <summary>
    /// A suppression that is on stays on while neither of its own ends (obstacle gone for
    /// <c>obstacleGoneS</c>, time-out) is reached; the pedal cannot end it while it is faulted.
    /// </summary>
    public bool SuppressionRunsOn(MaiState state, long inStateUs, long sinceObstacleUs) => state switch
    {
        MaiState.SuppressingObstacle => sinceObstacleUs < (long)(_cal.ObstacleGoneS * 1e6f) && inStateUs < (long)(_cal.ObstacleSuppressionS * 1e6f),
        MaiState.SuppressingOpen => inStateUs < (long)(_cal.OpenSuppressionS * 1e6f),
        _ => false,
    };

    /// <summary>Two torque limits on the same drive: the lower one holds (NaN counts as no torque).</summary>
    public static float StricterLimit(float a, float b) => float.IsNaN(a) || float.IsNaN(b) ? 0f : MathF.Min(a, b);

    private float SuppressionLimit(MaiState state) => state == MaiState.SuppressingOpen ? _cal.OpenTorqueLimit : _cal.ObstacleTorqueLimit;

    private static FunctionOutput Limit(float torqueLimit, WarningOutputs warnings) => new()
    {
        TorqueLimit = torqueLimit,
        Warnings = warnings,
    };

    private void Enter(MaiState state, long nowUs)
    {
        if (State == state) return;
        State = state;
        _enteredUs = nowUs;
    }
}
