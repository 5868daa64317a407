using AebController.Firmware.Calibration;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>
/// The contract of <see cref="RadarLateralAgreement"/> around its edges, from its documentation and docs/calibration.md
/// (radarLateral*: anchor = mean of the first 4 lists, median of 3, 4 disagreeing lists in a row, tolerance 0.3 m +
/// 0.5 % of range + 0.2 s × velocity change + 0.1 m/s × time since the anchor, renewed after 2 s while consistent;
/// tracks of 5 updates or more within 0..80 m; a track not in a list starts afresh when it comes back). Lists at 20 Hz
/// starting at 10 s (a clock that does not start at 0: the time since the anchor is a difference), each detection list
/// worked out by hand in the test's comment.
/// </summary>
public class RadarLateralAgreementContractTests
{
    private const long StartUs = 10_000_000;
    private const long ListPeriodUs = 50_000;

    private static readonly RadarLateralAgreement.Settings S = RadarLateralAgreementHandSettings.Default;

    [Theory]
    [InlineData(0.3f)]
    [InlineData(-0.3f)]
    public void A_walk_exactly_at_the_tolerance_still_agrees(float walkedM)
    {
        // 0 m, no velocity change, at the anchor: the tolerance is the fixed 0.3 m alone, and "within" includes it.
        Assert.True(RadarLateralAgreement.Agrees(walkedM, 0f, 0f, 0f, S));
    }

    /// <summary>A track that stands 3 m off from list 20 on, after 20 lists at 0: its median leaves the tolerance at
    /// list 21 (median of 3 m, 3 m, 0) and the fourth list in a row is list 24.</summary>
    private static RadarTrack JumpAt20(int n, float rangeM, int updates = 20) =>
        Car(7, rangeM, n >= 20 ? 3f : 0f, 0f) with { UpdateCount = updates };

    [Theory]
    [InlineData(0f)]
    [InlineData(30f)]
    [InlineData(80f)]
    public void Every_range_from_0_to_80_m_inclusive_is_judged(float rangeM)
    {
        // At 80 m the tolerance is 0.3 + 0.4 + 0.1 × 1.2 s = 0.82 m, well under the 3 m jump.
        Assert.Equal(24, FirstFault(200, n => [JumpAt20(n, rangeM)]));
    }

    [Fact]
    public void A_track_of_exactly_the_minimum_updates_is_judged()
    {
        Assert.Equal(24, FirstFault(200, n => [JumpAt20(n, 30f, updates: 5)]));
    }

    [Fact]
    public void A_second_track_in_the_list_is_judged_as_the_first()
    {
        // A steady car first, the jumping one second in the list (its own slot).
        Assert.Equal(24, FirstFault(200, n => [Car(3, 40f, 0f, 0f), JumpAt20(n, 30f) with { Id = 8 }]));
    }

    [Fact]
    public void A_track_that_leaves_one_list_and_comes_back_elsewhere_starts_afresh()
    {
        // Lists 0-19 at 0 m, absent from list 20, back 3 m off from list 21: a new anchor, never a fault.
        Assert.Equal(-1, FirstFault(200, n => n == 20 ? [] : [Car(7, 30f, n > 20 ? 3f : 0f, 0f)]));
    }

    [Fact]
    public void Reset_and_ForgetTracks_each_make_every_track_start_afresh()
    {
        foreach (bool reset in new[] { true, false })
        {
            var check = new RadarLateralAgreement();
            for (int n = 0; n < 200; n++)
            {
                if (n == 20)
                {
                    if (reset) check.Reset();
                    else check.ForgetTracks();
                }

                var list = List(0, Car(7, 30f, n >= 20 ? 3f : 0f, 0f));
                Assert.True(check.Update(ref list, StartUs + n * ListPeriodUs, S), $"reset {reset}, list {n}");
            }
        }
    }

