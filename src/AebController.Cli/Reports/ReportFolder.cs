namespace AebController.Cli.Reports;

/// <summary>
/// A report folder that is either complete or absent: the report is written into a temporary folder
/// beside the target and renamed into place at the end. Checked before any work starts: the parent must
/// exist and be writable, and a non-empty target must hold an earlier aeb report (which is replaced,
/// saying so) and nothing else.
/// </summary>
public sealed class ReportFolder : IDisposable
{
    /// <summary>Marks a folder as an aeb report, so a later run may replace it and nothing else.</summary>
    public const string Marker = ".aeb-report";

    private bool _committed;

    private ReportFolder(string target, string staging, string? replaces)
    {
        Target = target;
        Staging = staging;
        Replaces = replaces;
    }

    /// <summary>The folder the user named, as a full path.</summary>
    public string Target { get; }

    /// <summary>Where the report is written until it is complete.</summary>
    public string Staging { get; }

    /// <summary>What the target held before (the earlier report's suite), or null when it was new or empty.</summary>
    public string? Replaces { get; }

    public static ReportFolder Prepare(string directory)
    {
        string target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        if (File.Exists(target)) throw new Commands.UserInputException($"--report: expected a folder, found a file: {directory}");
        string parent = Path.GetDirectoryName(target) ?? target;
        if (!Directory.Exists(parent)) throw new Commands.UserInputException($"--report: the folder {parent} does not exist; create it or choose another place");
        string? replaces = null;
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            string marker = Path.Combine(target, Marker);
            bool legacy = File.Exists(Path.Combine(target, "index.html")) && File.Exists(Path.Combine(target, "results.json"));
            if (!File.Exists(marker) && !legacy)
            {
                throw new Commands.UserInputException($"--report: {directory} holds files that are not an aeb report; choose an empty or new folder (nothing was changed)");
            }

            replaces = File.Exists(marker) ? File.ReadAllText(marker).Trim() : "an earlier run";
            if (replaces.Length == 0) replaces = "an earlier run";
        }

        string staging = Path.Combine(parent, $".{Path.GetFileName(target)}.aeb-writing-{Environment.ProcessId}");
        try
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            Directory.CreateDirectory(staging);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new Commands.UserInputException($"--report: cannot create {directory}: {parent} takes no new folders ({Commands.OutputPath.Reason(ex)}); choose another place");
        }

        if (Directory.Exists(target)) ProbeReplace(target, staging, directory);
        return new ReportFolder(target, staging, replaces);
    }

    /// <summary>
    /// The finished report replaces an existing folder by renaming it away: try that rename now (and undo
    /// it), so a folder that cannot be replaced (locked, immutable) is refused before any case runs.
    /// </summary>
    private static void ProbeReplace(string target, string staging, string given)
    {
        string moved = staging + "-probe";
        try
        {
            Directory.Move(target, moved);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            Directory.Delete(staging, recursive: true);
            throw new Commands.UserInputException($"--report: {given} cannot be replaced ({Commands.OutputPath.Reason(ex)}); choose another place (nothing was changed)");
        }

        Directory.Move(moved, target);
    }

    /// <summary>Moves the finished report into place, replacing an earlier report whole (no stale traces stay behind).</summary>
    public void Commit(string suite)
    {
        File.WriteAllText(Path.Combine(Staging, Marker), suite + "\n");
        string? old = null;
        if (Directory.Exists(Target))
        {
            old = Staging + "-old";
            Directory.Move(Target, old);
        }

        Directory.Move(Staging, Target);
        _committed = true;
        if (old is not null) Directory.Delete(old, recursive: true);
    }

    /// <summary>Without a commit (interrupted, failed) the partial report is removed: a report is complete or absent.</summary>
    public void Dispose()
    {
        if (_committed) return;
        try
        {
            if (Directory.Exists(Staging)) Directory.Delete(Staging, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Leave it; it is hidden and named after this process.
        }
    }
}
