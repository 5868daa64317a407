using System.CommandLine;
using AebController.Emulation.Profiles;

namespace AebController.Cli.Commands;

/// <summary>
/// The shared --world and --seeds options. The realistic world is the default: a pass in an ideal world proves
/// little, so a user's default must be the honest one. `--world ideal` keeps the exact models for regression
/// and teaching (docs/sensors.md gives both worlds side by side).
/// </summary>
public static class WorldOption
{
    /// <summary>The world used when --world is not given.</summary>
    public const string DefaultWorld = WorldProfile.RealisticName;

    public static Option<string> Create() => new("--world")
    {
        Description = $"World: 'realistic' (real sensors, vehicle and road users), 'ideal' (exact models, regression) or a profile JSON file; default '{DefaultWorld}'",
        DefaultValueFactory = _ => DefaultWorld,
    };

    public static Option<int> CreateSeeds() => new("--seeds")
    {
        Description = "Run each case with this many seeds (its own seed, then the next ones) and report the pass rate per case",
        DefaultValueFactory = _ => 1,
    };

    public static WorldProfile Load(string? nameOrPath) => WorldProfile.Resolve(nameOrPath ?? DefaultWorld);

    public static int Seeds(ParseResult parse, Option<int> option)
    {
        int seeds = parse.GetValue(option);
        return seeds is >= 1 and <= 10_000 ? seeds : throw OptionCheck.Refuse(parse, option, "a whole number of seeds from 1 to 10000");
    }
}
