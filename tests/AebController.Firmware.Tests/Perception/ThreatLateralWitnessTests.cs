using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// The forward threat's lateral position by its own lateral velocity's integral (<see cref="ThreatLateralWitness"/>).
/// Lists at 20 Hz (t = 0.05 n s, age 0). The tolerance is the lateral monitor's row of docs/calibration.md (0.3 m +
/// 0.005 × range + 0.2 s × velocity change + 0.1 m/s × time since the anchor; anchor = mean of the first 4 lists), so
/// each moment below is worked out by hand from the walker's kinematics.
/// </summary>
public class ThreatLateralWitnessTests
{
    private const int Id = 7;
    private const float RangeM = 22f;
    private const float WalkMps = 1.4f;
    private const float StartLateralM = -2f;

    private static ThreatLateralWitness New() => new(AebCalibration.Default.Monitoring);

    private static RadarObjectList One(float lateralM, float lateralVelMps, int id = Id)
    {
        var list = new RadarObjectList { Count = 1, SensorOk = true };
        list.Tracks[0] = new RadarTrack { Id = id, LongitudinalM = RangeM, LateralM = lateralM, RelVelLatMps = lateralVelMps, WidthM = 0.5f, UpdateCount = 20 };
        return list;
    }

    /// <summary>The walker's true lateral position at list n (a tracker that follows it exactly).</summary>
    private static float TrueLateralM(int n) => StartLateralM + WalkMps * 0.05f * n;

    /// <summary>
    /// Feeds lists 0..<paramref name="lists"/>−1 of the walker with the reported position drifting at
    /// <paramref name="driftMps"/> from list <paramref name="driftFromList"/>; returns the first list found suspect (−1: none).
    /// </summary>
    private static int FirstSuspect(ThreatLateralWitness w, int lists, float driftMps, int driftFromList, bool stands = true)
    {
        for (int n = 0; n < lists; n++)
        {
            float drift = n >= driftFromList ? driftMps * 0.05f * (n - driftFromList) : 0f;
            var list = One(TrueLateralM(n) + drift, WalkMps);
            w.Observe(ref list, n * 50_000L, Id, stands);
            if (w.Suspect) return n;
        }

        return -1;
    }

    [Fact]
    public void A_position_that_follows_its_velocity_is_never_suspect()
    {
        var w = New();
        Assert.Equal(-1, FirstSuspect(w, 400, 0f, 0));
        Assert.Equal(0f, w.CorrectionM);
    }

    [Fact]
    public void A_drift_of_half_a_metre_per_second_is_suspect_when_it_passes_the_tolerance()
    {
        // Anchor at list 0 (t = 0) from lists 0-3. Drift from list 4 (t = 0.2 s): walked 0.5 (t − 0.2) against
        // 0.3 + 0.005 × 22 + 0.1 t = 0.41 + 0.1 t: suspect once 0.4 t > 0.51, t > 1.275 s: list 26 (t = 1.30 s; at list 25
        // 0.525 m against 0.535 m).
        var w = New();
        Assert.Equal(26, FirstSuspect(w, 200, 0.5f, 4));
        // The velocity's integral is the true position: the correction undoes the drift, 0.5 × 1.1 s = 0.55 m.
        Assert.Equal(-0.55f, w.CorrectionM, 3);
    }

    [Fact]
    public void The_drift_is_measured_from_the_lists_that_made_the_threat_not_from_a_renewed_anchor()
    {
        // The monitor renews its anchor after 2 s while the walk is inside its tolerance; the witness keeps the one of the
        // threat's first lists: a drift of 0.1 m/s (the 0.1 m/s allowance per second) is never suspect, one of 0.25 m/s
        // once 0.25 (t − 0.2) > 0.41 + 0.1 t, t > 3.07 s: list 62 (t = 3.10 s; at list 61 0.7125 m against 0.715 m).
        Assert.Equal(-1, FirstSuspect(New(), 400, 0.1f, 4));
        Assert.Equal(62, FirstSuspect(New(), 200, 0.25f, 4));
    }

    [Fact]
    public void Nothing_is_judged_while_the_anchor_forms_and_a_track_missing_from_a_list_starts_afresh()
    {
        var w = New();
        // A reported position 3 m off from the first list: the anchor takes it in (no history to contradict it yet).
        for (int n = 0; n < 4; n++)
        {
            var list = One(TrueLateralM(n) + 3f, WalkMps);
            w.Observe(ref list, n * 50_000L, Id, true);
            Assert.False(w.Suspect);
        }

        var empty = new RadarObjectList { Count = 0, SensorOk = true };
        w.Observe(ref empty, 4 * 50_000L, Id, true);
        Assert.False(w.Suspect);
        // Back with a 3 m jump: a new anchor forms from it, nothing suspect.
        for (int n = 5; n < 9; n++)
        {
            var list = One(TrueLateralM(n), WalkMps);
            w.Observe(ref list, n * 50_000L, Id, true);
            Assert.False(w.Suspect);
        }
    }

