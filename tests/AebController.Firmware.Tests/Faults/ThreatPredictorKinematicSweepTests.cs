using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// ThreatPredictor.Advance swept against the constant-acceleration formulas of its contract: the ego at the given
/// speed, a target moving our way keeping its acceleration until it stops and then standing (never reversing), an
/// oncoming target keeping its speed. After t seconds of 10 ms cycles the carried gap is r + target travel − ego
/// travel until contact, within what one cycle of integration can differ by; the carried target speed, closing
/// speed and acceleration follow; the carried time to collision and need are those of the carried state.
/// </summary>
public sealed class ThreatPredictorKinematicSweepTests
{
    private const float CycleS = 0.01f;

    private static double TargetTravel(double vt, double at, double t)
    {
        if (vt < 0) return vt * t;
        if (vt == 0 && at <= 0) return 0;
        if (at >= 0) return vt * t + 0.5 * at * t * t;
        double tt = Math.Min(t, vt / -at);
        return vt * tt + 0.5 * at * tt * tt;
    }

    private static double TargetSpeed(double vt, double at, double t) => vt < 0 ? vt : Math.Max(0, vt + at * t);

    [Fact]
    public void The_carried_state_follows_the_constant_acceleration_formulas()
    {
        var failures = new List<string>();
        foreach (float r in new[] { 5f, 25f, 60f })
        foreach (float ve in new[] { 0f, 5f, 14f, 25f })
        foreach (float vt in new[] { -8f, 0f, 4f, 12f, 30f })
        foreach (float at in new[] { 2f, 0f, -2f, -7f })
        foreach (float seconds in new[] { 0.5f, 1.5f, 3f })
        {
            if (vt < 0f && at != 0f) continue; // an oncoming target keeps its speed: no acceleration in its contract
            var p = new ThreatPredictor();
            p.Reset();
            p.Observe(new ThreatAssessment
            {
                HasTarget = true, TrackId = 4, RangeM = r, TargetSpeedMps = vt, TargetAccelMps2 = at, ClosingSpeedMps = ve - vt,
                TtcS = ThreatMath.TimeToCollision(r, ve, vt, at), RequiredDecelMps2 = 1f,
            });
            int cycles = (int)MathF.Round(seconds / CycleS);
            var c = ThreatAssessment.None;
            for (int i = 0; i < cycles; i++) c = p.Advance(ve, CycleS, 0.3f, 1f);
            double t = cycles * CycleS;
            double vtNow = TargetSpeed(vt, at, t);
            double gap = Math.Max(0, r + TargetTravel(vt, at, t) - ve * t);
            // Integration per cycle is exact except in the cycle the target stops (at most half a cycle at its last speed).
            double tol = 1e-3 * (1 + r) + Math.Abs(at) * CycleS * CycleS + 2e-5 * cycles;
            string name = $"r {r} ve {ve} vt {vt} at {at} t {t:F2}";
            if (!c.HasTarget) { failures.Add(name + ": lost"); continue; }
            bool contact = false; // once the gap reached zero the collision has happened: what is carried after it is not judged
            for (int i = 0; i <= cycles && !contact; i++) contact = r + TargetTravel(vt, at, i * CycleS) - ve * i * CycleS <= 0;
            if (contact ? c.RangeM < 0f : Math.Abs(c.RangeM - gap) > tol) failures.Add(name + $": range {c.RangeM:F4}, kinematics {gap:F4}");
            if (Math.Abs(c.TargetSpeedMps - vtNow) > 1e-3 + Math.Abs(at) * CycleS) failures.Add(name + $": target speed {c.TargetSpeedMps:F4}, kinematics {vtNow:F4}");
            if (Math.Abs(c.ClosingSpeedMps - (ve - c.TargetSpeedMps)) > 1e-4) failures.Add(name + ": closing is not ego − target");
            if (c.TargetSpeedMps == 0f && c.TargetAccelMps2 != 0f) failures.Add(name + ": a stopped target keeps an acceleration");
            if (c.TargetSpeedMps > 0f && c.TargetAccelMps2 != at) failures.Add(name + ": a moving target's acceleration changed");
            float ttc = ThreatMath.TimeToCollision(c.RangeM, ve, c.TargetSpeedMps, c.TargetAccelMps2);
            if (!(ttc == c.TtcS || MathF.Abs(ttc - c.TtcS) <= 1e-4f)) failures.Add(name + $": ttc {c.TtcS} is not that of the carried state {ttc}");
            float need = ThreatMath.RequiredDeceleration(c.RangeM, ve, c.TargetSpeedMps, c.TargetAccelMps2, 0.3f, 1f);
            if (MathF.Abs(need - c.RequiredDecelMps2) > 1e-4f) failures.Add(name + $": need {c.RequiredDecelMps2} is not that of the carried state {need}");
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(25)));
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(-5f)]
    [InlineData(float.NegativeInfinity)]
    public void An_unusable_ego_speed_is_taken_as_standing(float egoMps)
    {
        var p = new ThreatPredictor();
        p.Reset();
        p.Observe(new ThreatAssessment { HasTarget = true, RangeM = 20f, TargetSpeedMps = 0f, TtcS = 2f });
        var c = p.Advance(egoMps, CycleS, 0.3f, 1f);
        Assert.Equal(20f, c.RangeM);
        Assert.Equal(0f, c.ClosingSpeedMps);
        Assert.True(float.IsPositiveInfinity(c.TtcS));
        Assert.Equal(0f, c.RequiredDecelMps2);
    }
}
