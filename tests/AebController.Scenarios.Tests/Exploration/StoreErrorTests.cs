using System.Diagnostics;
using AebController.Cli.Commands;
using DuckDB.NET.Data;

namespace AebController.Scenarios.Tests.Exploration;

/// <summary>A store that cannot be used is bad input: one line naming the file and why, exit 2, no stack trace.</summary>
public class StoreErrorTests
{
    private static (int Code, string Out, string Err) Aeb(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_refused_in_one_line_with_exit_2()
    {
        using var tmp = new TempFolder();
        string dir = tmp.Sub("bad");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "campaign.duckdb"), "not a database\n");
        foreach (var args in new[] { new[] { "explore", "forward-aeb", "--budget", "32", "--out", dir }, ["merge", dir, "--out", tmp.Sub("merged")] })
        {
            var (code, _, err) = Aeb(args);
            Assert.True(code == 2, $"{args[0]}: exit {code}: {err}");
            Assert.Single(err.Trim().Split('\n'));
            Assert.Contains("campaign.duckdb", err);
            Assert.Contains("not a campaign store", err);
        }
    }

    [Fact]
    public void A_store_locked_by_another_process_is_refused_in_one_line_with_exit_2()
    {
        using var tmp = new TempFolder();
        string dir = tmp.Sub("locked");
        Directory.CreateDirectory(dir);
        // This process holds the store open (DuckDB locks the file for one process); a second aeb process must say so.
        using var holder = new DuckDBConnection($"Data Source={Path.Combine(dir, "campaign.duckdb")}");
        holder.Open();
        string aeb = Path.Combine(AppContext.BaseDirectory, "aeb.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [aeb, "explore", "forward-aeb", "--budget", "32", "--out", dir, "--store-only"])
        { RedirectStandardOutput = true, RedirectStandardError = true })!;
        string err = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "aeb did not end");
        Assert.True(process.ExitCode == 2, $"exit {process.ExitCode}: {err}");
        Assert.Single(err.Trim().Split('\n'));
        Assert.Contains("in use by another process", err);
        Assert.DoesNotContain(" at ", err);
    }
}
