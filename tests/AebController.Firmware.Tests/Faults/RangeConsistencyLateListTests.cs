using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// A window half that holds a single list (the radar delivered late) has no mean to average a list's noise
/// away: the whole error of that one list would count, where the window was built so that one list moves the
/// comparison by a fraction of it. Such a window judges nothing. Here the lone list of the late half is 3 m off
/// (a multipath or ghost range; the tolerance at 50 m is 0.5 m + 1.5 % = 1.25 m), in every window, the whole
/// time: judged, two such windows in a row would fault the radar for the rest of the drive.
/// The target holds its distance (closing 0, range 50 m); lists every 0.1 s otherwise.
/// </summary>
public sealed class RangeConsistencyLateListTests
{
    private const float WindowS = 0.5f, ToleranceM = 0.5f, TolerancePerM = 0.015f, RangeM = 50f, WildM = 3f;
    private const int ConfirmWindows = 2;

    /// <summary>One new list of track 7 measured at <paramref name="timeS"/>; <paramref name="ok"/> stays true while the radar is consistent.</summary>
    private static void Feed(ref RangeConsistencyMonitor m, ref bool ok, float timeS, float rangeM) =>
        ok &= m.Update(7, rangeM, 0f, (long)MathF.Round(timeS * 1e6f), WindowS, ToleranceM, TolerancePerM, ConfirmWindows);

    [Fact]
    public void A_second_half_with_one_late_list_judges_nothing()
    {
        var m = new RangeConsistencyMonitor();
        m.Reset();
        bool ok = true;
        for (int w = 0; w < 6; w++)
        {
            float t0 = w * WindowS;
            if (w == 0) Feed(ref m, ref ok, 0f, RangeM);
            Feed(ref m, ref ok, t0 + 0.1f, RangeM);
            Feed(ref m, ref ok, t0 + 0.2f, RangeM);
            // Nothing from 0.2 s to the window's end; the one list that closes it is off by 3 m.
            Feed(ref m, ref ok, t0 + WindowS, RangeM + WildM);
        }

        Assert.True(ok);
    }

    [Fact]
    public void A_first_half_with_only_the_opening_list_judges_nothing()
    {
        var m = new RangeConsistencyMonitor();
        m.Reset();
        bool ok = true;
        for (int w = 0; w < 6; w++)
        {
            float t0 = w * WindowS;
            // The window opens on the list 3 m off (the one that closed the last window); the radar then
            // delivers nothing until past the half, and three good lists after it.
            if (w == 0) Feed(ref m, ref ok, 0f, RangeM + WildM);
            Feed(ref m, ref ok, t0 + 0.3f, RangeM);
            Feed(ref m, ref ok, t0 + 0.4f, RangeM);
            Feed(ref m, ref ok, t0 + WindowS, RangeM + WildM);
        }

        Assert.True(ok);
    }

    [Fact]
    public void The_same_lists_delivered_on_time_are_judged_and_a_range_3_m_off_every_half_window_faults()
    {
        // Control: with two or more lists in each half the comparison is made, so the tests above pass for the
        // stated reason and not because a 3 m step is within the tolerance. Lists every 0.1 s; the second half's
        // lists are 3 m off in every window (a range that jumps back and forth by 3 m twice a second).
        var m = new RangeConsistencyMonitor();
        m.Reset();
        bool ok = true;
        Feed(ref m, ref ok, 0f, RangeM);
        for (int k = 1; k <= 30; k++)
        {
            float t = k * 0.1f;
            float phase = t % WindowS;
            bool secondHalf = phase >= 0.25f - 1e-3f || phase < 1e-3f;
            Feed(ref m, ref ok, t, secondHalf ? RangeM + WildM : RangeM);
        }

        Assert.False(ok);
    }
}
