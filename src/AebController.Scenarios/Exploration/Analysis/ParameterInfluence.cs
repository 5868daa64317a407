namespace AebController.Scenarios.Exploration.Analysis;

/// <summary>How strongly a parameter separates failures from passes: |mean among failures − mean overall| / spread overall, in search coordinates.</summary>
public sealed record ParameterInfluence(string Parameter, double Influence, double FailureMean, double OverallMean);
