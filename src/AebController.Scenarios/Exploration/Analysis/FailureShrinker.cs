using AebController.Scenarios.Exploration.Search;
using AebController.Scenarios.Exploration.Spaces;
using AebController.Scenarios.Model;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Exploration.Analysis;

/// <summary>
/// Shrinks a failure to the simplest case that still fails the same way: parameters with a neutral
/// value (no noise, no offset, no fault value) are set to it where the failure survives; every
/// continuous value is rounded to the coarsest step that keeps it failing; then every actor the
/// failure does not need is removed. Each try is one closed-loop run; the result is deterministic.
/// </summary>
public static class FailureShrinker
{
    private static readonly double[] Multiples = [1000, 500, 200, 100, 50, 20, 10, 5, 2, 1];

    public static ShrunkCase Shrink(ScenarioSpace space, ScenarioRunner runner, RunRecord failure, ulong seed, string name, string description)
    {
        var values = (double[])failure.Values.Clone();
        ulong scenarioSeed = ScenarioSpace.InstanceSeed(seed, failure.Index);
        string kind = failure.Kind;
        int steps = 0;

        bool Fails(double[] candidate)
        {
            steps++;
            if (!space.IsValid(candidate)) return false;
            var s = space.Instantiate(candidate, name, scenarioSeed);
            return KindOf(space, runner, s, runner.Run(s)) == kind;
        }

        for (int i = 0; i < values.Length; i++)
        {
            var p = space.Parameters[i];
            if (p.Neutral is double neutral && values[i] != neutral)
            {
                var candidate = (double[])values.Clone();
                candidate[i] = neutral;
                if (Fails(candidate)) values = candidate;
            }
        }

        for (int i = 0; i < values.Length; i++)
        {
            var p = space.Parameters[i];
            if (p.IsSet) continue;
            foreach (double step in Steps(p))
            {
                double rounded = Math.Clamp(Math.Round(values[i] / step) * step, p.Min, p.Max);
                rounded = Math.Round(rounded, 9);
                if (rounded == values[i]) break;
                var candidate = (double[])values.Clone();
                candidate[i] = rounded;
                if (Fails(candidate))
                {
                    values = candidate;
                    break;
                }
            }
        }

        var scenario = space.Instantiate(values, name, scenarioSeed) with { Description = description };
        var result = runner.Run(scenario);
        for (int a = scenario.Actors.Length - 1; a >= 0 && scenario.Actors.Length > 1; a--)
        {
            if (scenario.End.WhenSlowerThan == scenario.Actors[a].Id) continue;
            var fewer = scenario with { Actors = scenario.Actors.Where((_, k) => k != a).ToArray() };
            steps++;
            var r = runner.Run(fewer);
            if (KindOf(space, runner, fewer, r) == kind)
            {
                scenario = fewer;
                result = r;
            }
        }

        return new ShrunkCase(scenario, values, result, steps);
    }

    public static string KindOf(ScenarioSpace space, ScenarioRunner runner, ScenarioDefinition s, ScenarioResult r) =>
        OutcomeMeasure.Measure(s, r, 0, 0, [], [], space.AvoidableCollisionsOnly ? runner : null).Kind;

    /// <summary>Round steps from coarse to fine: multiples of the parameter's round step (or a step from its range) no wider than the range.</summary>
    public static IEnumerable<double> Steps(SpaceParameter p)
    {
        double range = p.Max - p.Min;
        double unit = p.Round ?? (range > 0 ? Math.Pow(10, Math.Floor(Math.Log10(range / 100))) : 1);
        return Multiples.Select(m => m * unit).Where(s => s <= range || s == unit);
    }
}
