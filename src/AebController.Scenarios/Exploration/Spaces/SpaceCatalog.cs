using AebController.Scenarios.Loading;

namespace AebController.Scenarios.Exploration.Spaces;

/// <summary>The built-in scenario spaces (shipped inside the assembly) and the resolution of a user's argument.</summary>
public static class SpaceCatalog
{
    private const string Prefix = "spaces/";
    private static readonly Lazy<IReadOnlyList<ScenarioSpace>> BuiltinSpaces = new(LoadBuiltin);

    public static IReadOnlyList<ScenarioSpace> Builtin => BuiltinSpaces.Value;

    /// <summary>A built-in space's name, or a path to a space file.</summary>
    public static ScenarioSpace Resolve(string nameOrPath)
    {
        var builtin = Builtin.FirstOrDefault(s => string.Equals(s.Name, nameOrPath, StringComparison.OrdinalIgnoreCase));
        if (builtin is not null) return builtin;
        if (!File.Exists(nameOrPath))
        {
            throw new ScenarioFormatException(nameOrPath, "$", nameOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || nameOrPath.Contains('/')
                ? "no such file"
                : $"no built-in space has this name and no such file exists; built-in spaces: {string.Join(", ", Builtin.Select(s => s.Name))}");
        }

        return SpaceLoader.Load(nameOrPath);
    }

    private static IReadOnlyList<ScenarioSpace> LoadBuiltin()
    {
        var assembly = typeof(SpaceCatalog).Assembly;
        var spaces = new List<ScenarioSpace>();
        foreach (string resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            spaces.Add(SpaceLoader.Parse(reader.ReadToEnd(), "builtin:" + resource[Prefix.Length..]));
        }

        return spaces;
    }
}
