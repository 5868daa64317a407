using AebController.Firmware.Calibration;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>
/// Every front-radar track's range against its integrated rate, the whole list voting (<see cref="RadarRangeDriftAgreement"/>).
/// Lists at 20 Hz (list n measured at 0.05 n s). Oracles by hand: a standing post's range falls at the car's speed v and
/// its rate is −v, so range + v·t is a constant; a range drifting at d m/s walks that constant by d·t, which the tolerance
/// (0.4 m + 2 % of range + 0.25 m/s since the anchor, the threat-track check's rangeRate* fields) lets through for
/// (0.4 + 0.02 r) / (d − 0.25) s at most.
/// </summary>
public class RadarRangeDriftAgreementTests
{
    private static readonly MonitoringCalibration Cal = AebCalibration.Default.Monitoring;

    private static readonly RadarRangeDriftAgreement.Settings S = new(
        Cal.WorldSpeedMinUpdates, Cal.RangeRateAnchorLists, Cal.RangeRateToleranceM, Cal.RangeRateTolerancePerM, Cal.RangeRateAllowanceMps,
        Cal.RangeRateAnchorMaxS, Cal.RangeRateMaxRelativeAccelMps2, Cal.RangeRatePersistLists, Cal.RadarSlopeMinTracks, Cal.RadarMaxAgeUs);

    [Fact]
    public void The_calibration_is_the_one_the_hand_figures_use()
    {
        Assert.Equal(new RadarRangeDriftAgreement.Settings(5, 4, 0.4f, 0.02f, 0.25f, 3f, 20f, 3, 2, 200_000), S);
    }

    private static RadarTrack Post(int id, float rangeM, float lateralM, float rateMps, int updates) => new()
    {
        Id = id, LongitudinalM = rangeM, LateralM = lateralM, RelVelLongMps = rateMps, WidthM = 0.2f, ElevationM = 0.5f,
        RcsDbsm = -5f, UpdateCount = updates,
    };

    /// <summary>
    /// A car at 11.11 m/s (40 km/h) past four posts standing 50, 55, 60 and 65 m ahead at 0 s (6 m either side; exact
    /// ranges and rates); every range reads <paramref name="driftMps"/> × (t − 1 s) far from 1 s on. Returns the list at
    /// which the check first failed (−1: never).
    /// </summary>
    private static int DriftFoundList(float driftMps, int lists = 120)
    {
        const float v = 11.11f;
        var check = new RadarRangeDriftAgreement();
        var list = new RadarObjectList { SensorOk = true, Count = 4 };
        for (int n = 0; n < lists; n++)
        {
            float t = 0.05f * n;
            for (int k = 0; k < 4; k++)
            {
                float range = 50f + 5f * k - v * t + driftMps * MathF.Max(0f, t - 1f);
                list.Tracks[k] = Post(100 + k, range, k % 2 == 0 ? 6f : -6f, -v, 20 + n);
            }

            list.AgeUs = 0;
            if (!check.Update(ref list, n * 50_000L, 0f, S)) return n;
        }

        return -1;
    }

    [Fact]
    public void A_range_drifting_at_1_mps_is_found_on_the_posts_by_hand()
    {
        // The anchor is the first 4 lists (exact: each post's range at 0 s), judged from then on against
        // 0.4 + 0.02 r + 0.25 t (t since the anchor's first list, r the range read). The residual walks t − 1; the median
        // of the last three lists is the middle one's, t − 1.05. Post r0 (read r = r0 − 11.11 t + t − 1) is beyond from the
        // first list with t − 1.05 > 0.4 + 0.02 (r0 − 1 − 10.11 t) + 0.25 t, i.e. t > (1.45 + 0.02 (r0 − 1)) / 0.9522:
        // 50 m: 2.552 s (list 52), 55 m: 2.657 s (list 54), 60 m: 2.762 s (list 56), 65 m: 2.867 s (list 58), and
        // disagrees from its third such list in a row: lists 54, 56, 58, 60. The list disagrees once at least 2 disagree
        // and outnumber the 4 − k that agree: at list 56 two against two, at list 58 three against one: 2.9 s, 1.9 s
        // after the drift began (the threat-track check alone needs the post to be a threat).
        Assert.Equal(58, DriftFoundList(1f));
    }

