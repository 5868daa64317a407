using System.CommandLine;

namespace AebController.Cli.Commands;

/// <summary>The shared --jobs option of every command that runs cases in parallel, and its one check.</summary>
public static class JobsOption
{
    public static Option<int> Create() => new("--jobs")
    {
        Description = "Parallel workers (default: all cores)",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    /// <summary>The number of workers, or exit 2 naming the option and the value as the user wrote it.</summary>
    public static int Workers(ParseResult parse, Option<int> jobs)
    {
        int workers = parse.GetValue(jobs);
        return workers >= 1 ? workers : throw OptionCheck.Refuse(parse, jobs, "a whole number of workers of at least 1");
    }
}
