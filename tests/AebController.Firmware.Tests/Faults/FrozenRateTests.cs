using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// A threat track's rate that repeats bit for bit while its own relative acceleration says it must have moved is a frozen
/// field, and the threat is judged at the rate that acceleration dead-reckons. The oracle is kinematics by hand: lists every
/// 50 ms; a lead 10 m ahead braking at 6 m/s² relative to the ego at 50 km/h (13.89 m/s) changes its rate by −0.3 m/s
/// per list. The field sticks at −1.2 m/s: after n lists of one value the rate has truly gone to −1.2 − 0.3 (n − 1).
/// </summary>
public sealed class FrozenRateTests
{
    private const float EgoMps = 50f / 3.6f;
    private const long ListUs = 50_000;
    private const int MinLists = 3;
    private const float ChangeMps = 0.5f;
    private const float LatencyS = 0.3f;
    private const float MarginM = 1f;

    private static RadarObjectList List(float rateMps, float accelMps2, int id = 4)
    {
        var list = new RadarObjectList { Count = 1, AgeUs = 60_000, SensorOk = true };
        list.Tracks[0] = new RadarTrack { Id = id, LongitudinalM = 10f, RelVelLongMps = rateMps, RelAccelLongMps2 = accelMps2, WidthM = 1.8f, ElevationM = 0.5f, UpdateCount = 40 };
        return list;
    }

    private static ThreatAssessment Threat(float rateMps, int id = 4) => new()
    {
        HasTarget = true, TrackId = id, RangeM = 10f + rateMps * 0.06f, ClosingSpeedMps = -rateMps, ReportedClosingSpeedMps = -rateMps,
        TargetSpeedMps = EgoMps + rateMps, TargetAccelMps2 = -6f, TtcS = 3f, RequiredDecelMps2 = 1f,
    };

    private static FrozenRate Fresh()
    {
        var f = new FrozenRate();
        f.Reset();
        return f;
    }

    [Fact]
    public void A_stuck_rate_under_a_braking_lead_is_dead_reckoned_by_the_lead_s_acceleration()
    {
        var frozen = Fresh();
        for (int n = 1; n <= 8; n++)
        {
            var list = List(-1.2f, -6f);
            frozen.Observe(ref list, 4, n * ListUs);
            var t = frozen.Judge(Threat(-1.2f), MinLists, ChangeMps, 0.06f, EgoMps, LatencyS, MarginM);
            float changeMps = 0.3f * (n - 1);
            if (n < MinLists || changeMps <= ChangeMps)
            {
                Assert.Equal(1.2f, t.ClosingSpeedMps, 4);
                continue;
            }

            // The rate it truly has now, by hand: −1.2 − 0.3 (n − 1); the target slower by as much, the range brought to
            // now at it, and the need never below the live one.
            Assert.Equal(1.2f + changeMps, t.ClosingSpeedMps, 3);
            Assert.Equal(EgoMps - 1.2f - changeMps, t.TargetSpeedMps, 3);
            Assert.Equal(10f - (1.2f + changeMps) * 0.06f, t.RangeM, 3);
            Assert.True(t.RequiredDecelMps2 >= 1f);
        }
    }

    [Fact]
    public void The_tolerance_and_the_list_count_from_both_sides()
    {
        // 3 lists at −6: 0.6 m/s > 0.5, frozen; at −4.9: 0.49, not yet; 2 lists at −12: 0.6 but one list short.
        Assert.True(After(3, -6f).Frozen(MinLists, ChangeMps));
        Assert.False(After(3, -4.9f).Frozen(MinLists, ChangeMps));
        Assert.False(After(2, -12f).Frozen(MinLists, ChangeMps));
        Assert.True(After(3, -12f).Frozen(MinLists, ChangeMps));
        // Below 2 lists is off.
        Assert.False(After(10, -6f).Frozen(1, ChangeMps));
    }

