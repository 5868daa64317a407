using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// ThreatPredictor with the inputs a faulty or missing measurement gives (the branches coverage showed untaken):
/// an unknown closing speed or age brings a measurement nothing forward, an age beyond a second is taken as a
/// second, a corrected range is never negative and a non-finite one is ignored, an unknown target speed or
/// acceleration is taken as standing still. Hand kinematics: a range measured age s ago at closing speed v is
/// r − v·age now; with the ego and the target standing, a carried range stays put.
/// </summary>
public sealed class ThreatPredictorInputTests
{
    private const float CycleS = 0.01f;

    private static ThreatAssessment Standing(float rangeM, float closingMps) => new()
    {
        HasTarget = true, TrackId = 7, RangeM = rangeM, ClosingSpeedMps = closingMps, TargetSpeedMps = 0f, TtcS = float.PositiveInfinity,
    };

    /// <summary>The carried range, read back by advancing one cycle with nothing moving.</summary>
    private static float Carried(ref ThreatPredictor p) => p.Advance(0f, CycleS, 0f, 0f).RangeM;

    [Theory]
    [InlineData(float.NaN, 0.1f, 20f)]               // closing speed unknown: nothing brought forward
    [InlineData(float.PositiveInfinity, 0.1f, 20f)]
    [InlineData(10f, float.NaN, 20f)]                // age unknown: taken as fresh
    [InlineData(10f, 0.25f, 17.5f)]                  // 20 − 10 × 0.25
    [InlineData(10f, 5f, 10f)]                       // an age beyond 1 s is taken as 1 s: 20 − 10 × 1
    [InlineData(10f, -0.5f, 20f)]                    // a negative age is taken as none
    public void A_measurement_is_brought_to_now_by_what_is_known(float closingMps, float ageS, float expectedM)
    {
        var p = new ThreatPredictor();
        p.Reset();
        p.Observe(Standing(20f, closingMps), ageS, CycleS, relaxMps: 1f);
        Assert.Equal(expectedM, Carried(ref p), 3);
    }

    [Theory]
    [InlineData(12.5f, 12.5f)]
    [InlineData(-3f, 0f)]                            // never negative
    [InlineData(float.NaN, 20f)]                     // a non-finite correction is ignored
    [InlineData(float.PositiveInfinity, 20f)]
    public void A_corrected_range_replaces_the_carried_one_when_it_is_a_range(float correctionM, float expectedM)
    {
        var p = new ThreatPredictor();
        p.Reset();
        p.Observe(Standing(20f, 0f));
        p.CorrectRange(correctionM);
        Assert.Equal(expectedM, Carried(ref p), 3);
    }

    [Fact]
    public void Correcting_nothing_carried_carries_nothing()
    {
        var p = new ThreatPredictor();
        p.Reset();
        p.CorrectRange(5f);
        Assert.False(p.HasThreat);
        Assert.False(p.Advance(10f, CycleS, 0.3f, 1f).HasTarget);
    }

    [Theory]
    [InlineData(float.NaN, 0f)]
    [InlineData(float.PositiveInfinity, 0f)]
    [InlineData(0f, float.NaN)]
    [InlineData(0f, float.NegativeInfinity)]
    public void An_unknown_target_speed_or_acceleration_is_taken_as_standing(float targetMps, float targetAccelMps2)
    {
        var p = new ThreatPredictor();
        p.Reset();
        var live = Standing(30f, 10f);
        live.TargetSpeedMps = targetMps;
        live.TargetAccelMps2 = targetAccelMps2;
        p.Observe(live);
        // 1 s at 10 m/s towards a standing target: 30 − 10 = 20 m, closing at 10 m/s.
        ThreatAssessment t = default;
        for (int i = 0; i < 100; i++) t = p.Advance(10f, CycleS, 0f, 0f);
        Assert.Equal(20f, t.RangeM, 2);
        Assert.Equal(0f, t.TargetSpeedMps);
        Assert.Equal(10f, t.ClosingSpeedMps, 3);
    }
}
