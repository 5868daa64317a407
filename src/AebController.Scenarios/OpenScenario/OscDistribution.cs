using System.Globalization;
using System.Xml.Linq;

namespace AebController.Scenarios.OpenScenario;

/// <summary>
/// Expands a ParameterValueDistribution into parameter sets (ASAM OpenSCENARIO 1.2+, 8.4 "Parameter
/// value distributions"): deterministic single-parameter sets and ranges and multi-parameter value sets
/// combine as a cross product; a stochastic distribution draws numberOfTestRuns sets from uniform,
/// normal (truncated to its range) and probability-set distributions with its randomSeed.
/// </summary>
public static class OscDistribution
{
    public static List<Dictionary<string, string>> Expand(XElement distribution, OscParameters scope)
    {
        var sets = new List<Dictionary<string, string>> { new(StringComparer.Ordinal) };
        foreach (var child in distribution.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "ScenarioFile":
                    break;
                case "Deterministic":
                    foreach (var d in child.Elements()) sets = Cross(sets, Deterministic(d, scope));
                    break;
                case "Stochastic":
                    sets = Cross(sets, Stochastic(child, scope));
                    break;
                default:
                    throw OscError.Unsupported(child);
            }
        }

        return sets;
    }

    private static List<Dictionary<string, string>> Deterministic(XElement d, OscParameters scope)
    {
        switch (d.Name.LocalName)
        {
            case "DeterministicSingleParameterDistribution":
                string name = scope.Text(d, "parameterName");
                var values = new List<Dictionary<string, string>>();
                foreach (string v in SingleValues(d, scope)) values.Add(new(StringComparer.Ordinal) { [name] = v });
                return values;
            case "DeterministicMultiParameterDistribution":
                var sets = new List<Dictionary<string, string>>();
                foreach (var set in d.Descendants("ParameterValueSet"))
                {
                    var assignment = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (var a in set.Elements("ParameterAssignment")) assignment[scope.Text(a, "parameterRef")] = scope.Text(a, "value");
                    sets.Add(assignment);
                }

                return sets.Count > 0 ? sets : throw OscError.At(d, "holds no ParameterValueSet");
            default:
                throw OscError.Unsupported(d);
        }
    }

    private static IEnumerable<string> SingleValues(XElement d, OscParameters scope)
    {
        var body = d.Elements().FirstOrDefault() ?? throw OscError.At(d, "holds no distribution");
        switch (body.Name.LocalName)
        {
            case "DistributionSet":
                return body.Elements("Element").Select(e => scope.Text(e, "value")).ToList();
            case "DistributionRange":
                double step = scope.Number(body, "stepWidth");
                var range = body.Element("Range") ?? throw OscError.At(body, "needs a Range");
                double low = scope.Number(range, "lowerLimit"), high = scope.Number(range, "upperLimit");
                if (step <= 0 || high < low) throw OscError.At(body, $"needs stepWidth > 0 and lowerLimit <= upperLimit, found {step}, {low}, {high}");
                var list = new List<string>();
                // Count steps in integers so 10..50 by 5 gives exactly nine values, with no rounding drift.
                long n = (long)Math.Floor((high - low) / step + 1e-9);
                if (n > 100_000) throw OscError.At(body, $"expands into {n + 1} values; at most 100000");
                for (long i = 0; i <= n; i++) list.Add((low + i * step).ToString("R", CultureInfo.InvariantCulture));
                return list;
            default:
                throw OscError.Unsupported(body);
        }
    }

    private static List<Dictionary<string, string>> Stochastic(XElement s, OscParameters scope)
    {
        int runs = (int)scope.Number(s, "numberOfTestRuns");
        if (runs < 1 || runs > 100_000) throw OscError.At(s, $"numberOfTestRuns must be 1..100000, found {runs}");
        var random = new Random((int)scope.Number(s, "randomSeed", 0));
        var draws = new List<(string Name, Func<string> Draw)>();
        foreach (var d in s.Elements("StochasticDistribution"))
        {
            string name = scope.Text(d, "parameterName");
            var body = d.Elements().FirstOrDefault() ?? throw OscError.At(d, "holds no distribution");
            draws.Add((name, Drawer(body, scope, random)));
        }

        var sets = new List<Dictionary<string, string>>();
        for (int i = 0; i < runs; i++)
        {
            var set = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, draw) in draws) set[name] = draw();
            sets.Add(set);
        }

        return sets;
    }

    private static Func<string> Drawer(XElement body, OscParameters scope, Random random)
    {
        static string Text(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        switch (body.Name.LocalName)
        {
            case "UniformDistribution":
            {
                var (low, high) = Range(body, scope) ?? throw OscError.At(body, "needs a Range");
                return () => Text(low + random.NextDouble() * (high - low));
            }

            case "NormalDistribution":
            {
                double mean = scope.Number(body, "expectedValue"), sd = Math.Sqrt(scope.Number(body, "variance"));
                var range = Range(body, scope);
                return () =>
                {
                    for (int tries = 0; tries < 1000; tries++)
                    {
                        double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
                        double v = mean + sd * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
                        if (range is not { } r || (v >= r.Low && v <= r.High)) return Text(v);
                    }

                    return Text(Math.Clamp(mean, range!.Value.Low, range.Value.High));
                };
            }

            case "ProbabilityDistributionSet":
            {
                var elements = body.Elements("Element").Select(e => (Value: scope.Text(e, "value"), Weight: scope.Number(e, "weight"))).ToList();
                double total = elements.Sum(e => e.Weight);
                if (elements.Count == 0 || total <= 0) throw OscError.At(body, "needs elements with positive weights");
                return () =>
                {
                    double pick = random.NextDouble() * total;
                    foreach (var e in elements)
                    {
                        if ((pick -= e.Weight) < 0) return e.Value;
                    }

                    return elements[^1].Value;
                };
            }

            default:
                throw OscError.Unsupported(body);
        }
    }

    private static (double Low, double High)? Range(XElement body, OscParameters scope) =>
        body.Element("Range") is { } r ? (scope.Number(r, "lowerLimit"), scope.Number(r, "upperLimit")) : null;

    private static List<Dictionary<string, string>> Cross(List<Dictionary<string, string>> left, List<Dictionary<string, string>> right)
    {
        var result = new List<Dictionary<string, string>>(left.Count * right.Count);
        foreach (var l in left)
        {
            foreach (var r in right)
            {
                var merged = new Dictionary<string, string>(l, StringComparer.Ordinal);
                foreach (var (k, v) in r) merged[k] = v;
                result.Add(merged);
            }
        }

        if (result.Count > 100_000) throw new InvalidOperationException("distribution expands into more than 100000 cases");
        return result;
    }
}
