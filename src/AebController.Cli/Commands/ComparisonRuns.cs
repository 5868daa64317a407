using AebController.Scenarios.Catalog;
using AebController.Scenarios.Model;
using AebController.Scenarios.Running;

namespace AebController.Cli.Commands;

/// <summary>
/// The comparison run a protocol cell is judged against (its <c>baseline</c>, e.g. a pedal-error cell's run without
/// the system), for `aeb run`: a suite judges seed k of a cell against seed k of its comparison case, each case at its
/// own seed plus k, so `aeb run` does the same and a case gets one verdict alone and inside any suite.
/// </summary>
public static class ComparisonRuns
{
    private static readonly IReadOnlyDictionary<string, ScenarioResult> None = new Dictionary<string, ScenarioResult>(StringComparer.Ordinal);

    /// <summary>The comparison case of <paramref name="scenario"/>, found among the cases given, then in the catalog; null when it needs none.</summary>
    public static ScenarioDefinition? Find(ScenarioDefinition scenario, IReadOnlyList<ScenarioDefinition> given, ScenarioCatalog catalog)
    {
        if (scenario.Cell?.Baseline is not string name) return null;
        var mine = given.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
        if (mine is not null) return mine;
        if (catalog.TryGet(name, out var builtin)) return builtin;
        throw new UserInputException($"{scenario.Name}: cell.baseline: expected the name of a case given or built in, found '{name}'");
    }

    /// <summary>Seed index <paramref name="seedIndex"/> of the comparison case (its own seed plus the index), by name; empty when none.</summary>
    public static IReadOnlyDictionary<string, ScenarioResult> Run(ScenarioDefinition? comparison, ulong seedIndex, ScenarioRunner runner)
    {
        if (comparison is null) return None;
        var run = runner.Run(comparison with { Seed = unchecked(comparison.Seed + seedIndex) });
        return new Dictionary<string, ScenarioResult>(StringComparer.Ordinal) { [comparison.Name] = run };
    }
}
