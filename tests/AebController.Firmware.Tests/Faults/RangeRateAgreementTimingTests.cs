using AebController.Firmware.Monitoring;
using static AebController.Firmware.Tests.Faults.RangeRateAgreementSetup;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// RangeRateAgreement as the firmware feeds it: a 100 Hz loop that sees each 20 Hz radar list several times, a clock
/// that started long before the drive, a different car becoming the threat, a rate glitch at any moment of the
/// anchor, a bias that appears after a minute of healthy following. Oracles: the kinematics of the drive (the gap
/// closes by the integral of the closing speed), the monitor's own stated rules (only new lists count, a new track
/// restarts, a spike integrates only as far as two cars can change their closing speed, a consistent anchor is
/// renewed) and time invariance (the verdict cannot depend on when the clock started).
/// </summary>
public sealed class RangeRateAgreementTimingTests
{
    private const long CycleUs = 10_000;         // 100 Hz control loop

    /// <summary>
    /// Latest time at which a rate bias from <paramref name="onsetS"/> on must be flagged: the bound from an anchor's start
    /// (<see cref="RangeRateAgreementSetup.BiasFlaggedWithinS"/>), counted from the latest anchor start the onset allows.
    /// The onset may fall anywhere in an anchor's life: at worst the anchor is renewed just after it (the bias is then in
    /// the anchor's lists too, which the t̄ term covers) and the walk starts with that anchor.
    /// </summary>
    private static float LatestFlagS(float onsetS, float biasMps) =>
        onsetS + AnchorMaxS + (AnchorLists + 1) * ListUs * 1e-6f + BiasFlaggedWithinS(biasMps);

