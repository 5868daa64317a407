using AebController.Firmware.Calibration;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>
/// The radar's lateral position against the integral of its own lateral velocity (<see cref="RadarLateralAgreement"/>,
/// <see cref="DiagnosticCode.RadarLateralImplausible"/>). Lists at 20 Hz (t = 0.05 n s). With the default calibration
/// (tolerance 0.3 m + 0.005 × range + lag 0.2 s × velocity change + 0.1 m/s × time since the anchor; anchor = mean of
/// the first 4 lists; median of 3; 4 lists in a row) each detection time below is worked out by hand.
/// </summary>
public class RadarLateralAgreementTests
{
    private static readonly MonitoringCalibration Cal = AebCalibration.Default.Monitoring;

    private static readonly RadarLateralAgreement.Settings S = RadarLateralAgreementHandSettings.Default;

    [Fact]
    public void The_calibration_is_the_one_the_hand_figures_use()
    {
        Assert.Equal(new RadarLateralAgreement.Settings(5, 80f, 4, 0.3f, 0.005f, 0.2f, 0.1f, 2.0f, 4), S);
    }

    [Theory]
    // 40 m, no velocity change, 1 s after the anchor: 0.3 + 0.2 + 0 + 0.1 = 0.6 m either way.
    [InlineData(0.59f, 40f, 0f, 1f, true)]
    [InlineData(-0.59f, 40f, 0f, 1f, true)]
    [InlineData(0.61f, 40f, 0f, 1f, false)]
    [InlineData(-0.61f, 40f, 0f, 1f, false)]
    // A pedestrian who started walking at 1.4 m/s since the anchor: + 0.2 × 1.4 = 0.28 m (0.88 m).
    [InlineData(0.87f, 40f, 1.4f, 1f, true)]
    [InlineData(0.89f, 40f, -1.4f, 1f, false)]
    // At 0 m and at the anchor: the fixed 0.3 m alone.
    [InlineData(0.29f, 0f, 0f, 0f, true)]
    [InlineData(0.31f, 0f, 0f, 0f, false)]
    // Non-finite never agrees.
    [InlineData(float.NaN, 40f, 0f, 1f, false)]
    [InlineData(0f, float.PositiveInfinity, 0f, 1f, false)]
    [InlineData(0f, 40f, float.NaN, 1f, false)]
    [InlineData(0f, 40f, 0f, float.NaN, false)]
    public void Agrees_by_hand(float walkedM, float rangeM, float dv, float sinceS, bool agrees)
    {
        Assert.Equal(agrees, RadarLateralAgreement.Agrees(walkedM, rangeM, dv, sinceS, S));
    }

    [Fact]
    public void Sweep_of_the_walk_at_each_range()
    {
        for (float range = 0f; range <= 80f; range += 5f)
        {
            for (float walked = -2f; walked <= 2f; walked += 0.01f)
            {
                float tol = 0.3f + 0.005f * range + 0.1f * 1.5f;
                if (MathF.Abs(MathF.Abs(walked) - tol) < 1e-3f) continue;
                Assert.Equal(MathF.Abs(walked) < tol, RadarLateralAgreement.Agrees(walked, range, 0f, 1.5f, S));
            }
        }
    }

    private static RadarObjectList One(RadarTrack t)
    {
        var list = new RadarObjectList { Count = 1, SensorOk = true };
        list.Tracks[0] = t;
        return list;
    }

    /// <summary>Feeds list n = 0, 1, … (measured at 0.05 n s, age 0); returns the list at which the check failed, or −1.</summary>
    private static int FirstFault(int lists, Func<int, RadarTrack> track)
    {
        var check = new RadarLateralAgreement();
        for (int n = 0; n < lists; n++)
        {
            var list = One(track(n));
            if (!check.Update(ref list, n * 50_000L, S)) return n;
        }

        return -1;
    }

    [Fact]
    public void A_lateral_position_drifting_at_half_a_metre_per_second_is_found_at_list_42()
    {
        // A standing car 40 m ahead, exact: lateral 0, lateral velocity 0. From list 10 (0.5 s) the position drifts at
        // 0.5 m/s: L(n) = 0.5 (0.05 n − 0.5). The median of a ramp is the list before: list n judges L(n−1) against
        // 0.3 + 0.2 + 0.1 × 0.05 n. List 38: 0.675 ≤ 0.69; list 39: 0.700 > 0.695 (first); 4 in a row: list 42 (2.1 s),
        // 1.6 s after the drift began, 0.8 m off.
        Assert.Equal(42, FirstFault(200, n => Car(40f, n >= 10 ? 0.5f * (0.05f * n - 0.5f) : 0f, 0f)));
    }

    [Fact]
    public void A_crossing_pedestrian_whose_position_sticks_is_found_at_list_31()
    {
        // 20 m ahead, walking across at 1.4 m/s from −3 m: L = −3 + 1.4 × 0.05 n; stuck from list 20 at list 19's value.
        // Residual walks 1.4 (t − 0.95); list n judges list n−1's: 1.4 (0.05 n − 1.0) against 0.3 + 0.1 + 0.1 × 0.05 n.
        // List 27: 0.49 ≤ 0.535; list 28: 0.56 > 0.54 (first); 4 in a row: list 31 (1.55 s), 0.6 s after it stuck.
        Assert.Equal(31, FirstFault(200, n => Car(20f, -3f + 1.4f * 0.05f * Math.Min(n, 19), 1.4f)));
    }

