using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Faults;

/// <summary>Dead reckoning of a standing threat through an input fault, against hand kinematics.</summary>
public sealed class ThreatPredictorTests
{
    private const float CycleS = 0.01f;

    private static ThreatAssessment Threat(float rangeM, float egoMps, float targetMps, float targetAccelMps2) => new()
    {
        HasTarget = true,
        RangeM = rangeM,
        TargetSpeedMps = targetMps,
        TargetAccelMps2 = targetAccelMps2,
        ClosingSpeedMps = egoMps - targetMps,
        TtcS = ThreatMath.TimeToCollision(rangeM, egoMps, targetMps, targetAccelMps2),
        RequiredDecelMps2 = ThreatMath.RequiredDeceleration(rangeM, egoMps, targetMps, targetAccelMps2, 0.3f, 1f),
    };

    private static ThreatAssessment Run(ref ThreatPredictor p, float egoMps, float seconds)
    {
        var t = ThreatAssessment.None;
        int cycles = (int)MathF.Round(seconds / CycleS);
        for (int i = 0; i < cycles; i++) t = p.Advance(egoMps, CycleS, 0.3f, 1f);
        return t;
    }

    [Fact]
    public void Nothing_seen_predicts_nothing()
    {
        var p = new ThreatPredictor();
        p.Reset();
        Assert.False(p.Advance(10f, CycleS, 0.3f, 1f).HasTarget);
        p.Observe(ThreatAssessment.None);
        Assert.False(p.Advance(10f, CycleS, 0.3f, 1f).HasTarget);
    }

    [Theory]
    [InlineData(30f, 10f, 1f, 20f)]     // a standing target: the gap closes by the ego's travel
    [InlineData(40f, 13.9f, 2f, 12.2f)]
    [InlineData(10f, 5f, 1f, 5f)]
    public void A_standing_target_closes_by_the_ego_travel(float rangeM, float egoMps, float seconds, float expectedRangeM)
    {
        var p = new ThreatPredictor();
        p.Observe(Threat(rangeM, egoMps, 0f, 0f));
        var t = Run(ref p, egoMps, seconds);
        Assert.True(t.HasTarget);
        Assert.Equal(expectedRangeM, t.RangeM, 0.01f);
        Assert.Equal(expectedRangeM / egoMps, t.TtcS, 2);
        // v² / 2 (gap − v·latency − margin), the stationary-target need.
        Assert.Equal(egoMps * egoMps / (2f * (expectedRangeM - egoMps * 0.3f - 1f)), t.RequiredDecelMps2, 0.02f);
    }

    [Theory]
    [InlineData(27.7f, 13.6f, 0.03f, 27.29f)]   // curve-stopped-80-r150-right seed 967: three cycles missed at 49 km/h
    [InlineData(30f, 10f, 0.3f, 27f)]           // a whole threat-lost time (0.3 s) at 36 km/h
    public void A_threat_missed_by_the_list_is_carried_through_the_gap_by_the_ego_travel(float rangeM, float egoMps, float gapS, float expectedRangeM)
    {
        var p = new ThreatPredictor();
        p.Reset();
        p.Observe(Threat(rangeM, egoMps, 0f, 0f), 0f, CycleS, 1f);
        int cycles = (int)MathF.Round(gapS / CycleS);
        for (int i = 0; i < cycles; i++) p.Bridge(egoMps, CycleS, 0.3f, 1f);
        Assert.True(p.HasThreat);
        Assert.Equal(expectedRangeM, p.Carried.RangeM, 0.01f);
        // A fault now carries on from there: one more cycle of travel.
        var t = p.Advance(egoMps, CycleS, 0.3f, 1f);
        Assert.Equal(expectedRangeM - egoMps * CycleS, t.RangeM, 0.01f);
    }

    [Fact]
    public void A_bridge_with_nothing_seen_carries_nothing()
    {
        var p = new ThreatPredictor();
        p.Reset();
        p.Bridge(10f, CycleS, 0.3f, 1f);
        Assert.False(p.HasThreat);
        p.Observe(ThreatAssessment.None, 0f, CycleS, 1f);
        p.Bridge(10f, CycleS, 0.3f, 1f);
        Assert.False(p.HasThreat);
    }

    [Fact]
    public void The_track_returning_after_a_bridge_is_taken_no_farther_than_the_bridged_range()
    {
        // 30 m at 10 m/s, bridged 0.1 s -> 29 m; the track returns reading 30 m (a far sample): the envelope holds
        // the bridged range advanced one cycle and relaxed at 1 m/s: 29 - 0.1 + 0.01 = 28.91 m.
        var p = new ThreatPredictor();
        p.Reset();
        var seen = Threat(30f, 10f, 0f, 0f);
        seen.TrackId = 7;
        p.Observe(seen, 0f, CycleS, 1f);
        for (int i = 0; i < 10; i++) p.Bridge(10f, CycleS, 0.3f, 1f);
        p.Observe(seen, 0f, CycleS, 1f);
        Assert.Equal(28.91f, p.Carried.RangeM, 0.01f);
    }

    [Fact]
    public void A_braking_lead_stops_and_stays_stopped()
    {
        // Lead 20 m ahead at 15 m/s braking at 6 m/s²: it stops after 2.5 s having covered 15²/12 = 18.75 m.
        // The ego holds 15 m/s: after 2.5 s it has covered 37.5 m, so the gap is 20 + 18.75 − 37.5 = 1.25 m.
        var p = new ThreatPredictor();
        p.Observe(Threat(20f, 15f, 15f, -6f));
        var t = Run(ref p, 15f, 2.5f);
        Assert.Equal(0f, t.TargetSpeedMps, 3);
        Assert.Equal(1.25f, t.RangeM, 1);
        t = Run(ref p, 15f, 0.05f);
        Assert.Equal(0f, t.TargetSpeedMps);
        Assert.Equal(1.25f - 0.75f, t.RangeM, 1);
        t = Run(ref p, 15f, 1f);
        Assert.Equal(0f, t.RangeM);
    }

    [Fact]
    public void An_oncoming_target_keeps_its_speed()
    {
        // 30 m, 10 m/s each way: after 1 s the gap is 10 m, TTC 0.5 s.
        var p = new ThreatPredictor();
        p.Observe(Threat(30f, 10f, -10f, 0f));
        var t = Run(ref p, 10f, 1f);
        Assert.Equal(10f, t.RangeM, 2);
        Assert.Equal(0.5f, t.TtcS, 2);
        Assert.Equal(-10f, t.TargetSpeedMps);
    }

    [Fact]
    public void A_healthy_observation_restarts_the_prediction()
    {
        var p = new ThreatPredictor();
        p.Observe(Threat(30f, 10f, 0f, 0f));
        Run(ref p, 10f, 1f);
        p.Observe(Threat(50f, 10f, 0f, 0f));
        Assert.Equal(49.9f, p.Advance(10f, CycleS, 0.3f, 1f).RangeM, 3);
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    [InlineData(-5f)]
    public void A_non_finite_or_negative_ego_speed_counts_as_standing(float egoMps)
    {
        var p = new ThreatPredictor();
        p.Observe(Threat(30f, 10f, 0f, 0f));
        var t = p.Advance(egoMps, CycleS, 0.3f, 1f);
        Assert.Equal(30f, t.RangeM);
        Assert.True(float.IsFinite(t.RequiredDecelMps2));
    }
}
