using AebController.Firmware.Files;
using AebController.Scenarios.Catalog;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Model;
using AebController.Scenarios.OpenScenario;

namespace AebController.Cli.Commands;

/// <summary>
/// What `aeb suite` and `aeb run` are given: a built-in suite or scenario name, or the user's own
/// scenario file, matrix file, OpenSCENARIO file or folder of such files (read recursively, matrices expanded).
/// </summary>
public static class CaseSelection
{
    /// <summary>The demo set: the same cases for `aeb` without a command and for `aeb suite demo`.</summary>
    public static IReadOnlyList<ScenarioDefinition> Demo(ScenarioCatalog catalog)
    {
        var set = new List<ScenarioDefinition>();
        foreach (string name in DemoCommand.Featured)
        {
            if (catalog.TryGet(name, out var s)) set.Add(s);
        }

        set.AddRange(catalog.WithTag("demo").Where(s => !set.Contains(s)));
        return set;
    }

    public static (string Label, IReadOnlyList<ScenarioDefinition> Cases) Suite(string argument, ScenarioCatalog catalog)
    {
        if (string.Equals(argument, "demo", StringComparison.OrdinalIgnoreCase)) return ("demo", Demo(catalog));
        if (OpenScenarioImporter.IsOpenScenario(argument)) return (Path.GetFileName(argument), OpenScenarioImporter.Load(argument));
        var tagged = catalog.WithTag(argument);
        if (tagged.Count > 0) return (argument, tagged);
        if (Directory.Exists(argument)) return (Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(argument))), Folder(argument));
        if (System.IO.File.Exists(argument)) return (Path.GetFileName(argument), FromFile(argument));
        throw new UserInputException($"no suite, folder or file named '{argument}'; suites: all, {string.Join(", ", catalog.Tags)} (or give a scenario file, a .matrix.json file or a folder)");
    }

    /// <summary>One name or path for `aeb run`: a built-in name, a scenario file, or a matrix file (all its cases).</summary>
    public static IReadOnlyList<ScenarioDefinition> Run(string argument, ScenarioCatalog catalog)
    {
        if (catalog.TryGet(argument, out var builtin)) return [builtin];
        if (System.IO.File.Exists(argument) && argument.EndsWith(".matrix.json", StringComparison.OrdinalIgnoreCase)) return FromFile(argument);
        if (System.IO.File.Exists(argument) && OpenScenarioImporter.IsOpenScenario(argument)) return OpenScenarioImporter.Load(argument);
        return [catalog.Resolve(argument)];
    }

    private static IReadOnlyList<ScenarioDefinition> FromFile(string path)
    {
        string json = Read(path);
        return ScenarioCatalog.Read([(path, json)]).Select(e => e.Scenario).ToList();
    }

    private static IReadOnlyList<ScenarioDefinition> Folder(string path)
    {
        var files = Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var xosc = Directory.EnumerateFiles(path, "*.xosc", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0 && xosc.Count == 0) throw new UserInputException($"{path}: the folder holds no .json scenario, .matrix.json or .xosc files");
        var cases = ScenarioCatalog.Read(files.Select(f => (f, Read(f)))).Select(e => e.Scenario).ToList();
        foreach (string f in xosc) cases.AddRange(OpenScenarioImporter.Load(f));
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in cases)
        {
            if (!names.Add(c.Name)) throw new UserInputException($"{path}: two cases are named '{c.Name}'; case names must be unique in a suite");
        }

        return cases;
    }

    private static string Read(string path)
    {
        try
        {
            return StrictJson.ReadText(path);
        }
        catch (InputFileException ex)
        {
            throw ScenarioFormatException.From(ex);
        }
    }
}
