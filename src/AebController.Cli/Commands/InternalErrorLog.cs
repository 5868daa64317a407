namespace AebController.Cli.Commands;

/// <summary>
/// Where an unexpected exception goes: the details into a log file, one line and exit code 3 for the
/// user. A .NET type name or stack trace never reaches the terminal.
/// </summary>
public static class InternalErrorLog
{
    public static string Write(Exception ex, string[] args)
    {
        string directory = Path.Combine(Path.GetTempPath(), "aeb-logs");
        string path = Path.Combine(directory, $"aeb-internal-error-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}.log");
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, $"aeb {string.Join(' ', args)}\n{DateTime.UtcNow:O}\n{ex}\n");
            return path;
        }
        catch (Exception writeFailure) when (writeFailure is IOException or UnauthorizedAccessException)
        {
            return "(the log could not be written: " + writeFailure.Message + ")";
        }
    }
}
