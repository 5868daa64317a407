using System.CommandLine;
using AebController.Emulation.Profiles;

namespace AebController.Cli.Commands;

/// <summary>
/// The shared --world and --seeds options. The realistic world is the default everywhere: a user's
/// default must be the honest one; `ideal` keeps the original exact models for regression.
/// </summary>
public static class WorldOption
{
    public static Option<string> Create() => new("--world")
    {
        Description = "Sensor world: 'realistic' (default: real sensor behaviour), 'ideal' (exact models, regression) or a profile JSON file",
        DefaultValueFactory = _ => WorldProfile.RealisticName,
    };

    public static Option<int> CreateSeeds() => new("--seeds")
    {
        Description = "Run each case with this many seeds (its own seed, then the next ones) and report the pass rate per case",
        DefaultValueFactory = _ => 1,
    };

    public static WorldProfile Load(string? nameOrPath) => WorldProfile.Resolve(nameOrPath ?? WorldProfile.RealisticName);

    public static int Seeds(int seeds) =>
        seeds is >= 1 and <= 10_000 ? seeds : throw new UserInputException($"--seeds must be between 1 and 10000, got {seeds}");
}
