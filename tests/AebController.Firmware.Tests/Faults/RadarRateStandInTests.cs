using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// A lost range rate stood in for from the track's own ranges (<see cref="RadarRateStandIn"/>). The oracle is kinematics
/// by hand: lists every 50 ms captured 60 ms before the cycle; a lead 30 m ahead closing at a constant 8.33 m/s (ccrm-50:
/// 50 km/h behind 20 km/h) has range 30 − 8.33 t and rate −8.33 m/s; the same lead braking at 6 m/s² (relative acceleration
/// −6 m/s²) has range 30 − 8.33 t − 3 t² and rate −8.33 − 6 t.
/// </summary>
public sealed class RadarRateStandInTests
{
    private const long ListUs = 50_000;
    private const long AgeUs = 60_000;
    private const long WindowUs = 500_000;
    private const int MinLists = 6;
    private const float EgoMps = 50f / 3.6f;
    private const float StandingWindowMps = 1f;
    private const float StandingSigmas = 3f;

    private static RadarObjectList List(float rangeM, float rateMps, float accelMps2, int id = 5)
    {
        var list = new RadarObjectList { Count = 2, AgeUs = AgeUs, SensorOk = true };
        list.Tracks[0] = new RadarTrack { Id = id, LongitudinalM = rangeM, RelVelLongMps = rateMps, RelAccelLongMps2 = accelMps2, WidthM = 1.8f, ElevationM = 0.5f, UpdateCount = 40 };
        // A post beside the road whose rate is healthy: passed as it came.
        list.Tracks[1] = new RadarTrack { Id = 9, LongitudinalM = 50f, LateralM = 5f, RelVelLongMps = -13.89f, WidthM = 0.2f, ElevationM = 0.5f, UpdateCount = 40 };
        return list;
    }

    /// <summary>Runs n lists (every cycle of each: 5 cycles per list) with the rate lost from list <paramref name="lostFrom"/>; returns the last judged list.</summary>
    private static RadarObjectList Run(int lists, int lostFrom, float closingMps, float relAccelMps2, Func<int, float>? noiseM = null)
    {
        var standIn = new RadarRateStandIn();
        RadarObjectList judged = default;
        for (int n = 0; n < lists; n++)
        {
            float t = n * ListUs * 1e-6f;
            float range = 30f - closingMps * t + 0.5f * relAccelMps2 * t * t + (noiseM?.Invoke(n) ?? 0f);
            float rate = -closingMps + relAccelMps2 * t;
            var measured = List(range, n >= lostFrom ? float.NaN : rate, relAccelMps2);
            for (int c = 0; c < 5; c++)
            {
                long nowUs = n * ListUs + AgeUs + c * 10_000;
                measured.AgeUs = AgeUs + c * 10_000;
                judged = standIn.Judge(ref measured, n >= lostFrom, nowUs, WindowUs, MinLists, EgoMps, StandingWindowMps, StandingSigmas);
            }
        }

        return judged;
    }

    [Fact]
    public void A_lead_closing_steadily_gets_its_rate_back_from_its_ranges()
    {
        var judged = Run(30, 10, 8.33f, 0f);
        Assert.Equal(2, judged.Count);
        Assert.Equal(-8.33f, judged.Tracks[0].RelVelLongMps, 2);
        Assert.Equal(-13.89f, judged.Tracks[1].RelVelLongMps);
    }

    [Fact]
    public void A_braking_lead_gets_its_rate_of_the_list_in_hand_not_the_window_s_middle()
    {
        // Relative acceleration −6 m/s² (the lead brakes, the gap closes faster): after 29 lists (1.45 s) the rate is
        // −8.33 − 6 × 1.45 = −17.03 m/s by hand; the slope over 0.5 s alone reads the rate 0.25 s earlier, −15.53.
        var judged = Run(30, 10, 8.33f, -6f);
        Assert.Equal(-8.33f - 6f * 1.45f, judged.Tracks[0].RelVelLongMps, 2);
    }

    [Fact]
    public void With_a_healthy_rate_the_measured_list_is_judged_as_it_came()
    {
        var judged = Run(30, int.MaxValue, 8.33f, -6f);
        Assert.Equal(-8.33f - 6f * 1.45f, judged.Tracks[0].RelVelLongMps, 4);
    }

    [Fact]
    public void A_track_without_enough_ranges_in_the_window_is_left_out()
    {
        // Lost from the first list: 5 lists kept after 5 lists, one short of the minimum of 6.
        var judged = Run(MinLists - 1, 0, 8.33f, 0f);
        Assert.Equal(1, judged.Count);
        Assert.Equal(9, judged.Tracks[0].Id);
        judged = Run(MinLists, 0, 8.33f, 0f);
        Assert.Equal(2, judged.Count);
    }

    [Fact]
    public void A_standing_object_whose_slope_reads_it_moving_within_its_noise_is_taken_as_standing()
    {
        // A can closed at the ego's own 13.89 m/s, its ranges scattered by ±0.3 m list to list: the slope over 0.5 s reads it
        // moving at up to a metre per second, the fit's σ says as much, and it is taken as standing (rate −13.89 m/s, exactly).
        var judged = Run(30, 10, EgoMps, 0f, n => n % 2 == 0 ? 0.3f : -0.3f);
        Assert.Equal(-EgoMps, judged.Tracks[0].RelVelLongMps);
        // The lead of ccrm-50, 5.56 m/s over ground, is not.
        judged = Run(30, 10, 8.33f, 0f, n => n % 2 == 0 ? 0.3f : -0.3f);
        Assert.InRange(judged.Tracks[0].RelVelLongMps, -8.33f - 1f, -8.33f + 1f);
    }
}
