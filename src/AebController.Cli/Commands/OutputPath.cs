namespace AebController.Cli.Commands;

/// <summary>Checks an output file path before any work starts: its folder must exist and take a new file. Creates no folder.</summary>
public static class OutputPath
{
    public static string CheckFile(string option, string path)
    {
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new UserInputException($"{option}: expected a file path, found a folder: {path}");
        string? folder = Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder)) throw new UserInputException($"{option}: the folder {folder ?? path} does not exist (aeb creates no folders for a file); create it or choose another path");
        string probe = Path.Combine(folder, $".aeb-probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new UserInputException($"{option}: cannot write in {folder} ({(ex is UnauthorizedAccessException ? "permission denied" : ex.Message)})");
        }

        return full;
    }
}
