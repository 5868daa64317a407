using AebController.Scenarios.Model;
using AebController.Scenarios.Running;
using AebController.Scenarios.Scoring;

namespace AebController.Scenarios.Exploration.Search;

/// <summary>
/// Turns a closed-loop result into margins and one robustness number the search can follow:
/// positive while passing (the smaller of the closest gap and 4 × the smallest TTC, capped at 50),
/// negative when failing (minus 1 minus the impact speed in km/h, or the peak unwanted deceleration),
/// so the search walks toward failure even before the first one.
/// </summary>
public static class OutcomeMeasure
{
    public const double PassCap = 50;

    public static RunRecord Measure(ScenarioDefinition s, ScenarioResult r, long index, int block, double[] search, double[] values)
    {
        float minTtc = float.PositiveInfinity;
        foreach (ref readonly var c in r.Trace.AsSpan())
        {
            if (c.TtcS > 0f && c.TtcS < minTtc) minTtc = c.TtcS;
        }

        bool collisionFailure = r.Collided && (s.Expect.Collision == false || s.Expect.MaxImpactSpeedKph is float max && (r.ImpactSpeedKph ?? 0) > max);
        bool falseActivation = !collisionFailure && r.FirstBrakeS is not null
            && (s.Expect.Brakes == false || s.Expect.MaxBrakeRequestMps2 is float limit && r.MaxBrakeRequestMps2 > limit);
        bool failed = !r.Passed;
        string kind = !failed ? FailureKind.None : collisionFailure ? FailureKind.Collision : falseActivation ? FailureKind.FalseActivation : FailureKind.Expectation;
        double robustness = kind switch
        {
            FailureKind.Collision => -1 - (r.ImpactSpeedKph ?? 0),
            FailureKind.FalseActivation => -1 - r.MaxBrakeRequestMps2,
            FailureKind.Expectation => -1,
            _ => Math.Min(PassCap, Math.Min(r.MinGapM, 4.0 * minTtc)),
        };
        var score = CaseScorer.Score(s, r);
        return new RunRecord
        {
            Index = index,
            Block = block,
            Valid = true,
            Failed = failed,
            Kind = kind,
            Collided = r.Collided,
            CollidedWith = r.CollidedWith ?? "",
            ImpactKph = r.ImpactSpeedKph ?? 0f,
            MinGapM = r.MinGapM,
            MinTtcS = minTtc,
            FirstWarningS = r.FirstWarningS ?? float.NaN,
            FirstBrakeS = r.FirstBrakeS ?? float.NaN,
            MaxBrakeMps2 = r.MaxBrakeRequestMps2,
            Robustness = robustness,
            Score = score.Points,
            MaxScore = score.MaxPoints,
            Failure = r.Failures.Count > 0 ? r.Failures[0] : "",
            Search = search,
            Values = values,
        };
    }
}
