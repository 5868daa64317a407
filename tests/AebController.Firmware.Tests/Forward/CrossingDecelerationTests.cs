using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// A crossing target's lateral deceleration from its own lateral velocities (<see cref="RadarLateralHistory"/>) and the
/// travel across the path it gives (<see cref="RadarThreatAssessor.LateralTravelM"/>), judged by hand. The case: a car
/// crossing at 50 km/h (13.89 m/s) brakes at 4 m/s² to stop 3.5 m short of our lane (tests/adversarial/
/// crossing-stops-short); the radar's α-β velocity trails it by a × 0.125 s.
/// </summary>
public sealed class CrossingDecelerationTests
{
    private const long ListUs = 50_000;
    private static readonly ForwardAebCalibration Cal = AebCalibration.Default.ForwardAeb;

    private static TargetGate Gate() => new(
        MinTrackUpdates: 3, MaxRangeM: 200f, MaxElevationM: 2.2f, MinStationaryElevationM: 0.12f,
        MinOverlapM: 0.15f, EgoWidthM: 1.85f, BrakeLatencyS: 0.3f, StopMarginM: 1f,
        LateralDecelWindowUs: (long)MathF.Round(Cal.LateralDecelWindowS * 1e6f), LateralDecelMinSamples: Cal.LateralDecelMinSamples,
        LateralDecelMinMps2: Cal.LateralDecelMinMps2, LateralDecelSigmas: Cal.LateralDecelSigmas,
        LateralVelocityLagS: Cal.RadarLateralVelocityLagS);

    /// <summary>Lists 50 ms apart ending now (t = 0) of a track whose velocity is v0 + a·t, with an alternating ±noise.</summary>
    private static RadarLateralHistory History(int id, int lists, float v0, float accel, float noise = 0f)
    {
        var history = new RadarLateralHistory();
        long startUs = 10_000_000;
        for (int k = 0; k < lists; k++)
        {
            long captureUs = startUs + k * ListUs;
            float tS = (k - (lists - 1)) * 0.05f;
            history.BeginList(0, captureUs);
            history.Record(id, v0 + accel * tS + (k % 2 == 0 ? noise : -noise));
        }

        return history;
    }

    [Fact]
    public void The_slope_of_a_straight_line_of_velocities_is_its_acceleration_with_no_error()
    {
        var history = History(7, 12, -6f, 4f);
        Assert.True(history.TryLateralAccel(7, 600_000, 9, out float a, out float sigma));
        Assert.Equal(4f, a, 3);
        Assert.Equal(0f, sigma, 3);
    }

    /// <summary>
    /// ±0.1 m/s alternating about the line over 12 lists: the fitted slope moves by 0.1·Σ(t−t̄)(−1)^k/Σ(t−t̄)² — for 12
    /// points 50 ms apart Σ(t−t̄)² = 0.05²·143 = 0.3575 s² and Σ(t−t̄)(−1)^k = −0.05·6 = −0.3 s, so −0.084 m/s² — and the
    /// standard error is the residuals' √(Σres²/10 / 0.3575).
    /// </summary>
    [Fact]
    public void Noise_about_the_line_gives_the_fit_its_standard_error()
    {
        var history = History(7, 12, -6f, 4f, 0.1f);
        Assert.True(history.TryLateralAccel(7, 600_000, 9, out float a, out float sigma));
        float stt = 0.05f * 0.05f * 143f;
        float shift = 0.1f * -0.3f / stt;
        Assert.Equal(4f + shift, a, 3);
        // Residuals: ±0.1 less the slope change times (t − t̄).
        float sse = 0f;
        for (int k = 0; k < 12; k++)
        {
            float t = (k - 5.5f) * 0.05f;
            float res = (k % 2 == 0 ? 0.1f : -0.1f) - shift * t;
            sse += res * res;
        }

        Assert.Equal(MathF.Sqrt(sse / 10f / stt), sigma, 3);
    }

    [Fact]
    public void Too_few_lists_in_the_window_or_a_track_absent_from_the_list_in_hand_give_nothing()
    {
        Assert.False(History(7, Cal.LateralDecelMinSamples - 1, -6f, 4f).TryLateralAccel(7, 600_000, Cal.LateralDecelMinSamples, out _, out _));
        var history = History(7, 12, -6f, 4f);
        history.BeginList(0, 10_000_000 + 12 * ListUs); // a newer list without track 7
        Assert.False(history.TryLateralAccel(7, 600_000, 9, out _, out _));
    }

    /// <summary>
    /// The crossing car reads −6.0 m/s (coming from the left towards our path) and slows at 4 m/s²: its true speed is 6.0 − 4 × 0.125 = 5.5 m/s, so it stops within 5.5/4 = 1.375 s after 5.5²/8 =
    /// 3.78 m; at constant speed it would have been carried 6.0 × 2.0 = 12 m in the 2 s to our arrival.
    /// </summary>
    [Fact]
    public void A_braking_crosser_is_carried_to_where_it_stops()
    {
        var history = History(7, 12, -6f, 4f);
        float travel = RadarThreatAssessor.LateralTravelM(7, -6f, 2f, Gate(), history);
        Assert.Equal(-5.5f * 5.5f / 8f, travel, 2);
    }

    /// <summary>Not yet stopped at arrival: 0.5 s at 5.5 m/s slowing at 4 m/s² is 5.5·0.5 − 2·0.25 = 2.25 m.</summary>
    [Fact]
    public void A_braking_crosser_that_arrives_before_it_stops_travels_the_decelerated_distance()
    {
        var history = History(7, 12, -6f, 4f);
        Assert.Equal(-(5.5f * 0.5f - 0.5f * 4f * 0.25f), RadarThreatAssessor.LateralTravelM(7, -6f, 0.5f, Gate(), history), 2);
    }

    [Theory]
    [InlineData(0f)]     // constant speed: CCCscp, a pedestrian crossing
    [InlineData(-3f)]    // speeding up across the path (a cyclist setting off)
    [InlineData(1.5f)]   // easing off below the 2 m/s² floor
    public void A_crosser_that_does_not_brake_travels_at_its_speed(float accelAgainstMotion)
    {
        var history = History(7, 12, -6f, accelAgainstMotion);
        Assert.Equal(-12f, RadarThreatAssessor.LateralTravelM(7, -6f, 2f, Gate(), history), 3);
    }

    [Fact]
    public void A_deceleration_within_its_own_noise_is_not_taken()
    {
        // ±1.5 m/s alternating: a slope of 4 − 1.26 m/s² with a standard error far above a quarter of it.
        var history = History(7, 12, -6f, 4f, 1.5f);
        Assert.True(history.TryLateralAccel(7, 600_000, 9, out float a, out float sigma));
        Assert.True(a < Cal.LateralDecelSigmas * sigma);
        Assert.Equal(-12f, RadarThreatAssessor.LateralTravelM(7, -6f, 2f, Gate(), history), 3);
    }
}
