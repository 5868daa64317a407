using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// The camera fallback's threat carried through a second fault (CameraFallbackCarry), against hand kinematics: a standing
/// target 20 m ahead, the ego at 14 m/s, 10 ms cycles, a 0.3 s brake latency and a 1 m stop margin. Once the fallback
/// ends, the gap closes by the ego's travel (0.14 m a cycle) and the need is v² / 2(gap − v·latency − margin).
/// </summary>
public sealed class CameraFallbackCarryTests
{
    private const float CycleS = 0.01f;
    private const float EgoMps = 14f;
    private const float LatencyS = 0.3f;
    private const float MarginM = 1f;

    // A 6 s coast (600 cycles), the FCW's 4 s reach, the radar carry's range relaxation, jerk filter and blind start.
    private static readonly CameraFallbackCarry.Settings Coast = new(600, 4f, LatencyS, MarginM, 1f, 0.1f, 0.2f, 1f);

    private static ThreatAssessment Standing(float rangeM) => new()
    {
        HasTarget = true, TrackId = CameraFallbackThreat.TrackIdBase - 3, RangeM = rangeM, ClosingSpeedMps = EgoMps,
        ReportedClosingSpeedMps = EgoMps, TargetSpeedMps = 0f, TargetAccelMps2 = 0f, TtcS = rangeM / EgoMps,
        RequiredDecelMps2 = 0f,
    };

    private static bool Step(CameraFallbackCarry carry, bool radarLive, bool fallbackLive, ThreatAssessment threat, bool stands,
        out ThreatAssessment carried) =>
        carry.Step(radarLive, fallbackLive, threat, stands, inDrive: true, EgoMps, 9.8f, CycleS, Coast, out carried);

    private static float HandNeed(float rangeM)
    {
        float d = rangeM - EgoMps * LatencyS - MarginM;
        return EgoMps * EgoMps / (2f * d);
    }

    [Fact]
    public void A_standing_threat_the_fallback_braked_for_is_carried_by_the_egos_travel_once_the_fallback_ends()
    {
        var carry = new CameraFallbackCarry();
        Assert.False(Step(carry, false, true, Standing(20f), stands: true, out _));
        for (int k = 1; k <= 50; k++)
        {
            Assert.True(Step(carry, false, false, default, stands: true, out var carried), $"cycle {k} after the fallback ended");
            float rangeM = 20f - EgoMps * CycleS * k;
            Assert.Equal(rangeM, carried.RangeM, 3);
            Assert.Equal(HandNeed(rangeM), carried.RequiredDecelMps2, 2);
            Assert.Equal(rangeM / EgoMps, carried.TtcS, 3);
        }
    }

    [Fact]
    public void A_camera_list_that_misses_the_held_threat_is_bridged_so_a_fault_right_after_still_carries_it()
    {
        var carry = new CameraFallbackCarry();
        Step(carry, false, true, Standing(20f), stands: true, out _);
        // Three lists without it while the function holds its brake: dead-reckoned, 3 × 0.14 m.
        for (int k = 0; k < 3; k++) Step(carry, false, true, ThreatAssessment.None, stands: true, out _);
        Assert.True(Step(carry, false, false, default, stands: true, out var carried));
        Assert.Equal(20f - 4 * EgoMps * CycleS, carried.RangeM, 3);
    }

    [Fact]
    public void Nothing_is_carried_while_the_radar_judges_or_before_the_fallback_ever_judged()
    {
        var never = new CameraFallbackCarry();
        Assert.False(Step(never, false, false, default, stands: true, out var none));
        Assert.False(none.HasTarget);

        var carry = new CameraFallbackCarry();
        Step(carry, false, true, Standing(20f), stands: true, out _);
        // The radar back: its own judgement and carry; the fallback's threat is forgotten, also after the radar goes again.
        Assert.False(Step(carry, true, false, default, stands: true, out _));
        Assert.False(Step(carry, false, false, default, stands: true, out var after));
        Assert.False(after.HasTarget);
    }

