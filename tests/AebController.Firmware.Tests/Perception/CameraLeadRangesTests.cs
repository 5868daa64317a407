using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// The camera lead's fit (<see cref="CameraLeadRanges"/>, <see cref="CameraLeadFit"/>) against hand kinematics: a control
/// cycle every 10 ms, a camera frame every 50 ms (20 Hz) published with no age, a 1 s window (21 frames). The lead's range
/// is x(t) − (ego's travel), its speed and deceleration over ground; the variances are the textbook least-squares ones for
/// equally spaced samples of equal σ: the slope's σ/√Σ(t − t̄)², the line's value at the newest σ·√(1/n + t̄²/Σ(t − t̄)²),
/// and (τ² orthogonal to τ about the window's centre) the parabola's curvature σ/√Σ(u² − ū²)², u = t − t̄.
/// </summary>
public sealed class CameraLeadRangesTests
{
    private const long CycleUs = 10_000;
    private const long WindowUs = 1_000_000;
    private const int Id = 3;
    private const float ErrorPerM = 0.0011f;

    /// <summary>
    /// Runs <paramref name="seconds"/> of cycles: the ego from <paramref name="egoMps"/> at <paramref name="egoAccelMps2"/>, the
    /// lead from <paramref name="gapM"/> ahead at <paramref name="leadMps"/> and <paramref name="leadAccelMps2"/> (never
    /// reversing), a frame each 50 ms carrying range + <paramref name="noise"/>(frame index).
    /// </summary>
    private static CameraLeadRanges Drive(float seconds, float egoMps, float egoAccelMps2, float gapM, float leadMps, float leadAccelMps2,
        Func<int, float>? noise = null, Func<int, bool>? listed = null)
    {
        var ranges = new CameraLeadRanges();
        int cycles = (int)MathF.Round(seconds * 100f);
        long lastFrameUs = 0;
        for (int c = 0; c <= cycles; c++)
        {
            long nowUs = c * CycleUs;
            double t = nowUs * 1e-6;
            var camera = new CameraObjectList { SensorOk = true };
            if (c % 5 == 0)
            {
                lastFrameUs = nowUs;
                int frame = c / 5;
                if (listed?.Invoke(frame) ?? true)
                {
                    double range = gapM + Travel(leadMps, leadAccelMps2, t) - Travel(egoMps, egoAccelMps2, t);
                    camera.Count = 1;
                    camera.Objects[0] = new CameraObject
                    {
                        Id = Id, LongitudinalM = (float)range + (noise?.Invoke(frame) ?? 0f), WidthM = 1.8f, Class = ObjectClass.PassengerCar, Confidence = 0.9f,
                    };
                }
            }

            camera.AgeUs = nowUs - lastFrameUs;
            // The speed the firmware integrates is the one read at the start of the cycle.
            float speed = (float)(egoMps + egoAccelMps2 * t);
            ranges.Observe(ref camera, nowUs, speed, egoAccelMps2, 0.01f);
        }

        return ranges;
    }

    private static double Travel(float speedMps, float accelMps2, double t)
    {
        double stop = accelMps2 < 0f ? speedMps / -accelMps2 : double.PositiveInfinity;
        double s = Math.Min(t, stop);
        return speedMps * s + 0.5 * accelMps2 * s * s;
    }

    private static CameraLeadFit Fit(CameraLeadRanges ranges, int minSamples = 15)
    {
        Assert.True(ranges.TryFit(Id, WindowUs, minSamples, ErrorPerM, out var fit));
        return fit;
    }