    [Fact]
    public void The_predicted_range_is_where_the_closing_has_brought_the_gap()
    {
        // 60 m at 10 m/s closing: after list k the gap is 60 − 10·k·0.05 m; the anchor and the integrated rate say the same.
        var m = new RangeRateAgreement();
        m.Reset();
        for (int k = 0; k < 20; k++)
        {
            float range = 60f - 10f * k * 0.05f;
            Assert.True(Feed(ref m, 7, range, 10f, k * ListUs));
            if (k >= AnchorLists - 1) Assert.Equal(range, m.PredictedRangeM, 2);
        }
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1_000_000L)]              // the drive starts 1 s after power-on
    [InlineData(3_600_000_000L)]          // an hour into the trip
    public void A_rate_bias_is_flagged_as_soon_whenever_the_clock_started(long clockStartUs)
    {
        // Time invariance: the same drive measured against a clock that started earlier is the same drive.
        var m = new RangeRateAgreement();
        m.Reset();
        int flag = -1;
        for (int k = 0; k < 200 && flag < 0; k++)
        {
            float t = k * ListUs * 1e-6f;
            if (!Feed(ref m, 7, 60f - 10f * t, 10f + 1f, clockStartUs + k * ListUs)) flag = k;
        }

        Assert.True(flag >= 0, "a 1 m/s rate bias was never flagged");
        Assert.True(flag * ListUs * 1e-6f <= LatestFlagS(0f, 1f), $"flagged at list {flag}");
    }

    [Theory]
    [InlineData(1f)]
    [InlineData(-1f)]
    public void A_bias_that_appears_after_a_minute_of_healthy_following_is_flagged_as_soon_as_one_from_the_start(float biasMps)
    {
        // The anchor is renewed while the track is consistent, so the allowance a minute of healthy following grew
        // does not hide a bias that starts then (without renewal: 0.25 m/s · 60 s = 15 m to walk, ~20 s at 1 m/s).
        const float onsetS = 60f;
        var m = new RangeRateAgreement();
        m.Reset();
        int flag = -1;
        int lists = (int)((onsetS + 10f) / 0.05f);
        for (int k = 0; k < lists && flag < 0; k++)
        {
            float t = k * ListUs * 1e-6f;
            float range = 400f - 5f * t;   // following at 5 m/s closing
            float closing = t >= onsetS ? 5f + biasMps : 5f;
            if (!Feed(ref m, 7, range, closing, 5_000_000 + k * ListUs)) flag = k;
        }

        Assert.True(flag >= 0, "the late bias was never flagged");
        float flagS = flag * ListUs * 1e-6f;
        Assert.True(flagS >= onsetS, $"flagged at {flagS} s, before the bias");
        Assert.True(flagS <= LatestFlagS(onsetS, biasMps), $"flagged at {flagS} s, bias from {onsetS} s");
    }

    [Theory]
    [InlineData(-1)]   // healthy throughout
    [InlineData(20)]   // the range sticks from list 20 on
    public void Each_list_seen_by_several_control_cycles_counts_once(int stuckFrom)
    {
        // The loop runs at 100 Hz and sees each 20 Hz list five times. A healthy track is never flagged; a range
        // stuck while the gap closes at 13.9 m/s is flagged within the same lists as when each list is fed once.
        var m = new RangeRateAgreement();
        m.Reset();
        float? stuck = null;
        int flagList = -1;
        for (int c = 0; c < 500 && flagList < 0; c++)
        {
            long now = c * CycleUs;
            int k = (int)(now / ListUs);
            float t = k * ListUs * 1e-6f;
            float range = 80f - 13.9f * t;   // 80 m to 10.5 m in the 5 s
            if (stuckFrom >= 0 && k >= stuckFrom) stuck ??= range;
            if (!Feed(ref m, 7, stuck ?? range, 13.9f, k * ListUs)) flagList = k;
        }

        if (stuckFrom < 0) Assert.Equal(-1, flagList);
        else Assert.InRange(flagList, stuckFrom, stuckFrom + 1 + PersistLists + 1);
    }

    [Fact]
    public void A_two_list_rate_burst_at_any_moment_of_the_anchor_is_never_a_fault()
    {
        // The burst (+10 m/s for two lists) is bounded to what two cars can do (20 m/s², 1 m/s per list): at most
        // ~0.1 m of walk. Taken as it is, it would walk ~1 m, past the 0.4 m tolerance, and stay there.
        for (int burst = AnchorLists + 2; burst < 90; burst++)
        {
            var m = new RangeRateAgreement();
            m.Reset();
            for (int k = 0; k < 120; k++)
            {
                float t = k * ListUs * 1e-6f;
                float closing = k == burst || k == burst + 1 ? 20f : 10f;
                Assert.True(Feed(ref m, 7, 60f - 10f * t, closing, k * ListUs), $"burst at list {burst}: flagged at list {k}");
            }
        }
    }

    [Fact]
    public void A_different_car_becoming_the_threat_starts_a_new_check()
    {
        // Track 7 at 60 m closing at 10 m/s for 2 s; then a car cutting in, track 8, 25 m away closing at 3 m/s.
        // Each is a healthy track: the range of the one follows its own rate; nothing is flagged.
        var m = new RangeRateAgreement();
        m.Reset();
        for (int k = 0; k < 120; k++)
        {
            float t = k * ListUs * 1e-6f;
            bool cutIn = k >= 40;
            float ts = cutIn ? t - 2f : t;
            float range = cutIn ? 25f - 3f * ts : 60f - 10f * t;
            Assert.True(Feed(ref m, cutIn ? 8 : 7, range, cutIn ? 3f : 10f, k * ListUs), $"flagged at list {k}");
        }
    }

    [Fact]
    public void Non_finite_times_and_walks_never_agree_and_the_limit_itself_agrees()
    {
        // "Non-finite values never agree": an infinite time since the anchor would otherwise allow any walk.
        Assert.False(RangeRateAgreement.Agrees(0f, float.PositiveInfinity, ToleranceM, AllowanceMps));
        Assert.False(RangeRateAgreement.Agrees(0f, float.NegativeInfinity, ToleranceM, AllowanceMps));
        Assert.False(RangeRateAgreement.Agrees(float.NegativeInfinity, 1f, ToleranceM, AllowanceMps));
        // "Within the tolerance plus the allowance" includes the limit; values exact in binary (0.5 + 0.25 · 2 = 1).
        Assert.True(RangeRateAgreement.Agrees(1f, 2f, 0.5f, 0.25f));
        Assert.True(RangeRateAgreement.Agrees(-1f, 2f, 0.5f, 0.25f));
        Assert.True(RangeRateAgreement.Agrees(0.5f, 0f, 0.5f, 0.25f));
        Assert.False(RangeRateAgreement.Agrees(1.0078125f, 2f, 0.5f, 0.25f));
    }
}
