using AebController.Firmware.Calibration;
using AebController.Firmware.Monitoring;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>
/// The wheel speed against the standing world the front radar sees (<see cref="StationaryWorldSpeed"/>,
/// <see cref="DiagnosticCode.WheelSpeedDisagreesWithRadar"/>). A standing object's longitudinal relative velocity is −v
/// (v the car's true speed), so its residual r = v − wheel speed is what the wheel speed lacks. Lists at 20 Hz
/// (list n measured at 0.05 n s). With the default calibration (tolerance 0.5 m/s + 4 % of the wheel speed; 4 lists in
/// a row; at least 2 witnesses within 0.5 m/s of the cluster; tracks of ≥ 5 updates within 80 m; judged from 5 m/s under
/// no brake beyond 1 m/s²) every detection time below is worked out by hand.
/// </summary>
public class StationaryWorldSpeedTests
{
    private static readonly MonitoringCalibration Cal = AebCalibration.Default.Monitoring;

    private static readonly StationaryWorldSpeed.Settings S = new(
        Cal.WorldSpeedMinSpeedMps, Cal.WorldSpeedMaxBrakeMps2, Cal.WorldSpeedMinUpdates, Cal.WorldSpeedMaxRangeM,
        Cal.WorldSpeedGateMps, Cal.WorldSpeedMinWitnesses, Cal.WorldSpeedToleranceMps, Cal.WorldSpeedToleranceShare,
        Cal.WorldSpeedPersistLists);

    [Fact]
    public void The_calibration_is_the_one_the_hand_figures_use()
    {
        Assert.Equal(new StationaryWorldSpeed.Settings(5f, 1f, 5, 80f, 0.5f, 2, 0.5f, 0.04f, 4), S);
    }

    [Theory]
    // 50 km/h (13.89 m/s): 0.5 + 0.04 × 13.89 = 1.056 m/s either way.
    [InlineData(1.05f, 13.89f, false)]
    [InlineData(-1.05f, 13.89f, false)]
    [InlineData(1.06f, 13.89f, true)]
    [InlineData(-1.06f, 13.89f, true)]
    // Standing still the fixed 0.5 m/s alone; 100 km/h: 0.5 + 1.111 = 1.611.
    [InlineData(0.49f, 0f, false)]
    [InlineData(0.51f, 0f, true)]
    [InlineData(1.60f, 27.78f, false)]
    [InlineData(1.62f, 27.78f, true)]
    // Non-finite is always beyond.
    [InlineData(float.NaN, 13.89f, true)]
    [InlineData(float.PositiveInfinity, 13.89f, true)]
    [InlineData(0f, float.NaN, true)]
    [InlineData(0f, float.NegativeInfinity, true)]
    public void Beyond_by_hand(float offsetMps, float wheelMps, bool beyond)
    {
        Assert.Equal(beyond, StationaryWorldSpeed.Beyond(offsetMps, wheelMps, S.ToleranceMps, S.ToleranceShare));
    }

    [Fact]
    public void Beyond_swept_over_offset_and_speed()
    {
        for (float v = 0f; v <= 60f; v += 2.5f)
        {
            float tol = 0.5f + 0.04f * v;
            for (float offset = -4f; offset <= 4f; offset += 0.01f)
            {
                if (MathF.Abs(MathF.Abs(offset) - tol) < 1e-3f) continue;
                Assert.Equal(MathF.Abs(offset) > tol, StationaryWorldSpeed.Beyond(offset, v, S.ToleranceMps, S.ToleranceShare));
            }
        }
    }

    [Theory]
    [InlineData(new[] { 3f }, 3f)]
    [InlineData(new[] { 3f, 1f }, 2f)]
    [InlineData(new[] { 5f, -1f, 2f }, 2f)]
    [InlineData(new[] { 4f, 1f, 3f, 2f }, 2.5f)]
    [InlineData(new[] { 0.1f, 9f, 0.2f, -7f, 0f }, 0.1f)]
    public void Median_by_hand(float[] values, float median)
    {
        Assert.Equal(median, StationaryWorldSpeed.Median((float[])values.Clone(), values.Length));
    }