    [Fact]
    public void A_lead_at_constant_speed_gives_its_speed_over_ground_and_no_acceleration()
    {
        // 2 s: ego 13.89 m/s, lead 5.56 m/s from 40 m; the newest frame at 2.0 s: range 40 − 8.33·2 = 23.33 m.
        var fit = Fit(Drive(2f, 13.89f, 0f, 40f, 5.56f, 0f));
        Assert.Equal(21, fit.Samples);
        Assert.Equal(5.56f, fit.SpeedMps, 2);
        Assert.Equal(0f, fit.AccelMps2, 2);
        Assert.Equal(40f - 8.33f * 2f, fit.RangeM, 1);
        Assert.Equal(0.5f, fit.CentreAgeS, 3);
        Assert.True(fit.ResidualRatio < 0.05f);
    }

    [Fact]
    public void The_ego_braking_does_not_move_the_lead_estimate()
    {
        // The ego brakes at 6 m/s² from 20 m/s while the lead holds 10 m/s: its range curves, its position over ground does not.
        var fit = Fit(Drive(1.5f, 20f, -6f, 30f, 10f, 0f));
        Assert.Equal(10f, fit.SpeedMps, 1);
        Assert.Equal(0f, fit.AccelMps2, 0);
    }

    [Fact]
    public void A_braking_lead_is_judged_at_its_true_range_speed_and_deceleration_with_no_sigma()
    {
        // ccrb-12m-6: both at 13.89 m/s 12 m apart, the lead braking at 6 m/s² from 0 s; newest frame at 1.0 s.
        // By hand at 1.0 s: range 12 − 3·1² = 9 m, lead speed 13.89 − 6 = 7.89 m/s, acceleration −6.
        var fit = Fit(Drive(1f, 13.89f, 0f, 12f, 13.89f, -6f));
        Assert.Equal(-6f, fit.AccelMps2, 2);
        // The line's slope is the speed at the window's centre (0.5 s): 13.89 − 3 = 10.89 m/s.
        Assert.Equal(10.89f, fit.SpeedMps, 2);
        // The line through a·τ²/2 misses the newest point by a/2 × (the line through τ² at τ = 0): the mean of τ² less the
        // line's slope times the mean of τ, for the 21 frame times 0, −0.05 … −1 s (−0.1583 s², about −W²/6).
        double[] t = Enumerable.Range(0, 21).Select(k => -0.05 * k).ToArray();
        double mean = t.Average(), stt = t.Sum(x => (x - mean) * (x - mean));
        double lineOfSquares = t.Average(x => x * x) - t.Sum(x => (x - mean) * x * x) / stt * mean;
        Assert.Equal(-0.1583, lineOfSquares, 4);
        Assert.Equal(9.0 + 0.5 * -6.0 * lineOfSquares, fit.RangeM, 0.005);
        Assert.Equal(9.0, fit.JudgedRangeM(0f, 9.8f), 0.005);
        Assert.Equal(7.89, fit.JudgedSpeedMps(0f, 9.8f), 0.005);
        Assert.Equal(-6.0, fit.JudgedAccelMps2(0f, 9.8f), 0.005);
    }

    [Fact]
    public void The_sigmas_are_the_least_squares_ones_of_the_range_error_model()
    {
        // A lead at the ego's speed 20 m ahead: every sample has σ = 0.0011·20² = 0.44 m.
        var fit = Fit(Drive(2f, 15f, 0f, 20f, 15f, 0f));
        const float sigma = 0.0011f * 400f;
        double[] t = Enumerable.Range(0, 21).Select(k => -0.05 * k).ToArray();
        double mean = t.Average(), stt = t.Sum(x => (x - mean) * (x - mean));
        double[] u2 = t.Select(x => (x - mean) * (x - mean)).ToArray();
        double meanU2 = u2.Average(), suu = u2.Sum(x => (x - meanU2) * (x - meanU2));
        Assert.Equal(sigma / Math.Sqrt(stt), fit.SpeedSigmaMps, 4);
        Assert.Equal(sigma * Math.Sqrt(1.0 / 21 + mean * mean / stt), fit.RangeSigmaM, 4);
        Assert.Equal(2 * sigma / Math.Sqrt(suu), fit.AccelSigmaMps2, 3);
        Assert.Equal(0.3171, fit.SpeedSigmaMps, 3); // 0.44 / √1.925
    }

