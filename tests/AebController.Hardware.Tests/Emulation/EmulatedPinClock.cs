using AebController.Firmware.Runtime;

namespace AebController.Hardware.Tests.Emulation;

/// <summary>
/// Virtual time at pin level, in µs: every reading of <see cref="NowUs"/> costs one microsecond (as one
/// iteration of a polling loop does) and waiting jumps to the deadline. A ranger timing an echo on it
/// measures exactly the emulated pulse, however loaded the machine is. The emulated devices look at
/// <see cref="CurrentUs"/>, which does not move the clock.
/// </summary>
public sealed class EmulatedPinClock : ICycleClock
{
    private long _us = 1_000_000;

    public long NowUs => Interlocked.Increment(ref _us);

    public long CurrentUs => Volatile.Read(ref _us);

    public void WaitUntil(long deadlineUs)
    {
        long seen;
        do
        {
            seen = Volatile.Read(ref _us);
            if (seen >= deadlineUs) return;
        }
        while (Interlocked.CompareExchange(ref _us, deadlineUs, seen) != seen);
    }
}
