using System.CommandLine;
using AebController.Cli.Output;
using AebController.Scenarios.Exploration.Spaces;
using AebController.Scenarios.Exploration.Tuning;

namespace AebController.Cli.Commands;

/// <summary>
/// `aeb tune &lt;space&gt; [--out FILE] [--cases N] [--held-out N] [--population P] [--iterations I] [--seed S]
/// [--jobs J] [--json] [--calibration F] [--world W]`: searches calibration values that maximise the score
/// on a training set of the space, reports the held-out score next to the starting calibration's, and
/// writes the tuned values as a calibration file that --calibration takes.
/// </summary>
public static class TuneCommand
{
    public static Command Create(CliContext context)
    {
        var space = new Argument<string>("space") { Description = "Built-in space (see 'aeb explore --list') or path to a space file" };
        var output = new Option<string?>("--out") { Description = "Calibration file to write (default: tuned-<space>.calibration.json)" };
        var cases = new Option<int>("--cases") { Description = "Training cases (Halton points of the space)", DefaultValueFactory = _ => 96 };
        var heldOut = new Option<int>("--held-out") { Description = "Held-out cases (Halton points under another seed)", DefaultValueFactory = _ => 96 };
        var population = new Option<int>("--population") { Description = "Candidates per iteration", DefaultValueFactory = _ => 10 };
        var iterations = new Option<int>("--iterations") { Description = "Cross-entropy iterations", DefaultValueFactory = _ => 4 };
        var seed = new Option<ulong>("--seed") { Description = "Seed", DefaultValueFactory = _ => 1 };
        var jobs = JobsOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the result as one JSON object" };
        var calibration = CalibrationOption.Create();
        var world = WorldOption.Create();
        var command = new Command("tune", "Search calibration values that maximise the score on a space; report held-out score; write a calibration file")
        {
            space, output, cases, heldOut, population, iterations, seed, jobs, json, calibration, world,
        };
        command.SetAction(parse =>
        {
            var definition = SpaceCatalog.Resolve(parse.GetValue(space)!);
            int n = parse.GetValue(cases), h = parse.GetValue(heldOut), p = parse.GetValue(population), it = parse.GetValue(iterations), workers = JobsOption.Workers(parse, jobs);
            if (n < 4) throw OptionCheck.Refuse(parse, cases, "a whole number of cases of at least 4");
            if (h < 4) throw OptionCheck.Refuse(parse, heldOut, "a whole number of held-out cases of at least 4");
            if (p < 2) throw OptionCheck.Refuse(parse, population, "a whole number of at least 2");
            if (it < 1) throw OptionCheck.Refuse(parse, iterations, "a whole number of at least 1");
            var baseline = CalibrationOption.Load(parse.GetValue(calibration));
            string file = parse.GetValue(output) ?? $"tuned-{definition.Name}.calibration.json";
            OutputPath.CheckFile("--out", file);
            var tags = definition.Template["tags"]?.AsArray().Select(t => t!.GetValue<string>()) ?? [];
            var knobs = TuneKnob.For(tags);
            bool quiet = parse.GetValue(json);
            var result = CalibrationTuner.Tune(definition, knobs, baseline, WorldOption.Load(parse.GetValue(world)), parse.GetValue(seed), n, h, p, it, workers,
                quiet ? null : line => context.Error.WriteLine(line));
            File.WriteAllText(file, result.CalibrationJson + "\n");
            if (quiet)
            {
                context.Out.WriteLine(ResultJson.SerializeAny(new
                {
                    space = definition.Name, file, values = result.Values, defaults = result.Defaults,
                    defaultTrainingScore = Math.Round(result.DefaultTrainingScore, 4), tunedTrainingScore = Math.Round(result.TunedTrainingScore, 4),
                    defaultHeldOutScore = Math.Round(result.DefaultHeldOutScore, 4), tunedHeldOutScore = Math.Round(result.TunedHeldOutScore, 4),
                    candidates = result.Candidates, runs = result.Runs,
                }));
            }
            else
            {
                context.Out.WriteLine($"training score: default {result.DefaultTrainingScore:0.0000}, tuned {result.TunedTrainingScore:0.0000} ({result.Candidates} candidates, {result.Runs} runs)");
                context.Out.WriteLine($"held-out score: default {result.DefaultHeldOutScore:0.0000}, tuned {result.TunedHeldOutScore:0.0000}");
                foreach (var (path, value) in result.Values) context.Out.WriteLine($"  {path}: {CalibrationTuner.Format(result.Defaults[path])} -> {CalibrationTuner.Format(value)}");
                context.Out.WriteLine($"calibration written to {file} (use it with --calibration)");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
