using System.CommandLine;
using AebController.Cli.Output;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Model;
using AebController.Scenarios.Running;
using Spectre.Console;

namespace AebController.Cli.Commands;

/// <summary>`aeb` with no command: the demo set, a cross-section of every function, as one table.</summary>
public static class DemoCommand
{
    /// <summary>Catalog cases in the demo besides those tagged "demo".</summary>
    public static readonly string[] Featured = ["ccrs-20", "ccrs-50", "ccrs-80", "ccrm-50", "ccrb-12m-6", "ccrb-40m-2"];

    public static void Attach(RootCommand root, CliContext context)
    {
        var calibration = CalibrationOption.Create();
        root.Options.Add(calibration);
        var world = WorldOption.Create();
        root.Options.Add(world);
        root.SetAction(parse =>
        {
            var catalog = ScenarioCatalog.Builtin;
            var set = new List<ScenarioDefinition>();
            foreach (string name in Featured)
            {
                if (catalog.TryGet(name, out var s)) set.Add(s);
            }

            set.AddRange(catalog.WithTag("demo").Where(s => !set.Contains(s)));
            var runner = new ScenarioRunner(CalibrationOption.Load(parse.GetValue(calibration)), world: WorldOption.Load(parse.GetValue(world)));
            var results = set.AsParallel().AsOrdered().Select(s => new ScenarioRunner(runner.Calibration, runner.Vehicle, runner.World).Run(s)).ToList();
            var console = ConsoleOutput.For(context.Out);
            console.Write(ResultTable.Build(results));
            int failed = results.Count(r => !r.Passed);
            console.WriteLine($"{results.Count - failed} passed, {failed} failed");
            return failed == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        });
    }
}
