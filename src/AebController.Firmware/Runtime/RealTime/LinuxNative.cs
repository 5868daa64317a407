using System.Runtime.InteropServices;

namespace AebController.Firmware.Runtime.RealTime;

/// <summary>The few libc calls a real-time loop needs on Linux. All arguments are blittable.</summary>
internal static class LinuxNative
{
    public const int ClockMonotonic = 1;
    public const int TimerAbsTime = 1;
    public const int SchedFifo = 1;
    public const int MclCurrent = 1;
    public const int McLFuture = 2;
    public const int Eintr = 4;

    [StructLayout(LayoutKind.Sequential)]
    public struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct SchedParam
    {
        public int Priority;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    public static extern int ClockGetTime(int clockId, out TimeSpec time);

    /// <summary>Returns 0 or an error number (not -1/errno): POSIX clock_nanosleep's own convention.</summary>
    [DllImport("libc", EntryPoint = "clock_nanosleep")]
    public static extern int ClockNanosleep(int clockId, int flags, ref TimeSpec request, IntPtr remain);

    [DllImport("libc", EntryPoint = "sched_setscheduler", SetLastError = true)]
    public static extern int SchedSetScheduler(int pid, int policy, ref SchedParam param);

    [DllImport("libc", EntryPoint = "mlockall", SetLastError = true)]
    public static extern int MLockAll(int flags);

    [DllImport("libc", EntryPoint = "sched_setaffinity", SetLastError = true)]
    public static extern int SchedSetAffinity(int pid, IntPtr cpuSetSize, ref ulong mask);
}
