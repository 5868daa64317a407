using AebController.Scenarios.Model;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Exploration.Analysis;

/// <summary>A failure mode's minimal case: the scenario, the point it came from, and its (still failing) result.</summary>
public sealed record ShrunkCase(ScenarioDefinition Scenario, double[] Values, ScenarioResult Result, int Steps);