    [Theory]
    // A 3 m jump (a glitch, an identity swap) for 1, 2 or 3 lists: the median passes at most 3 in a row. 4 lists: a fault.
    [InlineData(1, -1)]
    [InlineData(2, -1)]
    [InlineData(3, -1)]
    [InlineData(4, 24)]
    public void A_jump_must_last_four_lists(int jumpLists, int expected)
    {
        // Lists 20 .. 20 + jumpLists − 1 read 3 m off; the medians of lists 21 .. 20 + jumpLists are off (4 lists: 21–24).
        Assert.Equal(expected, FirstFault(200, n => Car(30f, n >= 20 && n < 20 + jumpLists ? 3f : 0f, 0f)));
    }

    [Fact]
    public void Tracks_too_young_or_too_far_are_not_judged()
    {
        Assert.Equal(-1, FirstFault(200, n => Car(40f, 0.05f * n, 0f) with { UpdateCount = 4 }));
        Assert.Equal(-1, FirstFault(200, n => Car(81f, 0.05f * n, 0f)));
        Assert.Equal(-1, FirstFault(200, n => Car(40f, float.NaN, 0f)));
    }

    [Fact]
    public void A_new_identity_starts_afresh()
    {
        // Each identity lives 10 lists and is 3 m from the last one: never judged across identities.
        Assert.Equal(-1, FirstFault(400, n => Car(30f, n / 10 % 2 * 3f, 0f) with { Id = 1 + n / 10 }));
    }

    private static RadarTrack Car(float rangeM, float lateralM, float latVelMps) => new()
    {
        Id = 7, LongitudinalM = rangeM, LateralM = lateralM, RelVelLatMps = latVelMps, RelVelLongMps = -10f, WidthM = 1.8f,
        ElevationM = 0.5f, RcsDbsm = 10f, UpdateCount = 20,
    };

    /// <summary>
    /// An α-β tracker (α 0.5, β 0.167, T 0.05 s, the realistic radar's) on noisy positions of a road user moving as
    /// <paramref name="truth"/>(t) says: a healthy radar. The position gains on the velocity's trapezoid integral
    /// (α T/β − T/2) ΔV = 0.125 s × ΔV exactly, under the 0.2 s lag allowance, so it must never be faulted, whatever
    /// the noise.
    /// </summary>
    private static int TrackedFirstFault(Func<float, float> truth, float rangeM, float noiseM, int seed, int lists = 4_000)
    {
        const float a = 0.5f, b = 0.167f, T = 0.05f;
        var rng = new Random(seed);
        float pos = truth(0f), vel = 0f;
        var check = new RadarLateralAgreement();
        for (int n = 0; n < lists; n++)
        {
            float t = n * T;
            // Box-Muller, deterministic for the seed.
            float g = MathF.Sqrt(-2f * MathF.Log(1f - (float)rng.NextDouble())) * MathF.Cos(2f * MathF.PI * (float)rng.NextDouble());
            float measured = truth(t) + noiseM * g;
            if (n > 0)
            {
                float predicted = pos + vel * T;
                float residual = measured - predicted;
                pos = predicted + a * residual;
                vel += b / T * residual;
            }

            var list = One(Car(rangeM, pos, vel) with { UpdateCount = 20 + n });
            if (!check.Update(ref list, n * 50_000L, S)) return n;
        }

        return -1;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_healthy_tracker_is_never_faulted(int seed)
    {
        // Standing car at 60 m with 0.1° azimuth noise × 3 (a weak echo): 0.3 m per list.
        Assert.Equal(-1, TrackedFirstFault(_ => 0.5f, 60f, 0.3f, seed));
        // A pedestrian walking across at 1.4 m/s, turning back every 4 s (the velocity changes by 2.8 m/s).
        Assert.Equal(-1, TrackedFirstFault(t => t % 8f < 4f ? -3f + 1.4f * (t % 8f) : -3f + 1.4f * (8f - t % 8f), 20f, 0.05f, seed));
        // A car cutting in: 3 m across in 2 s on a sine, every 5 s back and forth.
        Assert.Equal(-1, TrackedFirstFault(t => 1.5f + 1.5f * MathF.Sin(t * MathF.PI / 2.5f), 30f, 0.05f, seed));
        // A post 50 m ahead while the ego swings through turns (yaw ±0.3 rad/s): −0.3 × 50 = ∓15 m/s across the frame.
        Assert.Equal(-1, TrackedFirstFault(t => 50f * MathF.Sin(0.3f * 2f * MathF.Sin(t)), 50f, 0.09f, seed));
    }

    [Fact]
    public void The_monitor_latches_the_code_and_leaves_the_radar_unusable()
    {
        var monitor = new InputMonitor(Cal);
        var frame = HealthyFrame.Create(0);
        bool everFaulted = false;
        for (int c = 0; c < 400; c++)
        {
            HealthyFrame.Refresh(frame, c * 10_000L);
            int n = c / 5;
            frame.FrontRadar = One(Car(40f, n >= 10 ? 0.5f * (0.05f * n - 0.5f) : 0f, 0f) with { UpdateCount = 20 + n });
            frame.FrontRadar.AgeUs = c % 5 * 10_000L;
            monitor.Check(frame);
            // Found with list 42 (cycle 210), as by hand above; unusable from then on.
            Assert.Equal(c >= 210, !monitor.Health.FrontRadarOk);
            everFaulted |= !monitor.Health.FrontRadarOk;
        }

        Assert.True(everFaulted);
        Assert.Equal(DiagnosticCode.RadarLateralImplausible, monitor.Latched);
    }
}
