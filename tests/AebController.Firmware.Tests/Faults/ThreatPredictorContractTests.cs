using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// ThreatPredictor's stated contract, case by case: nothing is carried after seeing no threat; no target resets the
/// jerk estimate ("a new track, or none, starts again from 0"); a time constant of 0 is no filter (the jerk is the
/// slope); an unknown road limit never makes the blind start non-finite nor weaker than measured; each healthy
/// observation (either overload) re-arms the blind start. Slopes by hand: 0.1 m/s² per 10 ms cycle is 10 m/s³.
/// </summary>
public sealed class ThreatPredictorContractTests
{
    private const float CycleS = 0.01f;

    private static ThreatAssessment Lead(float accelMps2) => new()
    {
        HasTarget = true, TrackId = 7, RangeM = 12f, TargetSpeedMps = 13.9f, TargetAccelMps2 = accelMps2, ClosingSpeedMps = 0f,
    };

    [Fact]
    public void After_seeing_no_threat_nothing_is_carried()
    {
        var p = new ThreatPredictor();
        p.Reset();
        p.Observe(Lead(-3f));
        Assert.True(p.HasThreat);
        p.Observe(ThreatAssessment.None);
        Assert.False(p.HasThreat);
        p.Observe(ThreatAssessment.None, 0.05f, CycleS, 2f);
        Assert.False(p.HasThreat);
    }

    [Fact]
    public void No_target_resets_a_building_jerk_to_zero()
    {
        var p = new ThreatPredictor();
        p.Reset();
        for (int i = 0; i < 100; i++) p.ObserveJerk(Lead(-2f - 0.1f * i), CycleS, 0.1f); // −10 m/s³
        Assert.True(p.JerkMps3 < -5f);
        p.ObserveJerk(ThreatAssessment.None with { TargetAccelMps2 = -11.9f }, CycleS, 0.1f);
        Assert.Equal(0f, p.JerkMps3);
    }

    [Fact]
    public void A_time_constant_of_zero_is_no_filter()
    {
        var p = new ThreatPredictor();
        p.Reset();
        p.ObserveJerk(Lead(-2f), CycleS, 0f);
        p.ObserveJerk(Lead(-2.1f), CycleS, 0f);
        Assert.Equal(-10f, p.JerkMps3, 2);
    }

    // A braking lead (−3 m/s², building at −10 m/s³) with the road's limit unknown (NaN, infinite): the start is a
    // finite acceleration, never weaker than measured.
    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    public void An_unknown_road_limit_keeps_the_blind_start_finite_and_no_weaker(float maxDecelMps2)
    {
        float start = ThreatPredictor.BlindStartAccel(-3f, -10f, 0.2f, -1f, maxDecelMps2);
        Assert.True(float.IsFinite(start));
        Assert.True(start <= -3f);
    }

    // A fault, a healthy list seen through the list-age overload of Observe, a second fault: the second fault starts
    // from where the deceleration then builds to (−3 − 10 × 0.2 = −5 m/s²), as the first did.
    [Fact]
    public void Each_healthy_observation_re_arms_the_blind_start()
    {
        var p = new ThreatPredictor();
        p.Reset();
        for (int i = 0; i < 100; i++) p.ObserveJerk(Lead(-2f - 0.1f * i), CycleS, 0.1f);
        p.Observe(Lead(-3f));
        p.StartBlind(0.2f, -1f, 9.8f);
        Assert.Equal(-5f, p.Carried.TargetAccelMps2, 2);
        p.Advance(13.9f, CycleS, 0.3f, 1f);
        p.Observe(Lead(-3f), 0.05f, CycleS, 2f);
        p.StartBlind(0.2f, -1f, 9.8f);
        Assert.Equal(-5f, p.Carried.TargetAccelMps2, 2);
    }
}