    [Fact]
    public void A_threat_neither_held_nor_within_the_warnings_reach_is_not_carried()
    {
        var carry = new CameraFallbackCarry();
        // 60 m at 14 m/s: TTC 4.29 s, beyond the FCW's 4 s; no warning stands.
        Step(carry, false, true, Standing(60f), stands: false, out _);
        Assert.False(Step(carry, false, false, default, stands: false, out _));

        var near = new CameraFallbackCarry();
        // 50 m: TTC 3.57 s, within the FCW's reach: carried although the warning has not come yet (the radar carry's rule).
        Step(near, false, true, Standing(50f), stands: false, out _);
        Assert.True(Step(near, false, false, default, stands: false, out var carried));
        Assert.Equal(50f - EgoMps * CycleS, carried.RangeM, 3);
    }

    [Fact]
    public void The_carry_ends_after_the_coast_time_counted_from_the_fallbacks_end_and_outside_drive()
    {
        var carry = new CameraFallbackCarry();
        var shortCoast = Coast with { CoastCycles = 5 };
        carry.Step(false, true, Standing(20f), true, true, EgoMps, 9.8f, CycleS, shortCoast, out _);
        for (int k = 1; k <= 5; k++) Assert.True(carry.Step(false, false, default, true, true, EgoMps, 9.8f, CycleS, shortCoast, out _));
        Assert.False(carry.Step(false, false, default, true, true, EgoMps, 9.8f, CycleS, shortCoast, out _));

        var reverse = new CameraFallbackCarry();
        reverse.Step(false, true, Standing(20f), true, true, EgoMps, 9.8f, CycleS, Coast, out _);
        Assert.False(reverse.Step(false, false, default, true, false, EgoMps, 9.8f, CycleS, Coast, out _));
    }

    [Fact]
    public void A_fallback_that_judges_again_restarts_the_coast_time()
    {
        var carry = new CameraFallbackCarry();
        var shortCoast = Coast with { CoastCycles = 5 };
        carry.Step(false, true, Standing(20f), true, true, EgoMps, 9.8f, CycleS, shortCoast, out _);
        for (int k = 0; k < 4; k++) carry.Step(false, false, default, true, true, EgoMps, 9.8f, CycleS, shortCoast, out _);
        carry.Step(false, true, Standing(18f), true, true, EgoMps, 9.8f, CycleS, shortCoast, out _);
        for (int k = 1; k <= 5; k++) Assert.True(carry.Step(false, false, default, true, true, EgoMps, 9.8f, CycleS, shortCoast, out _));
    }

    [Fact]
    public void A_lead_the_camera_judged_braking_is_carried_to_its_stop_as_hard_as_the_road_allows()
    {
        // 8 m/s at -3.4 m/s² (the camera's credit), 10 m ahead: carried at the road's 9.8 m/s² it stops after
        // 8 / 9.8 = 0.816 s, 8² / (2 × 9.8) = 3.265 m on; the ego at 14 m/s meanwhile closes by 14 m per second.
        var lead = Standing(10f) with { TargetSpeedMps = 8f, TargetAccelMps2 = -3.4f, ClosingSpeedMps = EgoMps - 8f, TtcS = 10f / 6f };
        var carry = new CameraFallbackCarry();
        Step(carry, false, true, lead, stands: true, out _);
        ThreatAssessment carried = default;
        for (int k = 1; k <= 90; k++) Assert.True(Step(carry, false, false, default, stands: true, out carried));
        Assert.Equal(0f, carried.TargetSpeedMps);
        Assert.Equal(10f + 8f * 8f / (2f * 9.8f) - EgoMps * 0.9f, carried.RangeM, 1);
    }

    [Fact]
    public void Only_a_braking_lead_is_taken_to_the_limit_and_never_eased()
    {
        var steady = Standing(30f) with { TargetSpeedMps = 5.6f, TargetAccelMps2 = -0.2f };
        Assert.Equal(-0.2f, CameraFallbackCarry.BrakingLeadToLimit(steady, 1f, 9.8f).TargetAccelMps2);
        var standing = Standing(30f);
        Assert.Equal(0f, CameraFallbackCarry.BrakingLeadToLimit(standing, 1f, 9.8f).TargetAccelMps2);
        var braking = Standing(30f) with { TargetSpeedMps = 5.6f, TargetAccelMps2 = -3f };
        Assert.Equal(-9.8f, CameraFallbackCarry.BrakingLeadToLimit(braking, 1f, 9.8f).TargetAccelMps2);
        // Harder than the limit already (a slippery road's estimate): kept as judged, never eased.
        Assert.Equal(-6f, CameraFallbackCarry.BrakingLeadToLimit(braking with { TargetAccelMps2 = -6f }, 1f, 4f).TargetAccelMps2);
    }
}