    private static FrozenRate After(int lists, float accelMps2)
    {
        var frozen = Fresh();
        for (int n = 1; n <= lists; n++)
        {
            var list = List(-1.2f, accelMps2);
            frozen.Observe(ref list, 4, n * ListUs);
        }

        return frozen;
    }

    [Fact]
    public void A_measured_rate_a_coasting_track_at_steady_speed_and_an_opening_one_change_nothing()
    {
        // A measured rate moves with its noise every list (0.12 m/s): never frozen, however the acceleration reads.
        var frozen = Fresh();
        for (int n = 1; n <= 20; n++)
        {
            var list = List(-1.2f - 0.3f * n + (n % 2 == 0 ? 0.05f : -0.05f), -6f);
            frozen.Observe(ref list, 4, n * ListUs);
            Assert.False(frozen.Frozen(MinLists, ChangeMps));
        }

        // A track predicted at constant velocity by a tracker that reports no acceleration: a repeat, but nothing moved.
        Assert.False(After(10, 0f).Frozen(MinLists, ChangeMps));

        // Frozen, but the acceleration opens the gap (the ego braking harder than the lead): judged as it was.
        var opening = After(6, 6f);
        Assert.True(opening.Frozen(MinLists, ChangeMps));
        var live = Threat(-1.2f);
        var t = opening.Judge(live, MinLists, ChangeMps, 0.06f, EgoMps, LatencyS, MarginM);
        Assert.Equal(live.ClosingSpeedMps, t.ClosingSpeedMps);
        Assert.Equal(live.RequiredDecelMps2, t.RequiredDecelMps2);
    }

    [Fact]
    public void A_new_track_a_missing_track_or_another_threat_starts_again()
    {
        var frozen = After(6, -6f);
        Assert.True(frozen.Frozen(MinLists, ChangeMps));
        var other = frozen.Judge(Threat(-1.2f, id: 9), MinLists, ChangeMps, 0.06f, EgoMps, LatencyS, MarginM);
        Assert.Equal(1.2f, other.ClosingSpeedMps, 4);

        var list = List(-1.2f, -6f, id: 9);
        frozen.Observe(ref list, 4, 7 * ListUs);
        Assert.False(frozen.Frozen(MinLists, ChangeMps));

        frozen = After(6, -6f);
        list = List(-1.2f, -6f);
        frozen.Observe(ref list, 9, 7 * ListUs);
        Assert.False(frozen.Frozen(MinLists, ChangeMps));
    }

    [Fact]
    public void Sweep_never_less_critical_than_the_live_threat()
    {
        for (float rangeM = 2f; rangeM <= 40f; rangeM += 3.1f)
        for (float speedMps = -5f; speedMps <= 30f; speedMps += 2.3f)
        for (float accelMps2 = 2f; accelMps2 >= -9f; accelMps2 -= 1.3f)
        for (float deltaMps = 1f; deltaMps >= -6f; deltaMps -= 0.7f)
        {
            float need = ThreatMath.RequiredDeceleration(rangeM, EgoMps, speedMps, accelMps2, LatencyS, MarginM);
            float ttc = ThreatMath.TimeToCollision(rangeM, EgoMps, speedMps, accelMps2);
            var live = new ThreatAssessment
            {
                HasTarget = true, TrackId = 1, RangeM = rangeM, ClosingSpeedMps = EgoMps - speedMps, TargetSpeedMps = speedMps,
                TargetAccelMps2 = accelMps2, TtcS = ttc, RequiredDecelMps2 = need,
            };
            var t = FrozenRate.Closer(live, deltaMps, 0.08f, EgoMps, LatencyS, MarginM);
            Assert.True(t.RequiredDecelMps2 >= need, $"{rangeM} m {speedMps} m/s {accelMps2} m/s² Δ {deltaMps}");
            Assert.True(t.TtcS <= ttc || float.IsPositiveInfinity(ttc) && float.IsPositiveInfinity(t.TtcS));
            Assert.True(t.RangeM <= live.RangeM && t.ClosingSpeedMps >= live.ClosingSpeedMps);
        }
    }
}
