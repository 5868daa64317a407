using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// A threat that stands is judged at the nearest range its track gave lately. The oracle is kinematics by hand: a car
/// standing ahead, closed at 50 km/h (13.89 m/s); its true range falls by 13.89 × t. The radar's range field sticks (the
/// campaign's stuck fault: the last value, arriving fresh) or steps back by 1.39 m (a list delayed 0.1 s at 13.89 m/s).
/// The held range may rise above the true line only by the relax rate (1 m/s) × time; the need is the standing car's
/// by hand, v² / (2 (d − v τ − margin)) with τ 0.3 s and 1 m in hand.
/// </summary>
public sealed class HeldThreatRangeTests
{
    private const float CycleS = 0.01f;
    private const float EgoMps = 50f / 3.6f;
    private const float RelaxMps = 1f;
    private const float LatencyS = 0.3f;
    private const float MarginM = 1f;

    private static float NeedByHand(float rangeM) => EgoMps * EgoMps / (2f * (rangeM - EgoMps * LatencyS - MarginM));

    private static ThreatAssessment Standing(float rangeM, int trackId = 7) => new()
    {
        HasTarget = true, TrackId = trackId, RangeM = rangeM, ClosingSpeedMps = EgoMps, ReportedClosingSpeedMps = EgoMps,
        TargetSpeedMps = 0f, TargetAccelMps2 = 0f, TtcS = rangeM / EgoMps, RequiredDecelMps2 = NeedByHand(rangeM),
    };

    [Fact]
    public void A_stuck_range_is_judged_on_the_line_its_rate_closes()
    {
        var held = new HeldThreatRange();
        held.Reset();
        const float startM = 30f;
        for (int i = 0; i < 10; i++) held.Judge(Standing(startM - EgoMps * i * CycleS), true, EgoMps, CycleS, RelaxMps, LatencyS, MarginM);

        float stuckM = startM - EgoMps * 9 * CycleS;
        for (int k = 1; k <= 30; k++)
        {
            var t = held.Judge(Standing(stuckM), true, EgoMps, CycleS, RelaxMps, LatencyS, MarginM);
            float trueM = stuckM - EgoMps * k * CycleS;
            float allowedM = trueM + RelaxMps * k * CycleS;
            Assert.InRange(t.RangeM, trueM - 1e-3f, allowedM + 1e-3f);
            Assert.True(t.RequiredDecelMps2 >= NeedByHand(allowedM) - 1e-3f, $"k {k}: {t.RequiredDecelMps2} < {NeedByHand(allowedM)}");
            Assert.True(t.TtcS <= allowedM / EgoMps + 1e-3f);
        }
    }

    [Fact]
    public void A_range_that_steps_back_does_not_ease_the_need_at_once()
    {
        var held = new HeldThreatRange();
        held.Reset();
        const float startM = 28f;
        const float stepM = 1.39f; // 0.1 s × 13.89 m/s
        for (int i = 0; i < 10; i++) held.Judge(Standing(startM - EgoMps * i * CycleS), true, EgoMps, CycleS, RelaxMps, LatencyS, MarginM);

        for (int k = 10; k < 60; k++)
        {
            float trueM = startM - EgoMps * k * CycleS;
            var t = held.Judge(Standing(trueM + stepM), true, EgoMps, CycleS, RelaxMps, LatencyS, MarginM);
            float sinceS = (k - 9) * CycleS;
            Assert.InRange(t.RangeM, trueM - 1e-3f, trueM + MathF.Min(stepM, RelaxMps * sinceS) + 1e-3f);
        }
    }

    [Fact]
    public void Not_held_the_live_threat_passes_unchanged_and_the_envelope_still_follows()
    {
        var held = new HeldThreatRange();
        held.Reset();
        held.Judge(Standing(30f), false, EgoMps, CycleS, RelaxMps, LatencyS, MarginM);
        var live = Standing(31f);
        var t = held.Judge(live, false, EgoMps, CycleS, RelaxMps, LatencyS, MarginM);
        Assert.Equal(live.RangeM, t.RangeM);
        Assert.Equal(live.RequiredDecelMps2, t.RequiredDecelMps2);
        // 30 m closed for one cycle and relaxed for one: 30 − 0.1389 + 0.01.
        Assert.Equal(30f - EgoMps * CycleS + RelaxMps * CycleS, held.EnvelopeM, 3);
    }

    [Fact]
    public void A_new_track_or_none_starts_again_from_its_own_range()
    {
        var held = new HeldThreatRange();
        held.Reset();
        held.Judge(Standing(20f), true, EgoMps, CycleS, RelaxMps, LatencyS, MarginM);
        var other = held.Judge(Standing(35f, trackId: 8), true, EgoMps, CycleS, RelaxMps, LatencyS, MarginM);
        Assert.Equal(35f, other.RangeM);
        held.Judge(ThreatAssessment.None, true, EgoMps, CycleS, RelaxMps, LatencyS, MarginM);
        var again = held.Judge(Standing(36f, trackId: 8), true, EgoMps, CycleS, RelaxMps, LatencyS, MarginM);
        Assert.Equal(36f, again.RangeM);
    }

    [Fact]
    public void Sweep_never_less_critical_than_the_live_threat()
    {
        var held = new HeldThreatRange();
        held.Reset();
        var rng = new Random(9);
        for (int i = 0; i < 2000; i++)
        {
            float rangeM = 8f + 40f * (float)rng.NextDouble();
            var live = Standing(rangeM);
            var t = held.Judge(live, true, EgoMps, CycleS, RelaxMps, LatencyS, MarginM);
            Assert.True(t.RangeM <= live.RangeM);
            Assert.True(t.RequiredDecelMps2 >= live.RequiredDecelMps2);
            Assert.True(t.TtcS <= live.TtcS);
            Assert.Equal(live.TrackId, t.TrackId);
        }
    }
}
