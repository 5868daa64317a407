using System.Globalization;

namespace AebController.Firmware.Tests.Calibration;

/// <summary>One accepted range of docs/calibration.md: a field path (<c>forwardAeb.stopMarginM</c>, <c>ultrasonic.lateralM[2]</c>), its ends as written, its unit.</summary>
public sealed record DocumentedRange(string Path, string MinText, string MaxText, string Unit)
{
    public double Min => double.Parse(MinText, CultureInfo.InvariantCulture);
    public double Max => double.Parse(MaxText, CultureInfo.InvariantCulture);
}

/// <summary>One relation of docs/calibration.md: <c>Field Op Than</c>, refused naming <c>Named</c> (full paths).</summary>
public sealed record DocumentedRelation(string Field, string Op, string Than, string Named);

/// <summary>
/// Reads the accepted ranges and relations from docs/calibration.md, the calibration's published
/// contract: the tests are generated from it, not from the validation code's constants.
/// </summary>
public static class CalibrationDoc
{
    private static readonly Lazy<string[]> Lines = new(() => File.ReadAllLines(DocPath()));

    public static IReadOnlyList<DocumentedRange> Ranges { get; } = ReadRanges();
    public static IReadOnlyList<DocumentedRelation> Relations { get; } = ReadRelations();

    public static DocumentedRange Range(string path) =>
        Ranges.SingleOrDefault(r => r.Path == path) ?? throw new KeyNotFoundException($"docs/calibration.md gives no accepted range for {path}");

    private static IReadOnlyList<DocumentedRange> ReadRanges()
    {
        var rows = new List<DocumentedRange>();
        foreach (var cells in TableAfter("## Accepted ranges"))
        {
            // | section | field | min | max | unit |
            string unit = cells[4] == "–" ? "" : cells[4];
            foreach (string path in Paths(cells[0], cells[1]))
            {
                rows.Add(new DocumentedRange(path, cells[2], cells[3], unit));
            }
        }

        return rows;
    }

    private static IReadOnlyList<DocumentedRelation> ReadRelations()
    {
        var rows = new List<DocumentedRelation>();
        foreach (var cells in TableAfter("Relations between fields"))
        {
            // | section | field | must be | than | named |
            foreach (string prefix in Prefixes(cells[0]))
            {
                rows.Add(new DocumentedRelation(prefix + cells[1], cells[2], prefix + cells[3], prefix + cells[4]));
            }
        }

        return rows;
    }

    /// <summary>"reverseAeb lowSpeedForward lowSpeedRear" is three sections; "(top level)" has full paths.</summary>
    private static IEnumerable<string> Prefixes(string sections) =>
        sections == "(top level)" ? [""] : sections.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => s + ".");

    /// <summary>"lateralM[0–5]" is six fields.</summary>
    private static IEnumerable<string> Paths(string sections, string field)
    {
        foreach (string prefix in Prefixes(sections))
        {
            int open = field.IndexOf('[');
            if (open < 0)
            {
                yield return prefix + field;
                continue;
            }

            string[] ends = field[(open + 1)..^1].Split('–');
            for (int i = int.Parse(ends[0], CultureInfo.InvariantCulture); i <= int.Parse(ends[1], CultureInfo.InvariantCulture); i++)
            {
                yield return $"{prefix}{field[..open]}[{i}]";
            }
        }
    }

    /// <summary>The cells of each body row of the first table after the line that starts with <paramref name="heading"/>.</summary>
    private static IEnumerable<string[]> TableAfter(string heading)
    {
        string[] lines = Lines.Value;
        int at = Array.FindIndex(lines, l => l.StartsWith(heading, StringComparison.Ordinal));
        if (at < 0) throw new InvalidOperationException($"docs/calibration.md has no '{heading}'");
        int header = Array.FindIndex(lines, at, l => l.StartsWith('|'));
        for (int i = header + 2; i < lines.Length && lines[i].StartsWith('|'); i++)
        {
            yield return lines[i].Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
        }
    }

    /// <summary>docs/calibration.md of this checkout; deterministic CI builds map source paths to /_/, so look from the binaries too.</summary>
    private static string DocPath([System.Runtime.CompilerServices.CallerFilePath] string here = "")
    {
        foreach (string? start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(here) })
        {
            for (string? dir = start; dir is not null; dir = Path.GetDirectoryName(dir))
            {
                if (File.Exists(Path.Combine(dir, "AebController.sln"))) return Path.Combine(dir, "docs", "calibration.md");
            }
        }

        throw new InvalidOperationException("cannot find the repository root");
    }
}
