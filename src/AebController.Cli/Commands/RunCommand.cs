using System.CommandLine;
using AebController.Cli.Output;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Running;

namespace AebController.Cli.Commands;

/// <summary>`aeb run &lt;name-or-path&gt;`: one scenario closed loop. Exit 0 when its expectations hold, 1 when not, 2 for bad input.</summary>
public static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "Built-in scenario name (see 'aeb list') or path to a scenario JSON file" };
        var json = new Option<bool>("--json") { Description = "Print the result as one JSON object" };
        var trace = new Option<string?>("--trace") { Description = "Write every control cycle to this CSV file" };
        var calibration = CalibrationOption.Create();
        var command = new Command("run", "Run one scenario closed loop against the firmware") { scenario, json, trace, calibration };
        command.SetAction(parse =>
        {
            var definition = ScenarioCatalog.Builtin.Resolve(parse.GetValue(scenario)!);
            var runner = new ScenarioRunner(CalibrationOption.Load(parse.GetValue(calibration)));
            var result = runner.Run(definition);
            if (parse.GetValue(trace) is string tracePath)
            {
                TraceCsv.Write(tracePath, result.Trace);
            }

            if (parse.GetValue(json))
            {
                context.Out.WriteLine(ResultJson.Serialize(result));
            }
            else
            {
                var console = ConsoleOutput.For(context.Out);
                console.Write(ResultTable.Build(new[] { result }));
            }

            return result.Passed ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }
}
