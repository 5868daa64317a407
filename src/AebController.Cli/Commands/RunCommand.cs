using System.CommandLine;
using AebController.Cli.Output;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Running;

namespace AebController.Cli.Commands;

/// <summary>
/// `aeb run &lt;name-or-path&gt;`: a built-in scenario, the user's scenario file, or every case of a
/// matrix file, closed loop. Exit 0 when all expectations hold, 1 when not, 2 for bad input.
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
        var command = new Command("run", "Run one scenario closed loop against the firmware") { scenario, json, trace, calibration, world, seeds };
        command.SetAction(parse =>
        {
            var cases = CaseSelection.Run(parse.GetValue(scenario)!, ScenarioCatalog.Builtin);
            string? tracePath = parse.GetValue(trace) is string t ? OutputPath.CheckFile("--trace", t) : null;
            if (tracePath is not null && cases.Count != 1) throw new UserInputException($"--trace: expected one case, found a matrix of {cases.Count}; run one case by name for its trace");
            int n = WorldOption.Seeds(parse, seeds);
            var runner = new ScenarioRunner(CalibrationOption.Load(parse.GetValue(calibration)), world: WorldOption.Load(parse.GetValue(world)));
            var shownResults = new List<ScenarioResult>();
            var shapes = new List<Dictionary<string, object?>>();
            int passedCases = 0;
            context.Stop.Claim();
            foreach (var definition in cases)
            {
                // Each case once per seed (its own, then the next ones); the run shown is the first failing seed, else the first.
                var results = new List<ScenarioResult>();
                for (int k = 0; k < n && !context.Stop.Requested; k++) results.Add(runner.Run(definition with { Seed = definition.Seed + (ulong)k }));
                if (results.Count < n) break;
                int passed = results.Count(r => r.Passed);
                if (passed == n) passedCases++;
                var shown = results.FirstOrDefault(r => !r.Passed) ?? results[0];
                shownResults.Add(shown);
                var shape = ResultJson.Shape(shown);
                var fields = new Dictionary<string, object?>();
                foreach (var p in shape.GetType().GetProperties()) fields[p.Name] = p.GetValue(shape);
                fields["world"] = runner.World.Name;
                fields["seeds"] = n;
                fields["seed"] = definition.Seed + (ulong)results.IndexOf(shown);
                fields["passRate"] = Math.Round((double)passed / n, 4);
                fields["failedSeeds"] = results.Select((r, k) => (r, k)).Where(x => !x.r.Passed).Select(x => definition.Seed + (ulong)x.k).ToArray();
                shapes.Add(fields);
            }

            if (tracePath is not null && shownResults.Count == 1) TraceCsv.Write(tracePath, shownResults[0].Trace);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(cases.Count == 1 && shapes.Count == 1 ? ResultJson.SerializeAny(shapes[0]) : ResultJson.SerializeAny(shapes));
            }
            else
            {
                ResultTable.Build(shownResults).Write(context.Out, context.OutIsTerminal);
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
}
