using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// ThreatMath swept over its input range against a kinematic oracle written from the contract alone (ThreatMath's
/// summary): positions from the constant-acceleration formulas x = v·t + ½·a·t², the ego at constant speed through
/// the latency and then braking at a constant deceleration to a stop, a target moving our way keeping its
/// acceleration until it stops (never reversing; a standing one stays), an oncoming target keeping its speed. The
/// gap is sampled on a fine time grid, in double precision, without any of ThreatMath's closed forms.
/// RequiredDeceleration must be enough (braking at it keeps the gap at or above the margin) and, where the contract
/// makes it exact (a target that keeps its speed or brakes), no more than needed (3 % less does not keep the margin).
/// TimeToCollision must be the first time the gap at constant ego speed reaches zero.
/// </summary>
public sealed class ThreatMathKinematicOracleTests
{
    private static readonly float[] RangesM = [2f, 8f, 20f, 45f, 90f];
    private static readonly float[] EgoSpeedsMps = [2f, 8f, 14f, 22f, 36f];
    private static readonly float[] TargetSpeedsMps = [0f, 3f, 10f, 20f];
    private static readonly float[] TargetAccelsMps2 = [1.5f, 0f, -1f, -3f, -6f, -9f];
    private static readonly float[] LatenciesS = [0f, 0.35f];
    private static readonly float[] MarginsM = [0f, 1.5f];

    /// <summary>Target's travel towards +x after t seconds: keeps its acceleration until it stops, never reverses; a standing target stays.</summary>
    private static double TargetTravel(double vt, double at, double t)
    {
        if (vt < 0) return vt * t;          // oncoming: keeps its speed
        if (vt == 0) return 0;              // standing: stays where it is
        if (at >= 0) return vt * t + 0.5 * at * t * t;
        double tStop = vt / -at;
        double tt = Math.Min(t, tStop);
        return vt * tt + 0.5 * at * tt * tt;
    }

    /// <summary>Ego's travel after t seconds: constant speed through the latency, then braking at <paramref name="decel"/> to a stop.</summary>
    private static double EgoTravel(double ve, double latencyS, double decel, double t)
    {
        if (t <= latencyS || decel <= 0) return ve * t;
        double tb = Math.Min(t - latencyS, ve / decel);
        return ve * latencyS + ve * tb - 0.5 * decel * tb * tb;
    }

    /// <summary>Smallest gap over the manoeuvre: until the ego stands and (for a target moving our way) the target stands or outruns us.</summary>
    private static double MinGap(double r, double ve, double vt, double at, double latencyS, double decel)
    {
        double horizon = latencyS + (decel > 0 ? ve / decel : 120.0);
        if (vt > 0 && at < 0) horizon = Math.Max(horizon, vt / -at);
        horizon = Math.Min(horizon + 0.5, 400.0);
        const int steps = 20_000;
        double min = double.PositiveInfinity;
        for (int i = 0; i <= steps; i++)
        {
            double t = horizon * i / steps;
            min = Math.Min(min, r + TargetTravel(vt, at, t) - EgoTravel(ve, latencyS, decel, t));
        }

        return min;
    }

    /// <summary>Gap at the moment the ego comes to rest (an oncoming target keeps coming: the ego must have stopped short of it by then).</summary>
    private static double GapWhenEgoStops(double r, double ve, double vo, double latencyS, double decel)
    {
        double t = latencyS + ve / decel;
        return r - EgoTravel(ve, latencyS, decel, t) - vo * t;
    }

    public static IEnumerable<object[]> Cases()
    {
        foreach (float r in RangesM)
        foreach (float ve in EgoSpeedsMps)
        foreach (float vt in TargetSpeedsMps)
        foreach (float at in TargetAccelsMps2)
        foreach (float tl in LatenciesS)
            yield return [r, ve, vt, at, tl];
    }

