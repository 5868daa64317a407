namespace AebController.Scenarios.Tests;

/// <summary>
/// The checkout's root (the folder holding AebController.sln), for tests that read the catalog, tests/adversarial or
/// docs from the source tree rather than from the copies beside the test binaries. Found by walking up from the test
/// binaries, which always sit below the checkout (bin/&lt;config&gt;/net10.0), so it works from any working directory
/// and with deterministic builds (whose source paths are mapped to /_/).
/// </summary>
internal static class RepositoryRoot
{
    private const string SolutionFile = "AebController.sln";

    /// <summary>The root's full path; a clear error if the binaries were copied out of a checkout.</summary>
    public static string Path
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, SolutionFile))) return dir.FullName;
            }

            throw new DirectoryNotFoundException($"{SolutionFile} not found above the test binaries in {AppContext.BaseDirectory}");
        }
    }
}