    /// <summary>A standing object (post, cover, parked car) at the given range, seen by a confirmed track.</summary>
    private static RadarTrack Standing(int id, float rangeM, float lateralM, float closingMps, int updates = 20) => new()
    {
        Id = id, LongitudinalM = rangeM, LateralM = lateralM, RelVelLongMps = -closingMps, WidthM = 0.2f, ElevationM = 0.5f,
        RcsDbsm = -5f, UpdateCount = updates,
    };

    private static RadarObjectList ListOf(ReadOnlySpan<RadarTrack> tracks, long ageUs = 0)
    {
        var list = new RadarObjectList { Count = tracks.Length, SensorOk = true, AgeUs = ageUs };
        for (int i = 0; i < tracks.Length; i++) list.Tracks[i] = tracks[i];
        return list;
    }

    /// <summary>
    /// A car at <paramref name="speedMps"/> past three standing objects (both guard rails and a cover; exact rates)
    /// whose wheel speed drifts at <paramref name="driftMps2"/> (negative: reads slow) from list 20 (1.0 s). Returns the
    /// list at which the check failed (−1: never) and the corrected speed then.
    /// </summary>
    private static (int List, float CorrectedMps) DriftFound(float speedMps, float driftMps2, int witnesses = 3, float brakeMps2 = 0f)
    {
        var check = new StationaryWorldSpeed();
        Span<RadarTrack> tracks = stackalloc RadarTrack[3];
        for (int n = 0; n < 400; n++)
        {
            float t = 0.05f * n;
            float wheel = speedMps + driftMps2 * MathF.Max(0f, t - 1.0f);
            tracks[0] = Standing(1, 60f, 6f, speedMps);
            tracks[1] = Standing(2, 40f, -6f, speedMps);
            tracks[2] = Standing(3, 25f, 0.3f, speedMps);
            var list = ListOf(tracks[..witnesses]);
            if (!check.Update(ref list, n * 50_000L, wheel, brakeMps2, forward: true, S)) return (n, wheel + check.CorrectionMps);
        }

        return (-1, float.NaN);
    }

    [Theory]
    // The residual after k lists of drift is r = 0.05 k a; judged against 0.5 + 0.04 (v − r), so beyond from the first k
    // with 1.04 × 0.05 k a > 0.5 + 0.04 v, and the fault 3 lists later (4 in a row). Each row by hand:
    // 50 km/h, 1 m/s²: k > 1.0556 / 0.052 = 20.3 → k = 21 (list 41), fault at list 44: 1.2 s after the drift began.
    [InlineData(13.8889f, -1f, 44)]
    // 8 m/s, 1 m/s²: k > 0.82 / 0.052 = 15.8 → k = 16 (list 36), fault at list 39.
    [InlineData(8f, -1f, 39)]
    // 50 km/h, 0.5 m/s²: k > 1.0556 / 0.026 = 40.6 → k = 41 (list 61), fault at list 64: 2.2 s after.
    [InlineData(13.8889f, -0.5f, 64)]
    // 90 km/h, 2 m/s²: k > 1.5 / 0.104 = 14.4 → k = 15 (list 35), fault at list 38.
    [InlineData(25f, -2f, 38)]
    // Reading fast, 12 m/s, +1 m/s²: 0.96 × 0.05 k > 0.5 + 0.48 → k > 20.4 → k = 21 (list 41), fault at list 44.
    [InlineData(12f, 1f, 44)]
    public void A_drifting_wheel_speed_is_found_when_the_tolerance_is_walked_past(float speedMps, float driftMps2, int faultList)
    {
        var (list, corrected) = DriftFound(speedMps, driftMps2);
        Assert.Equal(faultList, list);
        // Reading slow: the standing world says the true speed (the faster of the two). Reading fast: the wheel speed is
        // kept (never a slower speed than the wheels say).
        float expected = driftMps2 < 0f ? speedMps : speedMps + driftMps2 * (0.05f * faultList - 1.0f);
        Assert.InRange(corrected, expected - 1e-3f, expected + 1e-3f);
    }

