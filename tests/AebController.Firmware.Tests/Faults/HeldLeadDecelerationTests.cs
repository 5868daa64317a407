using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// A braking lead that a warning or a brake answers is judged at the strongest deceleration its track showed lately. The
/// oracle is kinematics by hand: the ego at 50 km/h (13.89 m/s), a lead 10 m ahead at 10 m/s braking at b, latency
/// τ 0.3 s, 1 m in hand. Through τ the lead travels 10·0.3 − b·0.045 and slows to 10 − 0.3·b; the gap left is
/// d = 10 + that − 13.89·0.3 − 1; the lead stops before the ego reaches its speed, so the need is the stop-behind-a-stop
/// one, v² / (2 (d + vL² / (2 b))). At b = 6: d = 7.563, vL = 8.2, need 7.33 m/s²; at b = 5.2 (one list's estimate
/// 0.8 m/s² low, 1.7 σ of the α-β tracker's acceleration noise): d = 7.599, vL = 8.44, need 6.68, under full braking's
/// 7.0.
/// </summary>
public sealed class HeldLeadDecelerationTests
{
    private const float EgoMps = 50f / 3.6f;
    private const float LatencyS = 0.3f;
    private const float MarginM = 1f;
    private const int HoldCycles = 20;

    private static ThreatAssessment Lead(float accelMps2, float needMps2, int trackId = 7, float speedMps = 10f, float rangeM = 10f) => new()
    {
        HasTarget = true, TrackId = trackId, RangeM = rangeM, ClosingSpeedMps = EgoMps - speedMps, ReportedClosingSpeedMps = EgoMps - speedMps,
        TargetSpeedMps = speedMps, TargetAccelMps2 = accelMps2, TtcS = 2f, RequiredDecelMps2 = needMps2,
    };

    private static HeldLeadDeceleration Fresh()
    {
        var h = new HeldLeadDeceleration();
        h.Reset();
        return h;
    }

    [Fact]
    public void One_low_list_does_not_ease_the_need_of_a_lead_braking_at_6()
    {
        var held = Fresh();
        for (int i = 0; i < 5; i++) held.Judge(Lead(-6f, 7.33f), true, HoldCycles, EgoMps, LatencyS, MarginM);
        // Five cycles of one list reading 5.2 m/s²: judged as the lead braking at 6 (7.33 by hand), not 6.68.
        for (int i = 0; i < 5; i++)
        {
            var t = held.Judge(Lead(-5.2f, 6.68f), true, HoldCycles, EgoMps, LatencyS, MarginM);
            Assert.Equal(-6f, t.TargetAccelMps2, 3);
            Assert.InRange(t.RequiredDecelMps2, 7.31f, 7.35f);
        }
    }

    [Fact]
    public void A_lead_that_truly_eases_is_followed_once_the_hold_has_run_out()
    {
        var held = Fresh();
        held.Judge(Lead(-6f, 7.33f), true, HoldCycles, EgoMps, LatencyS, MarginM);
        for (int k = 1; k <= HoldCycles; k++)
        {
            var t = held.Judge(Lead(-5.2f, 6.68f), true, HoldCycles, EgoMps, LatencyS, MarginM);
            Assert.Equal(-6f, t.TargetAccelMps2, 3);
        }

        // One cycle past the hold: the live estimate again.
        var after = held.Judge(Lead(-5.2f, 6.68f), true, HoldCycles, EgoMps, LatencyS, MarginM);
        Assert.Equal(-5.2f, after.TargetAccelMps2, 3);
        Assert.Equal(6.68f, after.RequiredDecelMps2, 3);
    }

    [Fact]
    public void Not_held_a_new_track_a_standing_or_an_oncoming_target_or_hold_0_change_nothing()
    {
        var held = Fresh();
        held.Judge(Lead(-6f, 7.33f), true, HoldCycles, EgoMps, LatencyS, MarginM);
        var live = Lead(-5.2f, 6.68f);
        Assert.Equal(-5.2f, held.Judge(live, false, HoldCycles, EgoMps, LatencyS, MarginM).TargetAccelMps2);

        held = Fresh();
        held.Judge(Lead(-6f, 7.33f), true, HoldCycles, EgoMps, LatencyS, MarginM);
        Assert.Equal(-5.2f, held.Judge(Lead(-5.2f, 6.68f, trackId: 8), true, HoldCycles, EgoMps, LatencyS, MarginM).TargetAccelMps2);

        held = Fresh();
        held.Judge(Lead(-6f, 3f, speedMps: 0f), true, HoldCycles, EgoMps, LatencyS, MarginM);
        Assert.Equal(0f, held.Judge(Lead(0f, 3f, speedMps: 0f), true, HoldCycles, EgoMps, LatencyS, MarginM).TargetAccelMps2);

        held = Fresh();
        held.Judge(Lead(-6f, 3f, speedMps: -5f), true, HoldCycles, EgoMps, LatencyS, MarginM);
        Assert.Equal(0f, held.Judge(Lead(0f, 3f, speedMps: -5f), true, HoldCycles, EgoMps, LatencyS, MarginM).TargetAccelMps2);

        held = Fresh();
        held.Judge(Lead(-6f, 7.33f), true, 0, EgoMps, LatencyS, MarginM);
        Assert.Equal(-5.2f, held.Judge(Lead(-5.2f, 6.68f), true, 0, EgoMps, LatencyS, MarginM).TargetAccelMps2);
    }

    [Fact]
    public void Sweep_never_less_critical_than_the_live_threat()
    {
        // Leads 2-40 m ahead at 0.5-30 m/s, held decelerations 0-9 m/s² and live ones from 2 m/s² accelerating to 9 braking.
        for (float rangeM = 2f; rangeM <= 40f; rangeM += 2.5f)
        for (float speedMps = 0.5f; speedMps <= 30f; speedMps += 2.9f)
        for (float heldMps2 = 0f; heldMps2 <= 9f; heldMps2 += 1.5f)
        for (float liveMps2 = 2f; liveMps2 >= -9f; liveMps2 -= 1.1f)
        {
            float liveNeed = ThreatMath.RequiredDeceleration(rangeM, EgoMps, speedMps, liveMps2, LatencyS, MarginM);
            float liveTtc = ThreatMath.TimeToCollision(rangeM, EgoMps, speedMps, liveMps2);
            var live = Lead(liveMps2, liveNeed, speedMps: speedMps, rangeM: rangeM) with { TtcS = liveTtc };
            var t = HeldLeadDeceleration.AtDeceleration(live, -heldMps2, EgoMps, LatencyS, MarginM);
            Assert.True(t.RequiredDecelMps2 >= liveNeed, $"{rangeM} m {speedMps} m/s held {heldMps2} live {liveMps2}");
            Assert.True(t.TtcS <= liveTtc || float.IsPositiveInfinity(liveTtc) && float.IsPositiveInfinity(t.TtcS));
            Assert.True(t.TargetAccelMps2 <= liveMps2);
            Assert.Equal(live.RangeM, t.RangeM);
            Assert.Equal(live.TargetSpeedMps, t.TargetSpeedMps);
        }
    }
}