    [Fact]
    public void Ranges_off_the_fit_by_the_noise_are_trusted_and_a_jump_is_not()
    {
        var settings = new CameraLeadThreat.Settings(WindowUs, 15, ErrorPerM, 3f, 2f, 9.8f);
        // ±1 σ alternating (σ = 0.44 m at 20 m): the RMS distance from the parabola is about 1 σ.
        var noisy = Fit(Drive(2f, 15f, 0f, 20f, 15f, 0f, noise: k => (k % 2 == 0 ? 1f : -1f) * 0.44f));
        Assert.InRange(noisy.ResidualRatio, 0.9f, 1.2f);
        Assert.True(CameraLeadThreat.Trusted(noisy, settings));
        // Five frames 3 m nearer in the window's middle (another object taken for this one for 0.25 s, 7 σ): no parabola
        // follows that (by hand, least squares over the same 21 times and values: 3.06 σ RMS).
        var jump = Fit(Drive(2f, 15f, 0f, 20f, 15f, 0f, noise: k => (k >= 28 && k <= 32 ? -3f : 0f) + (k % 2 == 0 ? 1f : -1f) * 0.44f));
        Assert.True(jump.ResidualRatio > 2f);
        Assert.False(CameraLeadThreat.Trusted(jump, settings));
    }

    [Fact]
    public void Too_few_ranges_in_the_window_or_an_object_missing_from_the_latest_list_give_no_fit()
    {
        // Every second frame missed: 11 of 21 in the window.
        var sparse = Drive(2f, 15f, 0f, 20f, 15f, 0f, listed: k => k % 2 == 0);
        Assert.False(sparse.TryFit(Id, WindowUs, 15, ErrorPerM, out _));
        Assert.True(sparse.TryFit(Id, WindowUs, 11, ErrorPerM, out _));
        // Missing from the newest frame only.
        var missing = Drive(2f, 15f, 0f, 20f, 15f, 0f, listed: k => k != 40);
        Assert.False(missing.TryFit(Id, WindowUs, 15, ErrorPerM, out _));
    }

    [Fact]
    public void Seeded_noise_on_a_lead_at_constant_speed_never_makes_a_braking_or_closing_lead_at_three_sigma()
    {
        // Sweep: leads at the ego's speed (13.89 m/s) 8-60 m ahead, 200 seeded Gaussian noise draws σ = e·Z² each: the judged
        // lead (3 σ toward the less critical end) is never slower than the ego and never braking beyond its own 3 σ.
        int slower = 0, braking = 0, fits = 0;
        foreach (float gap in new[] { 8f, 15f, 25f, 40f, 60f })
        {
            for (int seed = 0; seed < 200; seed++)
            {
                var rng = new Random(seed * 97 + (int)gap);
                float sigma = ErrorPerM * gap * gap;
                var fit = Fit(Drive(1.2f, 13.89f, 0f, gap, 13.89f, 0f, noise: _ => sigma * Gaussian(rng)));
                fits++;
                if (fit.JudgedSpeedMps(3f, 9.8f) < 13.89f) slower++;
                if (fit.JudgedAccelMps2(3f, 9.8f) < 0f) braking++;
            }
        }

        // One-sided 3σ tail: 0.135 % of 1,000 fits is 1.35; allow 4 (Poisson p ≈ 0.05 of 5 or more).
        Assert.Equal(1000, fits);
        Assert.True(slower <= 4, $"{slower} of {fits} fits judged the lead slower than the ego");
        Assert.True(braking <= 4, $"{braking} of {fits} fits judged the lead braking");
    }

    private static float Gaussian(Random rng)
    {
        double u1 = 1.0 - rng.NextDouble(), u2 = rng.NextDouble();
        return (float)(Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }
}