    [Fact]
    public void The_correction_follows_the_drift_after_the_fault()
    {
        var check = new StationaryWorldSpeed();
        Span<RadarTrack> tracks = stackalloc RadarTrack[3];
        const float v = 13.8889f;
        for (int n = 0; n < 200; n++)
        {
            float wheel = v - 1f * MathF.Max(0f, 0.05f * n - 1.0f);
            tracks[0] = Standing(1, 60f, 6f, v);
            tracks[1] = Standing(2, 40f, -6f, v);
            tracks[2] = Standing(3, 25f, 0.3f, v);
            var list = ListOf(tracks);
            bool ok = check.Update(ref list, n * 50_000L, wheel, 0f, forward: true, S);
            Assert.Equal(n < 44, ok);
            // 0 before the fault; after it the wheel speed plus the correction is the car's speed, list by list, also once
            // the wheel speed reads below the 5 m/s minimum (from list 198 on: 13.89 − 8.9).
            float expected = n < 44 ? wheel : v;
            Assert.InRange(wheel + check.CorrectionMps, expected - 1e-3f, expected + 1e-3f);
        }
    }

    [Fact]
    public void Fewer_than_two_witnesses_are_no_evidence()
    {
        Assert.Equal(-1, DriftFound(13.8889f, -1f, witnesses: 1).List);
    }

    [Fact]
    public void Under_a_brake_the_offset_is_followed_but_never_judged()
    {
        // Under braking the wheels slip and read slower than the car by design: a 1 m/s² "drift" while 1.5 m/s² presses.
        Assert.Equal(-1, DriftFound(13.8889f, -1f, brakeMps2: 1.5f).List);
        // At the limit (1 m/s²) it is still judged.
        Assert.Equal(44, DriftFound(13.8889f, -1f, brakeMps2: 1f).List);
    }

    [Theory]
    [InlineData(4, 80f)] // too young
    [InlineData(20, 80.5f)] // too far
    public void Tracks_too_young_or_too_far_are_not_witnesses(int updates, float rangeM)
    {
        var check = new StationaryWorldSpeed();
        Span<RadarTrack> tracks = stackalloc RadarTrack[3];
        for (int n = 0; n < 400; n++)
        {
            float wheel = 13.8889f - MathF.Max(0f, 0.05f * n - 1.0f) * 0.5f;
            if (wheel < 5f) break;
            for (int i = 0; i < 3; i++) tracks[i] = Standing(i + 1, rangeM, 2f * i - 2f, 13.8889f, updates);
            var list = ListOf(tracks);
            Assert.True(check.Update(ref list, n * 50_000L, wheel, 0f, forward: true, S));
        }
    }

    [Fact]
    public void Below_the_minimum_speed_and_in_reverse_nothing_is_judged()
    {
        var slow = new StationaryWorldSpeed();
        var back = new StationaryWorldSpeed();
        Span<RadarTrack> tracks = stackalloc RadarTrack[3];
        for (int n = 0; n < 200; n++)
        {
            // True 4.9 m/s with the wheels reading 2 m/s slow (below 5 m/s); true 10 m/s in reverse, the wheels 3 m/s slow.
            for (int i = 0; i < 3; i++) tracks[i] = Standing(i + 1, 30f, 2f * i - 2f, 4.9f);
            var list = ListOf(tracks);
            Assert.True(slow.Update(ref list, n * 50_000L, 2.9f, 0f, forward: true, S));
            for (int i = 0; i < 3; i++) tracks[i] = Standing(i + 1, 30f, 2f * i - 2f, 10f);
            list = ListOf(tracks);
            Assert.True(back.Update(ref list, n * 50_000L, 7f, 0f, forward: false, S));
        }
    }

