using AebController.Firmware.Signals;

namespace AebController.Firmware.Runtime;

/// <summary>
/// The fixed-cycle loop: wait for the absolute deadline, read, step, write, record. Deadlines advance
/// by exactly one period each cycle, so the loop never drifts; a late cycle is counted, not skipped.
/// </summary>
public sealed class ControlLoop
{
    private readonly ICycleClock _clock;
    private readonly ISensorSource _sensors;
    private readonly IActuatorSink _actuators;
    private readonly AebFirmware _firmware;
    private readonly IStepTimer _stepTimer;
    private readonly SensorFrame _frame = new();
    private readonly long _periodUs;
    private ActuatorCommand _command = ActuatorCommand.Neutral;

    public ControlLoop(ICycleClock clock, ISensorSource sensors, IActuatorSink actuators, AebFirmware firmware, TraceRecorder? trace = null, long budgetUs = 0, IStepTimer? stepTimer = null)
    {
        _clock = clock;
        _sensors = sensors;
        _actuators = actuators;
        _firmware = firmware;
        _stepTimer = stepTimer ?? MonotonicStepTimer.Instance;
        _periodUs = firmware.Calibration.CyclePeriodUs;
        Trace = trace;
        Statistics = new CycleStatistics(_periodUs, budgetUs > 0 ? budgetUs : _periodUs);
        _frame.Clear();
        NextDeadlineUs = clock.NowUs;
    }

    public long PeriodUs => _periodUs;
    public long NextDeadlineUs { get; private set; }
    public long CycleCount { get; private set; }
    public SensorFrame Frame => _frame;
    public ref readonly ActuatorCommand LastCommand => ref _command;
    public AebFirmware Firmware => _firmware;
    public CycleStatistics Statistics { get; }
    public TraceRecorder? Trace { get; }

    /// <summary>Sets the first deadline; later ones follow at whole periods.</summary>
    public void Start(long firstDeadlineUs)
    {
        NextDeadlineUs = firstDeadlineUs;
    }

    public void RunCycle()
    {
        long deadline = NextDeadlineUs;
        _clock.WaitUntil(deadline);
        long wakeUs = _clock.NowUs;
        long startNs = _stepTimer.TimestampNs();

        _sensors.Read(_frame, deadline);
        _frame.NowUs = deadline;
        _command = _firmware.Step(_frame);
        _actuators.Write(_command, deadline);

        if (Trace is not null)
        {
            RecordTrace(deadline);
        }

        long execNs = _stepTimer.TimestampNs() - startNs;
        Statistics.Record(wakeUs - deadline, execNs);
        NextDeadlineUs = deadline + _periodUs;
        CycleCount++;
    }

    public void RunCycles(long count)
    {
        for (long i = 0; i < count; i++)
        {
            RunCycle();
        }
    }

    private void RecordTrace(long timeUs)
    {
        ref readonly var threat = ref _firmware.ForwardThreat;
        var sample = new TraceSample
        {
            TimeUs = timeUs,
            EgoSpeedMps = _firmware.EgoSpeedMps,
            Gear = _frame.Gear.Gear,
            GapM = threat.HasTarget ? threat.RangeM : float.NaN,
            TtcS = threat.TtcS,
            RequiredDecelMps2 = threat.RequiredDecelMps2,
            ForwardState = _command.ForwardAebState,
            BrakeRequestMps2 = _command.BrakeDecelRequestMps2,
            TorqueLimit = _command.DriveTorqueLimit,
            Warnings = _command.Warnings,
            BrakeReasons = _command.BrakeReasons,
            Diagnostics = _command.Diagnostics,
        };
        Trace!.Record(sample);
    }
}