    [Fact]
    public void A_jump_right_after_the_anchor_is_found_at_the_fourth_disagreeing_median()
    {
        // 1 m off from the start (the anchor of lists 0-3 is 1 m), 4 m from list 4 on. List 4: median(4, 1, 1) = 1,
        // agrees; lists 5, 6, 7, 8: median 4 m, 3 m from the anchor, over 0.3 + 0.15 + 0.1 × 0.4 = 0.49 m: list 8.
        Assert.Equal(8, FirstFault(100, n => [Car(7, 30f, n >= 4 ? 4f : 1f, 0f)]));
    }

    [Fact]
    public void A_slow_bias_is_carried_by_the_anchor_renewed_every_2_s_and_a_fast_one_is_found()
    {
        // The position creeps at 0.15 m/s with no velocity, 0 m ahead. Within one anchor (list a), list n judges
        // 0.0075 (n − a − 2.5) m against 0.3 + 0.005 (n − a) m: 0.28 m against 0.5 m when the anchor is renewed at
        // n − a = 40 (2 s), so never a fault; without the renewal it would disagree from list 128.
        Assert.Equal(-1, FirstFault(400, n => [Car(7, 0f, 0.15f * 0.05f * n, 0f)]));

        // At 0.5 m/s (docs/calibration.md's example, here from list 0 and 0 m ahead): the anchor is the mean of lists
        // 0-3 (0.0375 m) and from list 5 the median is the list before, so list n judges 0.025 (n − 2.5) m against
        // 0.3 + 0.005 n m: 0.3875 ≤ 0.39 at list 18, 0.4125 > 0.395 at list 19 (first), 4 in a row: list 22.
        Assert.Equal(22, FirstFault(400, n => [Car(7, 0f, 0.5f * 0.05f * n, 0f)]));
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(SignalAge.Never)]
    [InlineData(SignalAge.Never + 1)]
    public void A_list_never_received_or_with_an_impossible_age_is_not_judged_whatever_it_holds(long ageUs)
    {
        // A pedestrian whose position sticks while its velocity says 1.4 m/s: found at list 31 when the lists are real
        // (RadarLateralAgreementTests). With these ages the lists are no measurements and are never judged.
        var check = new RadarLateralAgreement();
        for (int n = 0; n < 200; n++)
        {
            var list = List(ageUs, Car(7, 20f, -3f, 1.4f));
            Assert.True(check.Update(ref list, StartUs + n * ListPeriodUs, S), $"list {n}");
        }
    }

    [Fact]
    public void A_list_30_ms_old_is_judged_at_its_measurement_time_as_a_fresh_one()
    {
        // The sticking pedestrian of RadarLateralAgreementTests: found at list 31 whatever the constant age.
        for (long age = 0; age <= 30_000; age += 30_000)
        {
            var check = new RadarLateralAgreement();
            int found = -1;
            for (int n = 0; n < 200 && found < 0; n++)
            {
                var list = List(age, Car(7, 20f, -3f + 1.4f * 0.05f * Math.Min(n, 19), 1.4f));
                if (!check.Update(ref list, StartUs + n * ListPeriodUs + age, S)) found = n;
            }

            Assert.Equal(31, found);
        }
    }

    /// <summary>Feeds list n = 0, 1, … (measured at 10 s + 0.05 n s, age 0); returns the list at which the check failed, or −1.</summary>
    private static int FirstFault(int lists, Func<int, RadarTrack?[]> tracks)
    {
        var check = new RadarLateralAgreement();
        for (int n = 0; n < lists; n++)
        {
            var list = List(0, tracks(n));
            if (!check.Update(ref list, StartUs + n * ListPeriodUs, S)) return n;
        }

        return -1;
    }

    private static RadarObjectList List(long ageUs, params RadarTrack?[] tracks)
    {
        var list = new RadarObjectList { SensorOk = true, AgeUs = ageUs };
        foreach (var t in tracks)
        {
            if (t is { } track) list.Tracks[list.Count++] = track;
        }

        return list;
    }

    private static RadarTrack Car(int id, float rangeM, float lateralM, float latVelMps) => new()
    {
        Id = id, LongitudinalM = rangeM, LateralM = lateralM, RelVelLatMps = latVelMps, RelVelLongMps = -10f, WidthM = 1.8f,
        ElevationM = 0.5f, RcsDbsm = 10f, UpdateCount = 20,
    };
}