    [Fact]
    public void A_step_beyond_the_gate_is_not_followed()
    {
        // The cluster starts at 0 and follows only residuals within 0.5 m/s of where it is: a wheel speed 2 m/s slow from
        // the first list (a step, which the wheel-speed step check judges) is never walked to, so nothing is judged. The
        // check never captures an offset it did not follow list by list.
        var check = new StationaryWorldSpeed();
        Span<RadarTrack> tracks = stackalloc RadarTrack[2];
        for (int n = 0; n < 200; n++)
        {
            tracks[0] = Standing(1, 50f, 6f, 15f);
            tracks[1] = Standing(2, 30f, -6f, 15f);
            var list = ListOf(tracks);
            Assert.True(check.Update(ref list, n * 50_000L, 13f, 0f, forward: true, S));
            Assert.Equal(0f, check.OffsetMps);
        }
    }

    [Fact]
    public void A_car_alone_on_an_empty_road_is_never_faulted()
    {
        var check = new StationaryWorldSpeed();
        for (int n = 0; n < 2_000; n++)
        {
            var list = new RadarObjectList { Count = 0, SensorOk = true, AgeUs = 0 };
            // Whatever the wheel speed reads, with nothing standing in view nothing is known against it.
            Assert.True(check.Update(ref list, n * 50_000L, 20f - 0.01f * n, 0f, forward: true, S));
        }

        Assert.Equal(0f, check.CorrectionMps);
    }

    [Fact]
    public void Moving_road_users_never_join_the_standing_world()
    {
        // 20 m/s with two posts; a lead driving at 15 m/s, an oncoming car, and a car ahead that pulls away from a stop at
        // 2 m/s² (it leaves the 0.5 m/s gate after 0.25 s). The wheel speed is right: never a fault, the offset stays 0.
        var check = new StationaryWorldSpeed();
        Span<RadarTrack> tracks = stackalloc RadarTrack[5];
        for (int n = 0; n < 600; n++)
        {
            float t = 0.05f * n;
            float pulling = MathF.Max(0f, 2f * (t - 5f));
            tracks[0] = Standing(1, 70f, 6f, 20f);
            tracks[1] = Standing(2, 45f, -6f, 20f);
            tracks[2] = Standing(3, 30f, 0f, 5f); // lead at 15 m/s: closes at 5
            tracks[3] = Standing(4, 60f, 3.5f, 35f); // oncoming at 15 m/s
            tracks[4] = Standing(5, 40f, 0.2f, 20f - pulling);
            var list = ListOf(tracks);
            Assert.True(check.Update(ref list, n * 50_000L, 20f, 0f, forward: true, S));
            Assert.InRange(check.OffsetMps, -0.5f, 0.5f);
        }
    }

