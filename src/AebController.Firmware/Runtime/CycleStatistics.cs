namespace AebController.Firmware.Runtime;

/// <summary>
/// Timing of every cycle in fixed storage: the step's execution time (ns) and the wake-up latency
/// (actual wake minus deadline, µs) as histograms, plus counters:
/// an overrun is a step longer than its budget; a deadline miss is a cycle whose step ended after
/// the next cycle's deadline (its output came a period late); a long-running cycle ended more than
/// 1.2 periods after its own deadline (ArduPilot's measure); a slip is a wake-up a whole period late.
/// </summary>
public sealed class CycleStatistics
{
    public CycleStatistics(long periodUs, long budgetUs)
    {
        PeriodUs = periodUs;
        BudgetUs = budgetUs;
    }

    public long PeriodUs { get; }
    public long BudgetUs { get; }
    public LogLinearHistogram ExecutionNs { get; } = new();
    public LogLinearHistogram WakeLatencyUs { get; } = new();
    public long Cycles { get; private set; }
    public long Overruns { get; private set; }
    public long DeadlineMisses { get; private set; }
    public long LongRunning { get; private set; }
    public long Slips { get; private set; }

    public long ExecMinNs => ExecutionNs.Count == 0 ? 0 : ExecutionNs.Min;
    public long ExecMaxNs => ExecutionNs.Count == 0 ? 0 : ExecutionNs.Max;
    public double ExecMeanNs => ExecutionNs.Mean;
    public long WakeLatencyMaxUs => WakeLatencyUs.Count == 0 ? 0 : WakeLatencyUs.Max;

    public void Reset()
    {
        ExecutionNs.Reset();
        WakeLatencyUs.Reset();
        Cycles = 0;
        Overruns = 0;
        DeadlineMisses = 0;
        LongRunning = 0;
        Slips = 0;
    }

    /// <param name="wakeLatencyUs">Actual wake time minus the deadline.</param>
    /// <param name="execNs">Time from wake to the end of the step.</param>
    public void Record(long wakeLatencyUs, long execNs)
    {
        Cycles++;
        ExecutionNs.Record(execNs);
        WakeLatencyUs.Record(wakeLatencyUs);
        long endUs = wakeLatencyUs + execNs / 1000;
        if (execNs > BudgetUs * 1000) Overruns++;
        if (endUs >= PeriodUs) DeadlineMisses++;
        if (endUs * 5 > PeriodUs * 6) LongRunning++;
        if (wakeLatencyUs >= PeriodUs) Slips++;
    }
}
