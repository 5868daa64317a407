using System.CommandLine;
using AebController.Cli.Output;
using AebController.Scenarios.Exploration.Estimation;
using AebController.Scenarios.Exploration.Spaces;

namespace AebController.Cli.Commands;

/// <summary>
/// `aeb estimate &lt;space&gt; [--json] [--seed S] [--jobs J] [--samples N] [--final N] [--calibration F]`:
/// P(collision or false activation) of one encounter drawn from the space's naturalistic weights, with a
/// 95 % interval, by cross-entropy importance sampling; and how many runs naive Monte Carlo would need
/// for the same relative error.
/// </summary>
public static class EstimateCommand
{
    public static Command Create(CliContext context)
    {
        var space = new Argument<string>("space") { Description = "Built-in space (see 'aeb explore --list') or path to a space file" };
        var json = new Option<bool>("--json") { Description = "Print the estimate as one JSON object" };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the sampler", DefaultValueFactory = _ => 1 };
        var jobs = JobsOption.Create();
        var samples = new Option<int>("--samples") { Description = "Samples per cross-entropy level", DefaultValueFactory = _ => 1000 };
        var final = new Option<int>("--final") { Description = "Samples of the final estimate", DefaultValueFactory = _ => 4000 };
        var calibration = CalibrationOption.Create();
        var world = WorldOption.Create();
        var command = new Command("estimate", "Probability of a collision or false activation under naturalistic weights (importance sampling)")
        {
            space, json, seed, jobs, samples, final, calibration, world,
        };
        command.SetAction(parse =>
        {
            var definition = SpaceCatalog.Resolve(parse.GetValue(space)!);
            int workers = JobsOption.Workers(parse, jobs);
            int perLevel = parse.GetValue(samples), finalSamples = parse.GetValue(final);
            if (perLevel < 50) throw OptionCheck.Refuse(parse, samples, "a whole number of samples per level of at least 50");
            if (finalSamples < 100) throw OptionCheck.Refuse(parse, final, "a whole number of final samples of at least 100");
            var cal = CalibrationOption.Load(parse.GetValue(calibration));
            ulong s = parse.GetValue(seed);
            bool quiet = parse.GetValue(json);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var result = CrossEntropyEstimator.Estimate(definition, s, new EstimateOptions(perLevel, finalSamples), workers,
                RunnerEvaluator.Factory(definition, s, cal, WorldOption.Load(parse.GetValue(world))), quiet ? null : line => context.Error.WriteLine(line));
            double seconds = clock.Elapsed.TotalSeconds;
            if (quiet)
            {
                context.Out.WriteLine(ResultJson.SerializeAny(new
                {
                    space = definition.Name, probability = result.Probability, ciLow = result.CiLow, ciHigh = result.CiHigh, runs = result.Runs,
                    naiveRuns = Math.Round(result.NaiveRuns), speedup = Math.Round(result.Speedup, 1), relativeError = result.RelativeError,
                    knownProbability = result.KnownProbability, levels = result.Levels, finalFailures = result.FinalFailures,
                    effectiveSampleSize = Math.Round(result.EffectiveSampleSize, 1), maxWeightShare = result.MaxWeightShare,
                    proposalMean = result.ProposalMean, proposalSigma = result.ProposalSigma, runsPerSecond = Math.Round(result.Runs / seconds, 1),
                }));
            }
            else
            {
                context.Out.WriteLine($"P(collision or false activation) = {result.Probability:G4}, 95 % CI [{result.CiLow:G4}, {result.CiHigh:G4}] from {result.Runs} runs ({result.Levels} levels)");
                context.Out.WriteLine($"naive Monte Carlo would need {result.NaiveRuns:G3} runs for the same relative error ({result.RelativeError:P1}): {result.Speedup:0}x fewer");
                context.Out.WriteLine($"weights: effective sample size {result.EffectiveSampleSize:0.0} of {result.FinalFailures} failing samples, largest weight share {result.MaxWeightShare:P1}");
                if (result.KnownProbability is double known)
                {
                    bool inside = known >= result.CiLow && known <= result.CiHigh;
                    context.Out.WriteLine($"known probability {known:G4}: {(inside ? "inside" : "OUTSIDE")} the interval");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