    [Fact]
    public void A_new_threat_track_or_no_threat_forgets_the_old_one()
    {
        var w = New();
        Assert.Equal(26, FirstSuspect(w, 200, 0.5f, 4));
        var other = One(0f, 0f, Id + 1);
        w.Observe(ref other, 200 * 50_000L, Id + 1, true);
        Assert.Equal(Id + 1, w.TrackId);
        Assert.False(w.Suspect);
        var list = One(0f, 0f);
        w.Observe(ref list, 201 * 50_000L, -1, false);
        Assert.Equal(-1, w.TrackId);
        // While the function still holds its threat, a list without one keeps the witness on it.
        w.Observe(ref list, 202 * 50_000L, Id, true);
        w.Observe(ref list, 203 * 50_000L, -1, true);
        Assert.Equal(Id, w.TrackId);
    }

    [Fact]
    public void Judged_offset_is_the_reported_one_unless_the_threat_stands_and_its_position_is_suspect()
    {
        var w = New();
        Assert.Equal(26, FirstSuspect(w, 200, 0.5f, 4));
        // The threat stands: the drift (+0.55 m) carried the walker out, the integral keeps it 0.55 m nearer.
        Assert.Equal(0.45f, w.JudgedOffsetM(Id, 1.0f, 0f), 3);
        // Another track is judged as reported.
        Assert.Equal(1.0f, w.JudgedOffsetM(Id + 1, 1.0f, 0f));
        // The function no longer holds a threat: as reported.
        var list = One(TrueLateralM(27) + 0.575f, WalkMps);
        w.Observe(ref list, 27 * 50_000L, Id, false);
        Assert.Equal(1.0f, w.JudgedOffsetM(Id, 1.0f, 0f));
    }

    [Theory]
    // Of two offsets, the one whose arrival (offset + travel) lies nearer the path's centre, by hand.
    [InlineData(1.0f, 0.45f, 0f, 0.45f)]
    [InlineData(0.45f, 1.0f, 0f, 0.45f)]
    [InlineData(-1.0f, 0.45f, 0.5f, -1.0f)]   // arrivals −0.5 and 0.95
    [InlineData(-1.0f, 0.45f, -0.5f, 0.45f)]  // arrivals −1.5 and −0.05
    [InlineData(1.0f, float.NaN, 0f, 1.0f)]   // no second offset: the reported one
    [InlineData(1.0f, 0.45f, float.NaN, 0.45f)] // no travel known: judged where they are
    public void Nearer_at_arrival_by_hand(float a, float b, float travel, float expected)
    {
        Assert.Equal(expected, ThreatLateralWitness.NearerAtArrival(a, b, travel), 4);
    }

    [Fact]
    public void Sweep_never_less_critical_than_the_reported_offset()
    {
        for (float a = -4f; a <= 4f; a += 0.25f)
        {
            for (float b = -4f; b <= 4f; b += 0.25f)
            {
                for (float travel = -3f; travel <= 3f; travel += 0.5f)
                {
                    float judged = ThreatLateralWitness.NearerAtArrival(a, b, travel);
                    Assert.True(MathF.Abs(judged + travel) <= MathF.Abs(a + travel) + 1e-6f, $"{a} {b} {travel}");
                }
            }
        }
    }

    [Fact]
    public void An_alpha_beta_tracker_on_noisy_positions_is_never_suspect()
    {
        // The realistic radar's tracker (α 0.5, β 0.167, T 0.05 s) on positions with σ 0.1 m of noise: its position gains on
        // the trapezoid integral of its velocity exactly (αT/β − T/2)·ΔV (docs/calibration.md, radarLateral* row), so a
        // walker that keeps its pace, and one that stops, stay inside the tolerance over 60 s, whatever the noise (3 seeds).
        const float alpha = 0.5f, beta = 0.167f, t = 0.05f;
        for (int seed = 1; seed <= 3; seed++)
        {
            var rng = new Random(seed);
            var w = New();
            float x = StartLateralM, v = WalkMps;
            for (int n = 0; n < 1200; n++)
            {
                float truth = n < 600 ? TrueLateralM(n) : TrueLateralM(600);
                float z = truth + 0.1f * Gaussian(rng);
                float predicted = x + v * t;
                float r = z - predicted;
                x = predicted + alpha * r;
                v += beta / t * r;
                var list = One(x, v);
                w.Observe(ref list, n * 50_000L, Id, true);
                Assert.False(w.Suspect, $"seed {seed}, list {n}");
            }
        }
    }

    private static float Gaussian(Random rng) =>
        MathF.Sqrt(-2f * MathF.Log(1f - (float)rng.NextDouble())) * MathF.Cos(2f * MathF.PI * (float)rng.NextDouble());
}
