namespace AebController.Firmware.Runtime;

/// <summary>
/// Time source of the loop. Deadlines are absolute, so the period never drifts however long a
/// cycle ran. The virtual clock jumps; a real-time clock sleeps.
/// </summary>
public interface ICycleClock
{
    /// <summary>Current time on this clock's monotonic time base.</summary>
    long NowUs { get; }

    /// <summary>Returns at or after <paramref name="deadlineUs"/>; at once if it has passed.</summary>
    void WaitUntil(long deadlineUs);
}