    [Fact]
    public void Exact_ranges_and_rates_are_never_faulted()
    {
        Assert.Equal(-1, DriftFoundList(0f));
    }

    [Fact]
    public void A_drift_within_the_rate_allowance_is_not_a_fault()
    {
        // 0.2 m/s walks slower than the 0.25 m/s allowance grows: never beyond the tolerance.
        Assert.Equal(-1, DriftFoundList(0.2f));
    }

    [Fact]
    public void One_track_that_walks_is_outvoted()
    {
        // Three posts at exact ranges and one track whose range walks at 3 m/s (a tracker following another object):
        // one disagreeing track is never a fault (at least two, and more than those that agree).
        var check = new RadarRangeDriftAgreement();
        var list = new RadarObjectList { SensorOk = true, Count = 4 };
        for (int n = 0; n < 120; n++)
        {
            float t = 0.05f * n;
            for (int k = 0; k < 3; k++) list.Tracks[k] = Post(k + 1, 70f - 10f * k - 11.11f * t, 6f - 6f * k, -11.11f, 20 + n);
            list.Tracks[3] = Post(9, 40f - 11.11f * t + 3f * t, 0f, -11.11f, 20 + n);
            list.AgeUs = 0;
            Assert.True(check.Update(ref list, n * 50_000L, 0f, S));
        }

        Assert.Equal(1, check.Disagreeing);
        Assert.Equal(3, check.Agreeing);
    }

    [Fact]
    public void Two_walking_tracks_with_no_agreeing_one_are_a_fault_and_it_latches()
    {
        var check = new RadarRangeDriftAgreement();
        var list = new RadarObjectList { SensorOk = true, Count = 2 };
        bool faulted = false;
        for (int n = 0; n < 120; n++)
        {
            float t = 0.05f * n;
            for (int k = 0; k < 2; k++) list.Tracks[k] = Post(k + 1, 50f - 5f * k - 11.11f * t + 3f * t, 3f, -11.11f, 20 + n);
            list.AgeUs = 0;
            faulted |= !check.Update(ref list, n * 50_000L, 0f, S);
        }

        Assert.True(faulted);
        Assert.True(check.Faulted);
        list.Count = 0;
        Assert.False(check.Update(ref list, 200 * 50_000L, 0f, S));
    }

    [Fact]
    public void A_gap_in_the_lists_restarts_every_anchor()
    {
        // Three posts passed at 11.11 m/s; then 2 s without a judged list (out of drive) in which the car reversed 5 m;
        // the posts are listed again 5 m farther than the rate integrated across the gap would say. A gap beyond the
        // radar's stale limit (200 ms) restarts the anchors: never a fault. Without the restart all three walk 5 m.
        var check = new RadarRangeDriftAgreement();
        var list = new RadarObjectList { SensorOk = true, Count = 3 };
        for (int n = 0; n < 120; n++)
        {
            float t = 0.05f * n;
            float travel = n < 40 ? 11.11f * t : 11.11f * t - 5f;
            long captureUs = n < 40 ? n * 50_000L : n * 50_000L + 2_000_000L;
            for (int k = 0; k < 3; k++) list.Tracks[k] = Post(k + 1, 80f - 5f * k - travel, 6f - 6f * k, -11.11f, 20 + n);
            list.AgeUs = 0;
            Assert.True(check.Update(ref list, captureUs, 0f, S));
        }

        Assert.Equal(3, check.Agreeing);
    }

    [Fact]
    public void Young_tracks_and_repeated_lists_are_not_judged()
    {
        // Tracks with fewer than 5 updates are no witnesses; a list judged once is not judged again at the same capture time.
        var check = new RadarRangeDriftAgreement();
        var list = new RadarObjectList { SensorOk = true, Count = 3 };
        for (int n = 0; n < 120; n++)
        {
            float t = 0.05f * n;
            for (int k = 0; k < 3; k++) list.Tracks[k] = Post(k + 1, 50f - 5f * k - 11.11f * t + 3f * t, 3f, -11.11f, 4);
            list.AgeUs = 0;
            Assert.True(check.Update(ref list, n * 50_000L, 0f, S));
            Assert.Equal(0, check.Disagreeing + check.Agreeing);
        }
    }

