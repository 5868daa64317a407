namespace AebController.Firmware.Runtime;

/// <summary>
/// Execution time and wake-up latency of every cycle, kept in fixed storage. A step longer than the
/// budget is an overrun; a cycle whose wake-up plus step ran past the next deadline is a deadline miss.
/// </summary>
public sealed class CycleStatistics
{
    public CycleStatistics(long periodUs, long budgetUs)
    {
        PeriodUs = periodUs;
        BudgetUs = budgetUs;
        Reset();
    }

    public long PeriodUs { get; }
    public long BudgetUs { get; }
    public long Cycles { get; private set; }
    public long Overruns { get; private set; }
    public long DeadlineMisses { get; private set; }
    public long ExecMinNs { get; private set; }
    public long ExecMaxNs { get; private set; }
    public long WakeLatencyMaxUs { get; private set; }
    public long WakeLatencyMinUs { get; private set; }
    private long _execSumNs;

    public double ExecMeanNs => Cycles == 0 ? 0 : (double)_execSumNs / Cycles;

    public void Reset()
    {
        Cycles = 0;
        Overruns = 0;
        DeadlineMisses = 0;
        ExecMinNs = long.MaxValue;
        ExecMaxNs = 0;
        WakeLatencyMaxUs = long.MinValue;
        WakeLatencyMinUs = long.MaxValue;
        _execSumNs = 0;
    }

    /// <param name="wakeLatencyUs">Actual wake time minus the deadline.</param>
    /// <param name="execNs">Time from wake to the end of the step.</param>
    public void Record(long wakeLatencyUs, long execNs)
    {
        Cycles++;
        _execSumNs += execNs;
        if (execNs < ExecMinNs) ExecMinNs = execNs;
        if (execNs > ExecMaxNs) ExecMaxNs = execNs;
        if (wakeLatencyUs > WakeLatencyMaxUs) WakeLatencyMaxUs = wakeLatencyUs;
        if (wakeLatencyUs < WakeLatencyMinUs) WakeLatencyMinUs = wakeLatencyUs;
        if (execNs > BudgetUs * 1000) Overruns++;
        if (wakeLatencyUs + execNs / 1000 >= PeriodUs) DeadlineMisses++;
    }
}
