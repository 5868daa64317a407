namespace AebController.Firmware.Runtime.RealTime;

/// <summary>What the real-time clock should try to get from the operating system.</summary>
public sealed record RealTimeOptions
{
    /// <summary>SCHED_FIFO priority (1–99); 0 leaves normal scheduling.</summary>
    public int FifoPriority { get; init; } = 80;
    public bool LockMemory { get; init; } = true;

    /// <summary>CPU to pin the loop thread to; -1 leaves it free.</summary>
    public int Cpu { get; init; } = -1;

    /// <summary>Hold /dev/cpu_dma_latency at 0 so the CPU never enters deep idle states (what cyclictest does).</summary>
    public bool HoldDmaLatency { get; init; } = true;

    /// <summary>Sleep until this long before the deadline, then spin: sub-tick precision at the cost of CPU.</summary>
    public long SpinUs { get; init; }

    public static RealTimeOptions None => new() { FifoPriority = 0, LockMemory = false, HoldDmaLatency = false };
}