    [Fact]
    public void In_a_bend_the_rate_is_taken_in_the_turning_frame()
    {
        // A post standing 7 m aside while the car turns at 0.15 rad/s: its x falls at the rate plus yaw × lateral
        // (ThreatMath.RangeSlopeInTurningFrame), 1.05 m/s slower than the rate says. Given the yaw rate, nothing walks.
        var check = new RadarRangeDriftAgreement();
        var list = new RadarObjectList { SensorOk = true, Count = 3 };
        for (int n = 0; n < 100; n++)
        {
            float t = 0.05f * n;
            for (int k = 0; k < 3; k++) list.Tracks[k] = Post(k + 1, 60f - 10f * k - (22.2f - 1.05f) * t, 7f, -22.2f, 20 + n);
            list.AgeUs = 0;
            Assert.True(check.Update(ref list, n * 50_000L, 0.15f, S));
        }

        Assert.Equal(3, check.Agreeing);
    }

    /// <summary>
    /// A healthy radar past posts: ranges with Gaussian noise σ 0.1 m + 0.5 % of range (the realistic front radar's,
    /// docs/sensors.md, UMRR-09), rates from the realistic α-β tracker (α 0.5, β 0.167, 50 ms) on Doppler noise
    /// <paramref name="rateNoiseMps"/>; the car's speed swings by ±3.2 m/s about the mean with up to ±2 m/s² (period 10 s).
    /// </summary>
    private static bool HealthyEverFaulted(float meanSpeedMps, float rateNoiseMps, int seed)
    {
        const float a = 0.5f, b = 0.167f, T = 0.05f;
        var rng = new Random(seed);
        var check = new RadarRangeDriftAgreement();
        var list = new RadarObjectList { SensorOk = true };
        float Gauss() => MathF.Sqrt(-2f * MathF.Log(1f - (float)rng.NextDouble())) * MathF.Cos(2f * MathF.PI * (float)rng.NextDouble());
        float Speed(float t) => meanSpeedMps + 20f / (2f * MathF.PI) * MathF.Sin(2f * MathF.PI * t / 10f) - 3.2f;
        float Travel(float t) => meanSpeedMps * t - 3.2f * t + 100f / (2f * MathF.PI * MathF.PI) * (1f - MathF.Cos(2f * MathF.PI * t / 10f));
        var rate = new float[12];
        var accel = new float[12];
        var placeM = new float[12];
        var ids = new int[12];
        var updates = new int[12];
        int nextId = 1;
        for (int k = 0; k < 12; k++)
        {
            placeM[k] = 70f - 5.5f * k;
            ids[k] = nextId++;
        }

        for (int n = 0; n < 1_200; n++)
        {
            float t = n * T;
            int count = 0;
            for (int k = 0; k < 12; k++)
            {
                // Each post stands at its place along the road; once passed (nearer than 2 m) a new one is tracked 70 m ahead.
                float x = placeM[k] - Travel(t);
                if (x < 2f)
                {
                    placeM[k] = Travel(t) + 70f;
                    ids[k] = nextId++;
                    updates[k] = 0;
                    x = 70f;
                }

                float measured = -Speed(t) + rateNoiseMps * Gauss();
                if (updates[k] == 0)
                {
                    rate[k] = measured;
                    accel[k] = 0f;
                }
                else
                {
                    float predicted = rate[k] + accel[k] * T;
                    float residual = measured - predicted;
                    rate[k] = predicted + a * residual;
                    accel[k] += b / T * residual;
                }

                updates[k]++;
                float rangeM = x + (0.1f + 0.005f * x) * Gauss();
                list.Tracks[count++] = Post(ids[k], rangeM, k % 2 == 0 ? 6f : -6f, rate[k], updates[k]);
            }

            list.Count = count;
            list.AgeUs = 50_000 + rng.Next(0, 20_001);
            if (!check.Update(ref list, n * 50_000L + list.AgeUs, 0f, S)) return true;
        }

        return false;
    }

    [Fact]
    public void A_healthy_radar_is_never_faulted_swept_over_speed_and_rate_noise()
    {
        for (float v = 8f; v <= 36f; v += 4f)
        {
            foreach (float noise in new[] { 0.12f, 0.3f })
            {
                for (int seed = 1; seed <= 3; seed++)
                {
                    Assert.False(HealthyEverFaulted(v, noise, seed), $"{v} m/s, rate noise {noise}, seed {seed}");
                }
            }
        }
    }
}
