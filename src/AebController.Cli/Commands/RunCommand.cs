using System.CommandLine;
using AebController.Cli.Output;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Running;
using Spectre.Console;

namespace AebController.Cli.Commands;

/// <summary>
/// `aeb run &lt;name-or-path&gt; [--world W] [--seeds N]`: one scenario closed loop, with N seeds.
/// Exit 0 when its expectations hold for every seed, 1 when not, 2 for bad input.
/// </summary>
public static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "Built-in scenario name (see 'aeb list') or path to a scenario JSON file" };
        var json = new Option<bool>("--json") { Description = "Print the result as one JSON object" };
        var trace = new Option<string?>("--trace") { Description = "Write every control cycle to this CSV file (of the first failing seed, else the first)" };
        var calibration = CalibrationOption.Create();
        var world = WorldOption.Create();
        var seeds = WorldOption.CreateSeeds();
        var command = new Command("run", "Run one scenario closed loop against the firmware") { scenario, json, trace, calibration, world, seeds };
        command.SetAction(parse =>
        {
            var definition = ScenarioCatalog.Builtin.Resolve(parse.GetValue(scenario)!);
            int n = WorldOption.Seeds(parse.GetValue(seeds));
            var runner = new ScenarioRunner(CalibrationOption.Load(parse.GetValue(calibration)), world: WorldOption.Load(parse.GetValue(world)));
            var results = new ScenarioResult[n];
            for (int k = 0; k < n; k++) results[k] = runner.Run(definition with { Seed = definition.Seed + (ulong)k });
            int passed = results.Count(r => r.Passed);
            var shown = results.FirstOrDefault(r => !r.Passed) ?? results[0];
            if (parse.GetValue(trace) is string tracePath)
            {
                TraceCsv.Write(tracePath, shown.Trace);
            }

            if (parse.GetValue(json))
            {
                var shape = ResultJson.Shape(shown);
                var fields = new Dictionary<string, object?>();
                foreach (var p in shape.GetType().GetProperties()) fields[p.Name] = p.GetValue(shape);
                fields["world"] = runner.World.Name;
                fields["seeds"] = n;
                fields["seed"] = definition.Seed + (ulong)Array.IndexOf(results, shown);
                fields["passRate"] = Math.Round((double)passed / n, 4);
                fields["failedSeeds"] = results.Select((r, k) => (r, k)).Where(x => !x.r.Passed).Select(x => definition.Seed + (ulong)x.k).ToArray();
                context.Out.WriteLine(ResultJson.SerializeAny(fields));
            }
            else
            {
                var console = ConsoleOutput.For(context.Out);
                console.Write(ResultTable.Build(n == 1 ? results : [shown]));
                console.WriteLine($"world {runner.World.Name}: {passed}/{n} seeds passed");
            }

            return passed == n ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }
}
