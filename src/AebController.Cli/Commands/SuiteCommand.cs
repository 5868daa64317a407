using System.CommandLine;
using AebController.Cli.Output;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Running;
using Spectre.Console;

namespace AebController.Cli.Commands;

/// <summary>`aeb suite &lt;name&gt;`: every case of a suite, in parallel, as a table.</summary>
public static class SuiteCommand
{
    public static Command Create(CliContext context)
    {
        var suite = new Argument<string>("suite") { Description = "Suite (tag) name, or 'all'" };
        var jobs = new Option<int>("--jobs") { Description = "Parallel workers (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var calibration = CalibrationOption.Create();
        var command = new Command("suite", "Run every case of a suite closed loop") { suite, jobs, calibration };
        command.SetAction(parse =>
        {
            var catalog = ScenarioCatalog.Builtin;
            string name = parse.GetValue(suite)!;
            var cases = catalog.WithTag(name);
            if (cases.Count == 0) throw new UserInputException($"no suite '{name}'; suites: all, {string.Join(", ", catalog.Tags)}");
            int workers = parse.GetValue(jobs);
            if (workers < 1) throw new UserInputException($"--jobs must be at least 1, got {workers}");
            var runner = new ScenarioRunner(CalibrationOption.Load(parse.GetValue(calibration)));
            var results = cases.AsParallel().AsOrdered().WithDegreeOfParallelism(workers).Select(s => runner.Run(s)).ToList();
            var console = ConsoleOutput.For(context.Out);
            console.Write(ResultTable.Build(results));
            int failed = results.Count(r => !r.Passed);
            console.WriteLine($"{results.Count - failed} passed, {failed} failed");
            return failed == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }
}