    [Fact]
    public void Required_deceleration_is_enough_and_where_exact_no_more_than_needed()
    {
        int judged = 0, exactJudged = 0;
        var failures = new List<string>();
        foreach (object[] c in Cases())
        foreach (float m in MarginsM)
        {
            float r = (float)c[0], ve = (float)c[1], vt = (float)c[2], at = (float)c[3], tl = (float)c[4];
            float need = ThreatMath.RequiredDeceleration(r, ve, vt, at, tl, m);
            string name = $"r {r} ve {ve} vt {vt} at {at} tl {tl} m {m}: need {need}";
            if (!(need >= 0f)) { failures.Add(name + " (negative or NaN)"); continue; }
            if (need >= ThreatMath.Unavoidable)
            {
                // Unavoidable: even braking at 30 m/s² (three times what tyres give) from the end of the latency cannot keep the margin.
                if (MinGap(r, ve, vt, at, tl, 30.0) >= m) failures.Add(name + " (called unavoidable, but 30 m/s² keeps the margin)");
                continue;
            }

            judged++;
            double tol = 2e-3 + 2e-5 * r;
            if (MinGap(r, ve, vt, at, tl, need) < m - tol) failures.Add(name + $" (not enough: min gap {MinGap(r, ve, vt, at, tl, need):F4})");

            // Exact where the target keeps its speed or brakes (the contract's model); a target accelerating away, or one
            // standing with an acceleration, is taken at its speed after the latency (conservative: more, never less).
            bool exact = at <= 0f || vt == 0f;
            if (exact && need > 0.3f)
            {
                exactJudged++;
                if (MinGap(r, ve, vt, at, tl, 0.97 * need) >= m) failures.Add(name + $" (more than needed: 97 % keeps min gap {MinGap(r, ve, vt, at, tl, 0.97 * need):F4})");
            }

            if (need == 0f && MinGap(r, ve, vt, at, tl, 0) < m - tol) failures.Add(name + " (no need, but at constant speed the gap falls below the margin)");
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(25)));
        Assert.True(judged > 1000 && exactJudged > 300, $"judged {judged}, exact {exactJudged}");
    }

    [Theory]
    [InlineData(2f)]
    [InlineData(8f)]
    [InlineData(20f)]
    [InlineData(45f)]
    [InlineData(90f)]
    public void Required_deceleration_for_an_oncoming_target_stops_the_ego_short_by_the_margin_before_it_arrives(float r)
    {
        var failures = new List<string>();
        foreach (float ve in EgoSpeedsMps)
        foreach (float vo in new[] { 1f, 5f, 14f })
        foreach (float tl in LatenciesS)
        foreach (float m in MarginsM)
        {
            float need = ThreatMath.RequiredDeceleration(r, ve, -vo, 0f, tl, m);
            string name = $"r {r} ve {ve} oncoming {vo} tl {tl} m {m}: need {need}";
            if (need >= ThreatMath.Unavoidable)
            {
                if (GapWhenEgoStops(r, ve, vo, tl, 30.0) >= m) failures.Add(name + " (called unavoidable, but 30 m/s² stops short)");
                continue;
            }

            if (GapWhenEgoStops(r, ve, vo, tl, need) < m - 2e-3 - 2e-5 * r) failures.Add(name + " (not enough)");
            if (GapWhenEgoStops(r, ve, vo, tl, 0.97 * need) >= m) failures.Add(name + " (more than needed)");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Time_to_collision_is_the_first_time_the_gap_at_constant_ego_speed_reaches_zero()
    {
        var failures = new List<string>();
        foreach (object[] c in Cases())
        {
            float r = (float)c[0], ve = (float)c[1], vt = (float)c[2], at = (float)c[3];
            foreach (float v in new[] { vt, -vt })
            {
                if (v < 0f && at != 0f) continue; // an oncoming target keeps its speed: its acceleration is not part of the contract
                float ttc = ThreatMath.TimeToCollision(r, ve, v, at);
                string name = $"r {r} ve {ve} vt {v} at {at}: ttc {ttc}";
                double Gap(double t) => r + TargetTravel(v, at, t) - ve * t;
                if (float.IsPositiveInfinity(ttc))
                {
                    // Never reached: over two minutes at constant speed the gap stays open.
                    for (int i = 0; i <= 12_000; i++)
                    {
                        if (Gap(i * 1e-2) <= 0) { failures.Add(name + $" (gap closes at {i * 1e-2:F2} s)"); break; }
                    }

                    continue;
                }

                if (!(ttc > 0f)) { failures.Add(name + " (not positive)"); continue; }
                if (Math.Abs(Gap(ttc)) > 1e-3 + 1e-5 * r * 10) failures.Add(name + $" (gap at ttc {Gap(ttc):F5})");
                for (int i = 0; i < 10_000; i++)
                {
                    double t = ttc * 0.999 * i / 10_000;
                    if (Gap(t) <= 0) { failures.Add(name + $" (gap already closed at {t:F3} s)"); break; }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(25)));
    }
    // A target pulling away gently (0.05-0.5 m/s²) that the ego still reaches: the gap r + (vt − ve)·t + ½·at·t² has two
    // positive zeros far apart, and the first is the contact. Sampled on a 1 ms grid and refined by bisection.
    [Fact]
    public void Time_to_collision_with_a_target_pulling_away_gently_is_the_first_contact()
    {
        var failures = new List<string>();
        foreach (float r in RangesM)
        foreach (float ve in EgoSpeedsMps)
        foreach (float vt in new[] { 0.5f, 3f, 10f })
        foreach (float at in new[] { 0.05f, 0.2f, 0.5f })
        {
            double Gap(double t) => r + TargetTravel(vt, at, t) - ve * t;
            double first = double.PositiveInfinity;
            for (int i = 1; i <= 120_000; i++)
            {
                if (Gap(i * 1e-3) > 0) continue;
                double lo = (i - 1) * 1e-3, hi = i * 1e-3;
                for (int k = 0; k < 40; k++)
                {
                    double mid = 0.5 * (lo + hi);
                    if (Gap(mid) > 0) lo = mid; else hi = mid;
                }

                first = hi;
                break;
            }

            float ttc = ThreatMath.TimeToCollision(r, ve, vt, at);
            bool ok = double.IsPositiveInfinity(first) ? float.IsPositiveInfinity(ttc) : Math.Abs(ttc - first) <= 1e-3 * Math.Max(1.0, first);
            if (!ok) failures.Add($"r {r} ve {ve} vt {vt} at {at}: ttc {ttc}, first contact {first:F4} s");
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(25)));
    }
}
