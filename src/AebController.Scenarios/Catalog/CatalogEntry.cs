using AebController.Scenarios.Model;

namespace AebController.Scenarios.Catalog;

/// <summary>A scenario and the file it came from.</summary>
public sealed record CatalogEntry(ScenarioDefinition Scenario, string Source);
