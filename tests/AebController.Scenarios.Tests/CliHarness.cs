using AebController.Cli.Commands;

namespace AebController.Scenarios.Tests;

/// <summary>Runs `aeb` in-process as a script would, capturing stdout, stderr and the exit code.</summary>
public static class CliHarness
{
    public static (int Code, string Out, string Err) Aeb(Interruption stop, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, stdout, stderr, stop);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static (int Code, string Out, string Err) Aeb(params string[] args) => Aeb(Interruption.Manual(), args);

    /// <summary>A new empty folder under the system's temporary folder; the test deletes it.</summary>
    public static string TempFolder()
    {
        string path = Path.Combine(Path.GetTempPath(), $"aeb-cli-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }
}
