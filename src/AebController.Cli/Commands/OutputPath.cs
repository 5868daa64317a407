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
        Probe(option, folder);
        return full;
    }

    /// <summary>
    /// Checks an output folder before any work starts: an existing folder must take new files; a new one
    /// must have an existing, writable parent (aeb creates only the last level). Returns the path as given.
    /// </summary>
    public static string CheckFolder(string option, string path)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        if (File.Exists(full)) throw new UserInputException($"{option}: expected a folder, found a file: {path}");
        string? parent = Path.GetDirectoryName(full);
        string writable = Directory.Exists(full) ? full : parent ?? full;
        if (!Directory.Exists(writable)) throw new UserInputException($"{option}: the folder {writable} does not exist; create it or choose another place");
        Probe(option, writable);
        return path;
    }

    /// <summary>Creates and deletes a hidden file in <paramref name="folder"/>: the one sure test that files can be written there.</summary>
    private static void Probe(string option, string folder)
    {
        string probe = Path.Combine(folder, $".aeb-probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new UserInputException($"{option}: cannot write in {folder} ({Reason(ex)}); choose another place");
        }
    }

    /// <summary>Why the system refused, in words (no .NET message with a probe file's name).</summary>
    public static string Reason(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "permission denied",
        IOException io when io.HResult == 30 || io.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase) => "read-only file system",
        IOException io when io.HResult == 28 || io.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase) => "no space left on the device",
        // /proc, /sys and similar refuse a new entry with "not found"; .NET's message would name aeb's probe file.
        FileNotFoundException or DirectoryNotFoundException => "this file system takes no new files",
        IOException io when io.Message.Contains("Is a directory", StringComparison.OrdinalIgnoreCase) => "a folder stands where the file would go",
        // Otherwise the system's own words, without the paths .NET quotes (aeb's probe and staging names).
        _ => System.Text.RegularExpressions.Regex.Replace(ex.Message, @"\s*:?\s*'[^']*'", "").Trim(' ', '.', ':'),
    };
}
