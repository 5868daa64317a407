using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// The range a blind prediction starts from: each radar list brought to now by the gap it closed
/// since it was measured, and the nearest of the recent lists kept (a lower envelope that rises back
/// at the relax rate). Judged against the true kinematics of a hand-made drive, not the formula.
/// </summary>
public sealed class CarriedRangeTests
{
    private const float CycleS = 0.01f;
    private const float RelaxMps = 1.0f;
    private const int ListCycles = 5;      // a 20 Hz list
    private const int LatencyCycles = 3;   // measured 30 ms before it arrives

    /// <summary>
    /// Drives a target that closes at <paramref name="closingMps"/> from <paramref name="startM"/>, a list every
    /// 50 ms measured 30 ms before it arrives, with <paramref name="errorOfList"/> added to list k; returns per cycle
    /// the true range now and the carried range.
    /// </summary>
    private static List<(float TrueM, float CarriedM)> Drive(float startM, float closingMps, int cycles, Func<int, float> errorOfList)
    {
        var p = new ThreatPredictor();
        p.Reset();
        var result = new List<(float, float)>();
        float measured = float.NaN;
        long measuredAtCycle = 0;
        for (int i = 0; i < cycles; i++)
        {
            if (i >= LatencyCycles && (i - LatencyCycles) % ListCycles == 0)
            {
                int k = (i - LatencyCycles) / ListCycles;
                measuredAtCycle = i - LatencyCycles;
                measured = startM - closingMps * measuredAtCycle * CycleS + errorOfList(k);
            }

            if (float.IsNaN(measured)) continue;
            float ageS = (i - measuredAtCycle) * CycleS;
            var live = new ThreatAssessment { HasTarget = true, TrackId = 7, RangeM = measured, ClosingSpeedMps = closingMps, TtcS = 1f };
            p.Observe(live, ageS, CycleS, RelaxMps);
            // The carried range is what a prediction of zero length gives: advance with an ego speed equal to the
            // closing speed of a standing target would move it, so read it from one Advance and undo that cycle.
            var carried = p.Advance(closingMps, CycleS, 0f, 0f);
            result.Add((startM - closingMps * i * CycleS, carried.RangeM + closingMps * CycleS));
        }

        return result;
    }

    [Theory]
    [InlineData(0f)]
    [InlineData(1.67f)]   // 6 km/h into a wall
    [InlineData(8.33f)]   // 30 km/h closing (CCRm)
    [InlineData(13.9f)]   // 50 km/h into a standing car
    public void Without_noise_the_carried_range_is_the_true_range_now_whatever_the_list_age(float closingMps)
    {
        foreach (var (trueM, carriedM) in Drive(60f, closingMps, 300, _ => 0f))
        {
            Assert.Equal(trueM, carriedM, 1e-3f);
        }
    }

    [Theory]
    [InlineData(1.67f)]
    [InlineData(13.9f)]
    public void A_far_sample_moves_the_carried_range_away_only_at_the_relax_rate(float closingMps)
    {
        // Every other list after the first reads 0.3 m far (a reflection behind the bumper): while it is the latest list the
        // carried range may rise only at the relax rate, for one list period (5 cycles: 5 cm), never by 0.3 m.
        float bound = RelaxMps * ListCycles * CycleS + 1e-3f;
        foreach (var (trueM, carriedM) in Drive(60f, closingMps, 300, k => k % 2 == 1 ? 0.3f : 0f))
        {
            Assert.True(carriedM <= trueM + bound, $"carried {carriedM} beyond true {trueM} + {bound}");
        }
    }

    [Fact]
    public void A_near_sample_is_kept_then_forgotten_at_the_relax_rate()
    {
        const float closingMps = 5f;
        const float lowM = 0.3f;
        var drive = Drive(60f, closingMps, 200, k => k == 10 ? -lowM : 0f);
        int lowArrives = LatencyCycles + 10 * ListCycles;
        // Held while the low list is the latest (one list period), then rises back at 1 m/s once a true list
        // arrives: 0.3 m takes 0.3 s = 30 cycles.
        int forgottenAfter = ListCycles - 1 + (int)MathF.Ceiling(lowM / RelaxMps / CycleS);
        for (int i = lowArrives; i < drive.Count + LatencyCycles; i++)
        {
            var (trueM, carriedM) = drive[i - LatencyCycles];
            int since = i - lowArrives;
            float expectedLow = since < ListCycles ? lowM : MathF.Max(0f, lowM - RelaxMps * (since - ListCycles + 1) * CycleS);
            Assert.Equal(trueM - expectedLow, carriedM, 1e-3f);
            if (since >= forgottenAfter) Assert.Equal(trueM, carriedM, 1e-3f);
        }
    }

    [Fact]
    public void The_envelope_sweeps_never_above_the_measurement_brought_to_now_and_never_negative()
    {
        for (float measured = 0f; measured <= 100f; measured += 2.5f)
        for (float closing = -10f; closing <= 40f; closing += 2.5f)
        for (float age = 0f; age <= 0.2f; age += 0.025f)
        for (float previous = 0f; previous <= 100f; previous += 5f)
        {
            float got = ThreatPredictor.NearestRange(measured, closing, age, true, previous, CycleS, RelaxMps);
            float broughtToNow = measured - closing * age;
            float previousAdvanced = previous - closing * CycleS + RelaxMps * CycleS;
            Assert.True(got >= 0f);
            Assert.True(got <= MathF.Max(0f, broughtToNow) + 1e-4f);
            Assert.True(got <= MathF.Max(0f, previousAdvanced) + 1e-4f);
            Assert.True(got >= MathF.Min(broughtToNow, previousAdvanced) - 1e-4f);
            Assert.Equal(MathF.Max(0f, broughtToNow), ThreatPredictor.NearestRange(measured, closing, age, false, previous, CycleS, RelaxMps), 1e-4f);
        }
    }

    [Fact]
    public void A_new_track_starts_a_new_envelope()
    {
        var p = new ThreatPredictor();
        p.Reset();
        p.Observe(new ThreatAssessment { HasTarget = true, TrackId = 1, RangeM = 5f, ClosingSpeedMps = 0f }, 0f, CycleS, RelaxMps);
        p.Observe(new ThreatAssessment { HasTarget = true, TrackId = 2, RangeM = 30f, ClosingSpeedMps = 0f }, 0f, CycleS, RelaxMps);
        Assert.Equal(30f, p.Advance(0.001f, CycleS, 0f, 0f).RangeM, 1e-2f);
    }
}
