using System.Diagnostics;
using System.Globalization;
using AebController.Firmware.Runtime;

namespace AebController.Cli.Output;

/// <summary>Runs the operating system's reference latency tool, cyclictest (Debian rt-tests), and reads its histogram.</summary>
public static class CyclictestRunner
{
    public static string? Locate()
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            string candidate = Path.Combine(dir, "cyclictest");
            if (File.Exists(candidate)) return candidate;
        }

        return null;
    }

    /// <summary>
    /// Wake-up latencies in µs as a histogram, or null with the reason when it could not run. When
    /// <paramref name="stop"/> fires, cyclictest is asked to stop with SIGINT (it then prints the
    /// histogram of what it measured) and killed if it has not ended within two seconds: it runs at
    /// SCHED_FIFO and must never outlive aeb.
    /// </summary>
    public static (LogLinearHistogram? Latency, string Note) Run(string path, long periodUs, double durationS, int priority, int cpu, CancellationToken stop = default)
    {
        long loops = Math.Max(1, (long)(durationS * 1e6 / periodUs));
        string args = $"-q -m -i {periodUs} -l {loops} -h 4000" + (priority > 0 ? $" -p {priority}" : "") + (cpu >= 0 ? $" -a {cpu}" : "");
        var info = new ProcessStartInfo(path, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(info);
        if (process is null) return (null, "cyclictest did not start");
        bool interrupted = false;
        try
        {
            var outputTask = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var errorTask = process.StandardError.ReadToEndAsync(CancellationToken.None);
            while (!process.WaitForExit(100))
            {
                if (!stop.IsCancellationRequested) continue;
                interrupted = true;
                _ = SendInterrupt(process.Id);
                if (!process.WaitForExit(2000)) process.Kill(entireProcessTree: true);
                process.WaitForExit();
                break;
            }

            string output = outputTask.GetAwaiter().GetResult();
            string error = errorTask.GetAwaiter().GetResult();
            if (!interrupted && process.ExitCode != 0) return (null, $"cyclictest {args} failed: {error.Trim()}");
            var histogram = Parse(output);
            string note = interrupted ? $"cyclictest {args} (interrupted: {histogram.Count} wake-ups measured)" : $"cyclictest {args}";
            return (histogram.Count > 0 ? histogram : null, note);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    private static int SendInterrupt(int pid)
    {
        try
        {
            return SendSignal(pid, 2);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return -1;
        }
    }

    private static LogLinearHistogram Parse(string output)
    {
        var histogram = new LogLinearHistogram();
        long overflows = 0;
        foreach (string line in output.Split('\n'))
        {
            if (line.StartsWith("# Histogram Overflows:", StringComparison.Ordinal))
            {
                long.TryParse(line.Split(':')[1].Trim().Split(' ')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out overflows);
                continue;
            }

            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || !long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out long us)) continue;
            for (int c = 1; c < parts.Length; c++)
            {
                if (long.TryParse(parts[c], NumberStyles.Integer, CultureInfo.InvariantCulture, out long n))
                {
                    for (long k = 0; k < n; k++) histogram.Record(us);
                }
            }
        }

        for (long k = 0; k < overflows; k++) histogram.Record(4000);
        return histogram;
    }
}
