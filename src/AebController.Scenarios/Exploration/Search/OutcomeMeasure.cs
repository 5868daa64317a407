using AebController.Scenarios.Exploration.Judging;
using AebController.Scenarios.Model;
using AebController.Scenarios.Running;
using AebController.Scenarios.Scoring;

namespace AebController.Scenarios.Exploration.Search;

/// <summary>
/// Turns a closed-loop result into margins and one robustness number the search can follow:
/// positive while passing (the smaller of the closest gap and 4 × the smallest TTC, capped at 50),
/// negative when failing (minus 1 minus the impact speed in km/h, or the peak unwanted deceleration),
/// so the search walks toward failure even before the first one. With a physics judge (spaces with
/// <c>"collisions": "avoidable"</c>), a collision the oracle finds physically unavoidable is not a failure
/// (kind "unavoidable"; robustness = needed − available deceleration, positive, shrinking toward the boundary).
/// </summary>
public static class OutcomeMeasure
{
    public const double PassCap = 50;

    /// <param name="physics">When given, collisions are judged by <see cref="CollisionAvoidability"/> with this runner's vehicle and world.</param>
    public static RunRecord Measure(ScenarioDefinition s, ScenarioResult r, long index, int block, double[] search, double[] values, ScenarioRunner? physics = null)
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
        string failure = r.Failures.Count > 0 ? r.Failures[0] : "";
        AvoidabilityVerdict? verdict = collisionFailure && physics is not null ? CollisionAvoidability.Judge(s, physics.Vehicle, physics.World) : null;
        bool unavoidable = verdict is { Avoidable: false };
        if (unavoidable)
        {
            // Physics, not the controller: the run fails only if another expectation failed too.
            var others = ExpectationEvaluator.Evaluate(s.Expect with { Collision = null, MaxImpactSpeedKph = null }, r);
            failed = others.Count > 0;
            failure = others.Count > 0 ? others[0] : Unavoidable(verdict!.Value);
        }

        string kind = unavoidable && !failed ? FailureKind.Unavoidable
            : !failed ? FailureKind.None
            : collisionFailure && !unavoidable ? FailureKind.Collision : falseActivation ? FailureKind.FalseActivation : FailureKind.Expectation;
        double robustness = kind switch
        {
            FailureKind.Unavoidable => Math.Min(PassCap, verdict!.Value.RequiredDecelMps2 - verdict.Value.AvailableDecelMps2),
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
            Failure = failure,
            Search = search,
            Values = values,
        };
    }

    private static string Unavoidable(AvoidabilityVerdict v) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"unavoidable: needs {v.RequiredDecelMps2:0.00} m/s² from {v.BrakeStartS:0.00} s, {v.AvailableDecelMps2:0.00} available");

    /// <summary>The verdict of a run the watchdog stopped waiting for: a failure (a controller that hangs fails), never a silent gap.</summary>
    public static RunRecord TimedOut(long index, int block, double[] search, double[] values, TimeSpan bound) => new()
    {
        Index = index,
        Block = block,
        Valid = true,
        Failed = true,
        Kind = FailureKind.Timeout,
        Robustness = -1,
        Failure = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"timeout: the run did not finish within {bound.TotalSeconds:0.#} s of wall-clock time"),
        Search = search,
        Values = values,
    };
}
