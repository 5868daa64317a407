using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// Where a blind prediction starts a braking lead's speed. The oracle is kinematics by hand: a lead braking at a
/// constant 6 m/s² (Euro NCAP CCRb) from 50 km/h whose speed the list measured exactly, but some time ago (sensors.md:
/// 30 ms latency, up to one 50 ms period more; a list that stayed stale until the fault was found is older still). Its
/// speed now is v(measured) − 6 × age; the start must be that speed, never faster than measured, never below standstill.
/// </summary>
public sealed class BlindStartSpeedTests
{
    private const float CycleS = 0.01f;
    private const float StartSpeedMps = 50f / 3.6f;
    private const float LeadDecelMps2 = 6f;

    private static float TrueSpeedMps(float tS) => MathF.Max(0f, StartSpeedMps - LeadDecelMps2 * tS);

    [Fact]
    public void Sweep_never_faster_than_measured_never_below_standstill()
    {
        for (int v = -10; v <= 300; v += 7)
        {
            float speed = v * 0.1f;
            for (int a = -100; a <= 30; a += 3)
            {
                float accel = a * 0.1f;
                for (int g = 0; g <= 30; g++)
                {
                    float age = g * 0.05f;
                    float start = ThreatPredictor.BlindStartSpeed(speed, accel, age, -1f);
                    Assert.True(start <= speed, $"v {speed} a {accel} age {age}: {start} faster than measured");
                    Assert.True(start >= MathF.Min(speed, 0f), $"v {speed} a {accel} age {age}: {start} below standstill");
                    // Only a target moving our way that brakes is moved, and by its deceleration over the age (at most 1 s).
                    if (speed <= 0f || accel >= -1f || age <= 0f) Assert.Equal(speed, start);
                    else Assert.Equal(MathF.Max(0f, speed + accel * MathF.Min(age, 1f)), start, 4);
                }
            }
        }

        Assert.True(float.IsNaN(ThreatPredictor.BlindStartSpeed(float.NaN, -6f, 0.05f, -1f)));
        Assert.Equal(10f, ThreatPredictor.BlindStartSpeed(10f, float.NaN, 0.05f, -1f));
        Assert.Equal(10f, ThreatPredictor.BlindStartSpeed(10f, -6f, float.NaN, -1f));
    }

    /// <summary>The lead 0.5 s into its braking; the list measured 30, 50, 80 ms ago, or 150 ms (stale until found).</summary>
    [Theory]
    [InlineData(0.03f)]
    [InlineData(0.05f)]
    [InlineData(0.08f)]
    [InlineData(0.15f)]
    public void A_braking_lead_starts_at_its_speed_now_not_at_the_lists(float ageS)
    {
        const float nowS = 0.5f;
        float measured = TrueSpeedMps(nowS - ageS);
        float start = ThreatPredictor.BlindStartSpeed(measured, -LeadDecelMps2, ageS, -1f);
        Assert.Equal(TrueSpeedMps(nowS), start, 3);
        Assert.True(measured - start > 0.17f, $"a list {ageS} s old reads the lead {measured - start} m/s fast");
    }

    /// <summary>
    /// Through the predictor: the live threat observed with its list's age, then blind. One cycle on, the carried lead is
    /// where the kinematics put it (its speed now, one cycle of braking more), not where the list left it.
    /// </summary>
    [Theory]
    [InlineData(0.03f)]
    [InlineData(0.08f)]
    public void The_carried_lead_goes_on_from_its_speed_now(float ageS)
    {
        const float nowS = 0.5f;
        var live = new ThreatAssessment
        {
            HasTarget = true, TrackId = 3, RangeM = 12f, TargetSpeedMps = TrueSpeedMps(nowS - ageS), TargetAccelMps2 = -LeadDecelMps2,
            ClosingSpeedMps = StartSpeedMps - TrueSpeedMps(nowS - ageS),
        };
        var p = new ThreatPredictor();
        p.Reset();
        p.Observe(live, ageS, CycleS, 1f);
        p.StartBlind(0.2f, -1f, 9.8f);
        var carried = p.Advance(StartSpeedMps, CycleS, 0.3f, 1f);
        Assert.Equal(TrueSpeedMps(nowS + CycleS), carried.TargetSpeedMps, 3);
        Assert.Equal(StartSpeedMps - TrueSpeedMps(nowS + CycleS), carried.ClosingSpeedMps, 3);
    }

    /// <summary>A lead about to stop is carried at standstill, never backwards.</summary>
    [Fact]
    public void A_lead_about_to_stop_starts_at_standstill()
    {
        Assert.Equal(0f, ThreatPredictor.BlindStartSpeed(0.2f, -LeadDecelMps2, 0.08f, -1f));
    }

    /// <summary>An observation without an age (the obstacle functions' overload) moves nothing.</summary>
    [Fact]
    public void An_observation_without_age_moves_nothing()
    {
        var live = new ThreatAssessment { HasTarget = true, TrackId = 3, RangeM = 12f, TargetSpeedMps = 10f, TargetAccelMps2 = -LeadDecelMps2 };
        var p = new ThreatPredictor();
        p.Reset();
        p.Observe(live, 0.08f, CycleS, 1f);
        p.Observe(live);
        p.StartBlind(0.2f, -1f, 9.8f);
        Assert.Equal(10f, p.Carried.TargetSpeedMps);
    }
}
