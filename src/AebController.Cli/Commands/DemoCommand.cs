using System.CommandLine;
using AebController.Cli.Output;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Running;

namespace AebController.Cli.Commands;

/// <summary>`aeb` with no command: the demo set (the same cases as `aeb suite demo`), a cross-section of every function, as one table.</summary>
public static class DemoCommand
{
    /// <summary>Catalog cases in the demo besides those tagged "demo".</summary>
    public static readonly string[] Featured = ["ccrs-20", "ccrs-50", "ccrs-80", "ccrm-50", "ccrb-12m-6", "ccrb-40m-2"];

    public static void Attach(RootCommand root, CliContext context)
    {
        var calibration = CalibrationOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the demo results as a JSON array" };
        var world = WorldOption.Create();
        root.Options.Add(calibration);
        root.Options.Add(json);
        root.Options.Add(world);
        root.SetAction(parse =>
        {
            var set = CaseSelection.Demo(ScenarioCatalog.Builtin);
            var runner = new ScenarioRunner(CalibrationOption.Load(parse.GetValue(calibration)), world: WorldOption.Load(parse.GetValue(world)));
            var results = set.AsParallel().AsOrdered().WithCancellation(context.Stop.Claim())
                .Select(s => new ScenarioRunner(runner.Calibration, runner.Vehicle, runner.World).Run(s)).ToList();
            int failed = results.Count(r => !r.Passed);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(ResultJson.SerializeAny(results.Select(ResultJson.Shape)));
            }
            else
            {
                ResultTable.Build(results).Write(context.Out, context.OutIsTerminal);
                context.Out.WriteLine($"{results.Count - failed} passed, {failed} failed (the demo suite: 'aeb suite demo' runs the same {results.Count} cases)");
            }

            return failed == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        });
    }
}
