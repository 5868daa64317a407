using System.CommandLine;
using AebController.Cli.Output;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Model;
using AebController.Scenarios.Running;
using AebController.Scenarios.Scoring;

namespace AebController.Cli.Commands;

/// <summary>
/// `aeb run &lt;name-or-path&gt; [--seed S] [--seeds N]`: a built-in scenario, the user's scenario file, or every case of a
/// matrix file, closed loop. Each seed is judged as `aeb suite` judges it (<see cref="SeedVerdict"/>: a protocol cell by
/// its colour against its comparison run of the same seed index, any other case by its expectations), so a case passes
/// or fails a seed alike alone and inside any suite. Exit 0 when every seed of every case passed, 1 when not, 2 for bad input.
/// </summary>
public static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "Built-in scenario name (see 'aeb list'), a scenario JSON file, or a .matrix.json file (runs each case)" };
        var json = new Option<bool>("--json") { Description = "Print the result as one JSON object (an array for a matrix)" };
        var trace = new Option<string?>("--trace") { Description = "Write every control cycle to this CSV file (its folder must exist)" };
        var calibration = CalibrationOption.Create();
        var world = WorldOption.Create();
        var seeds = WorldOption.CreateSeeds();
        var firstSeed = new Option<ulong>("--seed")
        {
            Description = "The first seed (default: the case's own, from its file); with --seeds N this seed and the N-1 following ones "
                + "(`aeb suite --seeds` runs a case at its own seed and the following ones, and names a failing seed by its number)",
        };
        var command = new Command("run", "Run one scenario closed loop against the firmware") { scenario, json, trace, calibration, world, seeds, firstSeed };
        command.SetAction(parse =>
        {
            var cases = CaseSelection.Run(parse.GetValue(scenario)!, ScenarioCatalog.Builtin);
            string? tracePath = parse.GetValue(trace) is string t ? OutputPath.CheckFile("--trace", t) : null;
            if (tracePath is not null && cases.Count != 1) throw new UserInputException($"--trace: expected one case, found a matrix of {cases.Count}; run one case by name for its trace");
            int n = WorldOption.Seeds(parse, seeds);
            var runner = new ScenarioRunner(CalibrationOption.Load(parse.GetValue(calibration)), world: WorldOption.Load(parse.GetValue(world)));
            // A cell judged against a comparison run needs that case: found (or refused) before the first run.
            var comparisons = cases.Select(c => ComparisonRuns.Find(c, cases, ScenarioCatalog.Builtin)).ToList();
            var shownResults = new List<ScenarioResult>();
            var shapes = new List<Dictionary<string, object?>>();
            var shownVerdicts = new List<string>();
            int passedCases = 0;
            context.Stop.Claim();
            for (int i = 0; i < cases.Count; i++)
            {
                var definition = cases[i];
                // Seed index k is the case's own seed plus k (the suite's numbering); --seed moves the first index.
                ulong firstIndex = parse.GetResult(firstSeed) is null ? 0UL : unchecked(parse.GetValue(firstSeed) - definition.Seed);
                var results = new List<ScenarioResult>();
                var verdicts = new List<SeedVerdict>();
                for (int k = 0; k < n && !context.Stop.Requested; k++)
                {
                    ulong index = unchecked(firstIndex + (ulong)k);
                    var run = runner.Run(definition with { Seed = unchecked(definition.Seed + index) });
                    results.Add(run);
                    verdicts.Add(SeedVerdict.Of(definition, run, CaseScorer.Score(definition, run), ComparisonRuns.Run(comparisons[i], index, runner)));
                }

                if (results.Count < n) break;
                int passed = verdicts.Count(v => v.Passed);
                if (passed == n) passedCases++;
                // The run shown is the worst seed (the first of equals), as the suite shows it.
                int shownAt = 0;
                for (int k = 1; k < n; k++)
                {
                    if (verdicts[k].WorseThan(verdicts[shownAt])) shownAt = k;
                }

                var shown = results[shownAt];
                shownResults.Add(shown);
                shownVerdicts.Add((verdicts[shownAt].Passed ? "pass" : "FAIL") + (definition.Cell is null ? "" : $" ({verdicts[shownAt].Colour})"));
                var shape = ResultJson.Shape(shown);
                var fields = new Dictionary<string, object?>();
                foreach (var p in shape.GetType().GetProperties()) fields[p.Name] = p.GetValue(shape);
                fields["passed"] = verdicts[shownAt].Passed;
                fields["expectationsMet"] = shown.Passed;
                fields["colour"] = definition.Cell is null ? null : verdicts[shownAt].Colour.ToString();
                fields["world"] = runner.World.Name;
                fields["seeds"] = n;
                fields["seed"] = SeedOf(definition, firstIndex, shownAt);
                fields["passRate"] = Math.Round((double)passed / n, 4);
                fields["failedSeeds"] = verdicts.Select((v, k) => (v, k)).Where(x => !x.v.Passed).Select(x => SeedOf(definition, firstIndex, x.k)).ToArray();
                shapes.Add(fields);
            }

            if (tracePath is not null && shownResults.Count == 1) TraceCsv.Write(tracePath, shownResults[0].Trace);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(cases.Count == 1 && shapes.Count == 1 ? ResultJson.SerializeAny(shapes[0]) : ResultJson.SerializeAny(shapes));
            }
            else
            {
                ResultTable.Build(shownResults, shownVerdicts).Write(context.Out, context.OutIsTerminal);
                context.Out.WriteLine($"world {runner.World.Name}, {n} seed(s): {passedCases}/{shownResults.Count} case(s) passed every seed");
            }

            if (context.Stop.Requested)
            {
                context.Error.WriteLine($"aeb: interrupted by {context.Stop.SignalName}: {shownResults.Count} of {cases.Count} cases finished");
                return context.Stop.ExitCode;
            }

            return passedCases == cases.Count ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    private static ulong SeedOf(ScenarioDefinition definition, ulong firstIndex, int k) => unchecked(definition.Seed + firstIndex + (ulong)k);
}
