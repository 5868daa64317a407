namespace AebController.Firmware.Runtime;

/// <summary>
/// Measures how long a cycle's step ran (read, step, write), in nanoseconds on a monotonic time base.
/// The loop reads it before and after the step; the product uses <see cref="MonotonicStepTimer"/>, tests
/// inject a virtual one so the loop's accounting is checked independently of the machine's load.
/// </summary>
public interface IStepTimer
{
    long TimestampNs();
}
