namespace AebController.Firmware.Runtime;

/// <summary>Virtual time: waiting jumps straight to the deadline, so a run is as fast as the CPU and exactly repeatable.</summary>
public sealed class VirtualCycleClock : ICycleClock
{
    public VirtualCycleClock(long startUs = 0)
    {
        NowUs = startUs;
    }

    public long NowUs { get; private set; }

    public void WaitUntil(long deadlineUs)
    {
        if (deadlineUs > NowUs)
        {
            NowUs = deadlineUs;
        }
    }

    /// <summary>Moves time on without a deadline, as a slow step would; lets tests make a cycle late.</summary>
    public void Advance(long deltaUs)
    {
        NowUs += deltaUs;
    }
}
