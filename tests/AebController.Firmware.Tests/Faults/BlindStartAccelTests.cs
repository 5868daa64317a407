using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// Where a blind prediction starts a braking lead's deceleration. The oracle is a hand-written α-β tracker
/// (Benedict–Bordner α 0.5, β = α²/(2 − α), 20 Hz: the radar model's published filter, docs/sensors.md) fed a lead
/// whose deceleration builds at 10 m/s³ (Euro NCAP's deliberate brake jerk) to 6 m/s² (CCRb): its acceleration
/// estimate trails the truth, and the start must be nearer the truth than the estimate, never weaker.
/// </summary>
public sealed class BlindStartAccelTests
{
    private const float CycleS = 0.01f;

    [Fact]
    public void Sweep_never_less_braking_than_measured_never_beyond_the_road()
    {
        for (int a = -100; a <= 30; a++)
        {
            float accel = a * 0.1f;
            for (int j = -40; j <= 20; j++)
            {
                float jerk = j * 1f;
                float start = ThreatPredictor.BlindStartAccel(accel, jerk, 0.2f, -1f, 9.8f);
                Assert.True(start <= accel, $"a {accel} j {jerk}: {start} is less braking than measured");
                Assert.True(start >= MathF.Min(accel, -9.8f), $"a {accel} j {jerk}: {start} beyond the road's 9.8 m/s²");
                // Only a target that is braking, and whose braking still builds, is moved.
                if (jerk >= 0f || accel >= -1f) Assert.Equal(accel, start);
                // Where it is moved and the road allows it, it is moved by jerk × lag (a first-order lag inverted: u = y + τ·y').
                else if (accel + jerk * 0.2f >= -9.8f) Assert.Equal(accel + jerk * 0.2f, start, 4);
            }
        }

        Assert.Equal(0f, ThreatPredictor.BlindStartAccel(float.NaN, -10f, 0.2f, -1f, 9.8f));
        Assert.Equal(-3f, ThreatPredictor.BlindStartAccel(-3f, float.NaN, 0.2f, -1f, 9.8f));
        Assert.Equal(-3f, ThreatPredictor.BlindStartAccel(-3f, -10f, 0f, -1f, 9.8f));
    }

    private static ThreatAssessment Lead(float accelMps2) => new()
    {
        HasTarget = true, TrackId = 7, RangeM = 12f, TargetSpeedMps = 13.9f, TargetAccelMps2 = accelMps2, ClosingSpeedMps = 0f,
    };

    /// <summary>
    /// During the build-up (0.4–0.6 s into a 10 m/s³ ramp to 6 m/s²), with the list delivered 30, 50 or 80 ms after
    /// it was measured (sensors.md: 30 ms latency, up to one 50 ms period more), the blind start is nearer the
    /// lead's true deceleration than the tracker's estimate the firmware received.
    /// </summary>
    [Theory]
    [InlineData(0.4f, 3)]
    [InlineData(0.5f, 3)]
    [InlineData(0.6f, 3)]
    [InlineData(0.4f, 5)]
    [InlineData(0.5f, 5)]
    [InlineData(0.6f, 5)]
    [InlineData(0.4f, 8)]
    [InlineData(0.5f, 8)]
    [InlineData(0.6f, 8)]
    public void A_building_deceleration_starts_nearer_the_truth_than_the_trackers_estimate(float faultAtS, int latencyCycles)
    {
        const float alpha = 0.5f, listS = 0.05f;
        const float beta = alpha * alpha / (2f - alpha);
        var cal = AebCalibration.Default.ForwardAeb;
        var p = new ThreatPredictor();
        p.Reset();
        float rate = 0f, accelEstimate = 0f, trueSpeed = 0f, received = 0f;
        int cycles = (int)MathF.Round(faultAtS / CycleS);
        var published = new float[cycles + 1];
        for (int i = 1; i <= cycles; i++)
        {
            float t = i * CycleS;
            float trueAccel = MathF.Max(-6f, -10f * t);
            trueSpeed += trueAccel * CycleS;
            if (i % 5 == 0)
            {
                // One list: the tracker's rate and acceleration corrected with the measured rate, sent after the latency.
                float predicted = rate + accelEstimate * listS;
                float residual = trueSpeed - predicted;
                rate = predicted + alpha * residual;
                accelEstimate += beta / listS * residual;
            }

            published[i] = accelEstimate;
            // The newest list measured at least the latency ago.
            int measured = i - latencyCycles;
            if (measured > 0) received = published[measured - measured % 5];

            var live = Lead(received);
            p.Observe(live);
            p.ObserveJerk(live, CycleS, cal.CoastJerkTimeConstantS);
        }

        float truth = MathF.Max(-6f, -10f * faultAtS);
        p.StartBlind(cal.CoastAccelLagS, -cal.CoastBrakingTargetMps2, 9.8f);
        float start = p.Advance(13.9f, CycleS, 0.3f, 1f).TargetAccelMps2;
        Assert.True(received < -1f, $"the estimate {received} must show braking");
        Assert.True(start < received, $"start {start} not beyond the estimate {received}");
        Assert.True(MathF.Abs(start - truth) < MathF.Abs(received - truth), $"start {start}, estimate {received}, truth {truth}");
    }

    [Fact]
    public void A_steady_slope_is_followed_and_a_new_track_starts_from_zero()
    {
        var p = new ThreatPredictor();
        p.Reset();
        for (int i = 0; i < 200; i++) p.ObserveJerk(Lead(-0.05f * i), CycleS, 0.1f); // −5 m/s³
        Assert.Equal(-5f, p.JerkMps3, 2);
        var other = Lead(-9f) with { TrackId = 8 };
        p.ObserveJerk(other, CycleS, 0.1f);
        Assert.Equal(0f, p.JerkMps3);
        p.ObserveJerk(ThreatAssessment.None, CycleS, 0.1f);
        Assert.Equal(0f, p.JerkMps3);
    }

    [Fact]
    public void The_blind_start_is_taken_once_and_a_healthy_observation_ends_it()
    {
        var p = new ThreatPredictor();
        p.Reset();
        for (int i = 0; i < 100; i++) p.ObserveJerk(Lead(-2f - 0.1f * i), CycleS, 0.1f); // −10 m/s³, now at −11.9 (beyond the road)
        p.Observe(Lead(-3f));
        p.StartBlind(0.2f, -1f, 9.8f);
        Assert.Equal(-5f, p.Carried.TargetAccelMps2, 2);
        // Blind, the deceleration goes on building at the jerk it was building at (−10 m/s³): −5 − 10 × 0.01 per cycle.
        Assert.Equal(-5.1f, p.Advance(13.9f, CycleS, 0.3f, 1f).TargetAccelMps2, 2);
        p.StartBlind(0.2f, -1f, 9.8f);
        Assert.Equal(-5.1f, p.Carried.TargetAccelMps2, 2);
    }
}