    /// <summary>
    /// A healthy radar: every standing object is tracked by the realistic α-β rate tracker (α 0.5, β 0.167, T 0.05 s) on
    /// Doppler rates with Gaussian noise <paramref name="rateNoiseMps"/> per measurement; each list is 50–70 ms old when
    /// it arrives (the realistic radar's latency and jitter) while the wheel speed is the car's speed now, quantised
    /// to the bus's 0.03125 km/h. The car's speed swings by ±3.2 m/s about <paramref name="meanSpeedMps"/> with an
    /// acceleration of up to ±2 m/s² (period 10 s), and posts come into view and leave it every 2.5 s per side.
    /// </summary>
    private static int HealthyFirstFault(float meanSpeedMps, float rateNoiseMps, int witnesses, int seed, int lists = 2_400)
    {
        const float a = 0.5f, b = 0.167f, T = 0.05f;
        var rng = new Random(seed);
        var check = new StationaryWorldSpeed();
        var rate = new float[witnesses];
        var accel = new float[witnesses];
        var updates = new int[witnesses];
        Span<RadarTrack> tracks = stackalloc RadarTrack[8];
        float Speed(float t) => meanSpeedMps + 2f * 10f / (2f * MathF.PI) * MathF.Sin(2f * MathF.PI * t / 10f) - 3.2f;
        for (int n = 0; n < lists; n++)
        {
            float measuredS = n * T;
            long ageUs = 50_000 + rng.Next(0, 20_001);
            float truth = Speed(measuredS);
            for (int w = 0; w < witnesses; w++)
            {
                // Each witness is replaced by a new post every 50 lists (staggered): a new track starts its filter afresh.
                if ((n + 17 * w) % 50 == 0) updates[w] = 0;
                float g = MathF.Sqrt(-2f * MathF.Log(1f - (float)rng.NextDouble())) * MathF.Cos(2f * MathF.PI * (float)rng.NextDouble());
                float measured = -truth + rateNoiseMps * g;
                if (updates[w] == 0)
                {
                    rate[w] = measured;
                    accel[w] = 0f;
                }
                else
                {
                    float predicted = rate[w] + accel[w] * T;
                    float residual = measured - predicted;
                    rate[w] = predicted + a * residual;
                    accel[w] += b / T * residual;
                }

                updates[w]++;
                tracks[w] = Standing(w + 1, 70f - 1.2f * ((n + 17 * w) % 50), w % 2 == 0 ? 6f : -6f, 0f, updates[w]) with { RelVelLongMps = rate[w] };
            }

            long nowUs = n * 50_000L + ageUs;
            float nowSpeed = Speed(nowUs * 1e-6f);
            float step = 0.03125f / 3.6f;
            float wheel = MathF.Round(nowSpeed / step) * step;
            var list = ListOf(tracks[..witnesses], ageUs);
            if (!check.Update(ref list, nowUs, wheel, 0f, forward: true, S)) return n;
        }

        return -1;
    }

    [Fact]
    public void A_healthy_radar_at_realistic_noise_never_flags_the_wheel_speed_swept_over_speed()
    {
        // Rate noise 0.12 m/s (the realistic radar's, within the ARS 30x's 0.12–0.28 m/s) and 0.3 m/s (a weak post's echo
        // at 80 m: 12 dB SNR against the 20 dB reference, noise × 2.5); the fewest witnesses judged (2) and more.
        for (float v = 8.2f; v <= 40f; v += 2f)
        {
            foreach (float noise in new[] { 0.12f, 0.3f })
            {
                for (int witnesses = 2; witnesses <= 4; witnesses++)
                {
                    for (int seed = 1; seed <= 2; seed++)
                    {
                        Assert.True(HealthyFirstFault(v, noise, witnesses, seed) == -1, $"{v} m/s, noise {noise}, {witnesses} witnesses, seed {seed}");
                    }
                }
            }
        }
    }

    [Fact]
    public void The_monitor_latches_the_code_and_hands_the_correction_to_the_functions()
    {
        var monitor = new InputMonitor(Cal);
        var frame = HealthyFrame.Create(0);
        const float v = 13.8889f;
        Span<RadarTrack> tracks = stackalloc RadarTrack[3];
        for (int c = 0; c < 300; c++)
        {
            // Wheel speed drifting at −1 m/s² from 1.0 s (cycle 100); lists every 5 cycles, each seen fresh first.
            float wheel = v - MathF.Max(0f, 0.01f * c - 1.0f);
            HealthyFrame.Refresh(frame, c * 10_000L, wheel);
            int n = c / 5;
            long ageUs = c % 5 * 10_000L;
            // Three posts passing at the true speed (ranges fall by v × 0.05 per list; a real radar's lists never repeat).
            for (int i = 0; i < 3; i++) tracks[i] = Standing(i + 1, 75f - 10f * i - v * 0.05f * (n % 20), 6f - 6f * i, v, 20 + n);
            frame.FrontRadar = ListOf(tracks, ageUs);
            monitor.Check(frame);
            // List 44 is first seen at cycle 220, with the wheel speed of that cycle (as by hand above): the code from then.
            bool coded = (monitor.Latched & DiagnosticCode.WheelSpeedDisagreesWithRadar) != 0;
            Assert.Equal(c >= 220, coded);
            // The correction is 0 before; from then on the wheel speed plus it is the car's speed as of the last list: the
            // wheel speed drifts on by at most 4 cycles × 0.01 m/s until the next list.
            if (c < 220) Assert.Equal(0f, monitor.WheelSpeedCorrectionMps);
            else Assert.InRange(wheel + monitor.WheelSpeedCorrectionMps, v - 0.04f - 1e-3f, v + 1e-3f);
        }

        Assert.Equal(DiagnosticCode.WheelSpeedDisagreesWithRadar, monitor.Latched);
    }

