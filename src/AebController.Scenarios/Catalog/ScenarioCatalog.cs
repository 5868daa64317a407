using System.Reflection;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Matrix;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.Catalog;

/// <summary>
/// The built-in scenarios, shipped inside the assembly: single files and matrix files that expand
/// into their cases. Also resolves a user's argument: a built-in name or a path to a file.
/// </summary>
public sealed class ScenarioCatalog
{
    private const string Prefix = "catalog/";
    private static readonly Lazy<ScenarioCatalog> BuiltinCatalog = new(LoadBuiltin);
    private readonly Dictionary<string, ScenarioDefinition> _byName;

    public ScenarioCatalog(IReadOnlyList<CatalogEntry> entries)
    {
        Entries = entries;
        _byName = new Dictionary<string, ScenarioDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries)
        {
            if (!_byName.TryAdd(e.Scenario.Name, e.Scenario))
            {
                throw new InvalidOperationException($"two built-in scenarios are named '{e.Scenario.Name}'");
            }
        }
    }

    public static ScenarioCatalog Builtin => BuiltinCatalog.Value;

    public IReadOnlyList<CatalogEntry> Entries { get; }

    public bool TryGet(string name, out ScenarioDefinition scenario) => _byName.TryGetValue(name, out scenario!);

    /// <summary>Scenarios carrying a tag; "all" is every scenario.</summary>
    public IReadOnlyList<ScenarioDefinition> WithTag(string tag) =>
        Entries.Where(e => tag == "all" || e.Scenario.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)).Select(e => e.Scenario).ToArray();

    public IReadOnlyList<string> Tags =>
        Entries.SelectMany(e => e.Scenario.Tags).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToArray();

    /// <summary>A built-in name, or a path to a scenario file (or a matrix file of exactly one case).</summary>
    public ScenarioDefinition Resolve(string nameOrPath)
    {
        if (TryGet(nameOrPath, out var builtin)) return builtin;
        if (Directory.Exists(nameOrPath))
        {
            throw new ScenarioFormatException(nameOrPath, "$", "is a directory; expected a scenario file (.json) or a built-in name ('aeb suite' runs a folder)");
        }

        if (!File.Exists(nameOrPath))
        {
            bool looksLikePath = nameOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || nameOrPath.EndsWith(".xosc", StringComparison.OrdinalIgnoreCase) || nameOrPath.Contains('/') || nameOrPath.Contains('\\');
            throw new ScenarioFormatException(nameOrPath, "$", looksLikePath
                ? "no such file"
                : "no built-in scenario has this name and no such file exists; 'aeb list' shows the names");
        }

        if (OpenScenario.OpenScenarioImporter.IsOpenScenario(nameOrPath))
        {
            var cases = OpenScenario.OpenScenarioImporter.Load(nameOrPath);
            if (cases.Count != 1) throw new ScenarioFormatException(nameOrPath, "ParameterValueDistribution", $"expands into {cases.Count} cases; run them with 'aeb suite {nameOrPath}'");
            return cases[0];
        }

        if (nameOrPath.EndsWith(".matrix.json", StringComparison.OrdinalIgnoreCase))
        {
            var cases = ScenarioMatrix.Expand(ReadText(nameOrPath), nameOrPath);
            if (cases.Count != 1) throw new ScenarioFormatException(nameOrPath, "axes", $"expands into {cases.Count} cases; run one by name or use 'aeb suite'");
            return cases[0];
        }

        return ScenarioLoader.Load(nameOrPath);
    }

    private static string ReadText(string path)
    {
        try
        {
            return Firmware.Files.StrictJson.ReadText(path);
        }
        catch (Firmware.Files.InputFileException ex)
        {
            throw ScenarioFormatException.From(ex);
        }
    }

    /// <summary>Loads scenario and matrix files from text: used for the built-in set and for tests.</summary>
    public static IReadOnlyList<CatalogEntry> Read(IEnumerable<(string Source, string Json)> files)
    {
        var entries = new List<CatalogEntry>();
        foreach (var (source, json) in files.OrderBy(f => f.Source, StringComparer.Ordinal))
        {
            if (source.EndsWith(".matrix.json", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var s in ScenarioMatrix.Expand(json, source)) entries.Add(new CatalogEntry(s, source));
            }
            else
            {
                entries.Add(new CatalogEntry(ScenarioLoader.Parse(json, source), source));
            }
        }

        return entries;
    }

    private static ScenarioCatalog LoadBuiltin()
    {
        var assembly = typeof(ScenarioCatalog).Assembly;
        var files = new List<(string, string)>();
        foreach (string resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(".json", StringComparison.Ordinal)) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            files.Add((resource, reader.ReadToEnd()));
        }

        return new ScenarioCatalog(Read(files));
    }
}
