using System.Globalization;
using System.Text.Json.Nodes;
using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Exploration.Sampling;
using AebController.Scenarios.Exploration.Search;
using AebController.Scenarios.Exploration.Spaces;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Exploration.Tuning;

/// <summary>
/// Searches calibration values (never code) that maximise the score over a training set of a space:
/// points for correct actions, deductions for collisions, false activations, late warnings and needless
/// harshness (the suite scorer's rules). The search is the cross-entropy method over the knobs' intervals,
/// starting at the current values; every candidate is validated as a calibration file would be. The
/// training and held-out sets are Halton points of the space under different seeds, so the held-out
/// score shows whether the gain generalises.
/// </summary>
public static class CalibrationTuner
{
    public static TuneResult Tune(ScenarioSpace space, IReadOnlyList<TuneKnob> knobs, AebCalibration baseline, WorldProfile world, ulong seed,
        int trainingCases, int heldOutCases, int population, int iterations, int jobs, Action<string>? log = null)
    {
        var training = Points(space, seed, trainingCases);
        var heldOut = Points(space, seed + 1_000_003, heldOutCases);
        var baseNode = JsonNode.Parse(CalibrationFile.ToJson(baseline))!.AsObject();
        var defaults = knobs.ToDictionary(k => k.Path, k => Read(baseNode, k.Path), StringComparer.Ordinal);
        long runs = 0;

        double Score(double[] unit, (double[] Values, long Index)[] set)
        {
            var cal = Calibration(baseline, knobs, unit);
            if (cal is null) return double.NegativeInfinity;
            runs += set.Length;
            return Evaluate(space, cal, world, seed, set, jobs);
        }

        var start = knobs.Select(k => Math.Clamp((defaults[k.Path] - k.Min) / (k.Max - k.Min), 0, 1)).ToArray();
        double defaultTraining = Score(start, training);
        var best = (double[])start.Clone();
        double bestScore = defaultTraining;
        var mean = (double[])start.Clone();
        var sigma = Enumerable.Repeat(0.25, knobs.Count).ToArray();
        int candidates = 1;
        for (int it = 0; it < iterations; it++)
        {
            var scored = new List<(double Score, double[] Unit)>();
            for (int c = 0; c < population; c++)
            {
                var rng = SplitMix64.For(seed, 0x7E7E + (ulong)it, (ulong)c);
                var unit = mean.Select((m, i) => Math.Clamp(m + sigma[i] * rng.NextGaussian(), 0, 1)).ToArray();
                double s = Score(unit, training);
                candidates++;
                scored.Add((s, unit));
                if (s > bestScore)
                {
                    bestScore = s;
                    best = unit;
                }
            }

            var elite = scored.Where(x => !double.IsNegativeInfinity(x.Score)).OrderByDescending(x => x.Score).Take(Math.Max(2, population / 3)).ToList();
            if (elite.Count == 0) continue;
            for (int i = 0; i < mean.Length; i++)
            {
                double m = elite.Average(e => e.Unit[i]);
                double sd = Math.Sqrt(elite.Average(e => (e.Unit[i] - m) * (e.Unit[i] - m)));
                mean[i] = 0.7 * m + 0.3 * mean[i];
                sigma[i] = Math.Max(0.03, 0.7 * sd + 0.3 * sigma[i]);
            }

            log?.Invoke($"iteration {it + 1}: best training score {bestScore:0.0000} (default {defaultTraining:0.0000})");
        }

        double defaultHeld = Score(start, heldOut);
        double tunedHeld = Score(best, heldOut);
        var values = knobs.Select((k, i) => (k.Path, Value: Value(k, best[i]))).ToDictionary(x => x.Path, x => x.Value, StringComparer.Ordinal);
        return new TuneResult(values, defaults, Overrides(knobs, best).ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }),
            defaultTraining, bestScore, defaultHeld, tunedHeld, candidates, runs);
    }

    /// <summary>Mean score share (points after deductions over maximum) of a calibration on a set of points.</summary>
    public static double Evaluate(ScenarioSpace space, AebCalibration calibration, WorldProfile world, ulong seed, (double[] Values, long Index)[] set, int jobs)
    {
        var points = new double[set.Length];
        var max = new double[set.Length];
        Parallel.For(0, set.Length, new ParallelOptions { MaxDegreeOfParallelism = jobs }, () => new ScenarioRunner(calibration, null, world), (j, _, runner) =>
        {
            var scenario = space.Instantiate(set[j].Values, seed, set[j].Index);
            var record = OutcomeMeasure.Measure(scenario, runner.Run(scenario), set[j].Index, 0, set[j].Values, set[j].Values);
            points[j] = record.Score;
            max[j] = record.MaxScore;
            return runner;
        }, _ => { });
        double total = max.Sum();
        return total > 0 ? points.Sum() / total : 0;
    }

    private static (double[] Values, long Index)[] Points(ScenarioSpace space, ulong seed, int count)
    {
        var list = new List<(double[], long)>();
        var v = new double[space.Dimensions];
        for (long i = 0; list.Count < count && i < count * 20L; i++)
        {
            Halton.Point(seed, i, v);
            var x = new double[space.Dimensions];
            space.FromSearch(v, x);
            if (space.IsValid(x)) list.Add((x, i));
        }

        return list.ToArray();
    }

    private static AebCalibration? Calibration(AebCalibration baseline, IReadOnlyList<TuneKnob> knobs, double[] unit)
    {
        var node = JsonNode.Parse(CalibrationFile.ToJson(baseline))!.AsObject();
        var overrides = Overrides(knobs, unit);
        foreach (var (section, fields) in overrides)
        {
            foreach (var (field, value) in fields!.AsObject()) node[section]![field] = value!.DeepClone();
        }

        try
        {
            return CalibrationFile.Parse(node.ToJsonString(), "tuning candidate");
        }
        catch (CalibrationException)
        {
            return null;
        }
    }

    private static JsonObject Overrides(IReadOnlyList<TuneKnob> knobs, double[] unit)
    {
        var root = new JsonObject();
        for (int i = 0; i < knobs.Count; i++)
        {
            var parts = knobs[i].Path.Split('.');
            if (root[parts[0]] is not JsonObject section) root[parts[0]] = section = new JsonObject();
            section[parts[1]] = Value(knobs[i], unit[i]);
        }

        return root;
    }

    /// <summary>A knob's value, rounded to 3 significant decimals so the file reads cleanly.</summary>
    private static double Value(TuneKnob k, double unit) => Math.Round(k.Min + unit * (k.Max - k.Min), 3);

    private static double Read(JsonObject node, string path)
    {
        var parts = path.Split('.');
        return node[parts[0]]?[parts[1]] is JsonValue v && v.TryGetValue(out double d)
            ? d
            : throw new InvalidOperationException($"no calibration field '{path}'");
    }

    public static string Format(double d) => d.ToString("0.####", CultureInfo.InvariantCulture);
}