    [Fact]
    public void A_list_is_compared_with_the_wheel_speed_of_the_moment_it_was_measured()
    {
        // A car braking at 6 m/s² from 15 m/s past three posts (exact rates, exact wheel speed). The controller runs every
        // 10 ms; a list is measured every 50 ms and reaches it 60 ms later. The standing world's residual is
        // v(measured) − wheel(measured) = 0, so the offset stays 0. Against the wheel speed of arrival every residual
        // would read 6 × 0.06 = 0.36 m/s (inside the 0.5 m/s gate, so it would be followed).
        var check = new StationaryWorldSpeed();
        Span<RadarTrack> tracks = stackalloc RadarTrack[3];
        static float V(long us) => 15f - 6f * us * 1e-6f;
        int judgedLists = 0;
        for (int c = 0; c < 150; c++)
        {
            long nowUs = c * 10_000L;
            long measuredUs = (nowUs - 60_000) / 50_000 * 50_000;
            RadarObjectList list;
            if (nowUs < 60_000)
            {
                list = new RadarObjectList { Count = 0, SensorOk = true, AgeUs = SignalAge.Never };
            }
            else
            {
                for (int i = 0; i < 3; i++) tracks[i] = Standing(i + 1, 60f - 15f * i, 6f - 6f * i, V(measuredUs));
                list = ListOf(tracks, nowUs - measuredUs);
                judgedLists++;
            }

            Assert.True(check.Update(ref list, nowUs, V(nowUs), 6f, forward: true, S));
            Assert.InRange(check.OffsetMps, -1e-3f, 1e-3f);
        }

        Assert.True(judgedLists > 100);
    }

    [Fact]
    public void The_wheel_speed_kept_for_a_moment_by_hand()
    {
        var check = new StationaryWorldSpeed();
        var empty = new RadarObjectList { Count = 0, SensorOk = true, AgeUs = SignalAge.Never };
        // Samples at 0, 10, 20 ms reading 10, 11, 12 m/s.
        for (int c = 0; c < 3; c++) check.Update(ref empty, c * 10_000L, 10f + c, 0f, forward: true, S);
        Assert.Equal(10f, check.WheelSpeedAt(0));
        Assert.Equal(10f, check.WheelSpeedAt(9_999));
        Assert.Equal(11f, check.WheelSpeedAt(10_000));
        Assert.Equal(11f, check.WheelSpeedAt(15_000));
        Assert.Equal(12f, check.WheelSpeedAt(20_000));
        Assert.Equal(12f, check.WheelSpeedAt(1_000_000));
        // Older than every sample kept: the oldest one.
        Assert.Equal(10f, check.WheelSpeedAt(-5_000));
        // The history holds the last 32: after 40 samples (0..39 at 10 ms) the oldest kept is sample 8.
        for (int c = 3; c < 40; c++) check.Update(ref empty, c * 10_000L, 10f + c, 0f, forward: true, S);
        Assert.Equal(18f, check.WheelSpeedAt(0));
        Assert.Equal(18f, check.WheelSpeedAt(80_000));
        Assert.Equal(19f, check.WheelSpeedAt(95_000));
    }
}
