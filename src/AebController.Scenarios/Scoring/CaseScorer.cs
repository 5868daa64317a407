using AebController.Scenarios.Model;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Scoring;

/// <summary>
/// Points for correct actions, deductions for wrong ones. Earned points follow the case's scheme
/// (pass/fail, or Euro NCAP's speed reduction); deductions are the same for every case:
/// braking without a threat (scaled by peak deceleration and duration), a warning that never came
/// or came too late, braking much harder than needed (stopping far short), and suppressing a
/// deliberate acceleration. A collision costs through the earned points.
/// </summary>
public static class CaseScorer
{
    /// <summary>Stopping further short than this from a stationary obstacle is braking harder than needed.</summary>
    public const float FarShortM = 8f;

    public static CaseScore Score(ScenarioDefinition s, ScenarioResult r)
    {
        float max = s.Score.Points;
        float earned = s.Score.Method switch
        {
            ScoreMethod.SpeedReduction => SpeedReductionPoints(max, s.Ego.SpeedKph, r),
            _ => r.Passed ? max : 0f,
        };

        var deductions = new List<Deduction>();
        var x = s.Expect;
        if (x.Brakes == false && r.FirstBrakeS is not null)
        {
            float peak = r.MaxBrakeRequestMps2;
            float seconds = r.Trace.Count(c => c.BrakeRequestMps2 > 0f) * 0.01f;
            // Half the case for reaching a quarter g (FMVSS 127's false-activation limit), half for lasting a second.
            float share = 0.5f * MathF.Min(1f, peak / 2.45f) + 0.5f * MathF.Min(1f, seconds);
            deductions.Add(new Deduction($"braked without a threat: peak {peak:0.0} m/s² for {seconds:0.00} s", max * share));
        }

        if (x.Warns == false && r.FirstWarningS is not null)
        {
            deductions.Add(new Deduction($"warned without a threat at {r.FirstWarningS:0.00} s", 0.25f * max));
        }

        if (x.Warns == true && r.FirstWarningS is null)
        {
            deductions.Add(new Deduction("no warning was given", 0.25f * max));
        }
        else if (x.WarningBeforeBrake == true && r.FirstWarningS is float w && r.FirstBrakeS is float b && b - w + 1e-4f < x.MinWarningLeadS)
        {
            deductions.Add(new Deduction($"warning only {b - w:0.00} s before braking ({x.MinWarningLeadS:0.0} s required)", 0.1f * max));
        }

        if (!r.Collided && r.StopGapM is float gap && gap > FarShortM && x.Brakes != false)
        {
            deductions.Add(new Deduction($"braked harder than needed: stopped {gap:0.0} m short", 0.1f * max));
        }

        if (x.TorqueLimited == false && r.TorqueLimitedS > 0f)
        {
            deductions.Add(new Deduction($"suppressed a deliberate acceleration for {r.TorqueLimitedS:0.00} s", 0.5f * max));
        }

        return new CaseScore(s.Name, s.Tags, s.Score.Mandatory, r.Passed, earned, deductions, max, r.Failures);
    }

    /// <summary>Euro NCAP: avoidance scores fully; otherwise the share of speed removed, nothing below 5 km/h removed.</summary>
    public static float SpeedReductionPoints(float max, float testSpeedKph, ScenarioResult r)
    {
        if (!r.Collided) return max;
        float impact = r.ImpactSpeedKph ?? testSpeedKph;
        float removed = testSpeedKph - impact;
        if (testSpeedKph <= 0f || removed < 5f) return 0f;
        return max * Math.Clamp(removed / testSpeedKph, 0f, 1f);
    }
}
