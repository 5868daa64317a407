using System.CommandLine;
using AebController.Scenarios.Exploration.Spaces;
using AebController.Scenarios.Storage;
using AebController.Firmware.Calibration;

namespace AebController.Cli.Commands;

/// <summary>
/// `aeb merge &lt;dir&gt;... --out DIR [--json]`: combines the stores of a campaign's shards into one and
/// analyses it exactly as `aeb explore` does (same JSON), so merged shards equal one unsharded run.
/// </summary>
public static class MergeCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("shards") { Description = "Shard campaign folders (each with campaign.duckdb)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "New folder for the merged campaign", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the summary as one JSON object" };
        var space = new Option<string?>("--space") { Description = "Path of the space file, when the campaign used a file rather than a built-in space" };
        var world = new Option<string?>("--world") { Description = "Path of the world profile, when the campaign used a file rather than ideal or realistic" };
        var command = new Command("merge", "Merge shard stores of one campaign and analyse the whole") { inputs, output, json, space, world };
        command.SetAction(parse =>
        {
            string dir = OutputPath.CheckFolder("--out", parse.GetValue(output)!);
            CampaignMeta meta;
            try
            {
                meta = CampaignMerge.Merge(parse.GetValue(inputs)!, dir);
            }
            catch (StoreMismatchException ex)
            {
                throw new UserInputException(ex.Message);
            }

            var definition = SpaceCatalog.Resolve(parse.GetValue(space) ?? meta.Space);
            if (definition.Fingerprint != meta.SpaceFingerprint)
            {
                throw new UserInputException($"the shards were made with another version of space '{meta.Space}'; pass that file with --space");
            }

            var calibration = CalibrationFile.Parse(meta.CalibrationJson, "the campaign's calibration");
            var profile = WorldOption.Load(parse.GetValue(world) ?? meta.World);
            if (ExploreCommand.WorldJson(profile) != meta.WorldJson)
            {
                throw new UserInputException($"the shards were made in another version of world '{meta.World}'; pass that profile with --world");
            }

            using var store = CampaignStore.OpenExisting(dir);
            return ExploreCommand.Report(context, definition, store, calibration, profile, dir, 0, parse.GetValue(json));
        });
        return command;
    }
}
