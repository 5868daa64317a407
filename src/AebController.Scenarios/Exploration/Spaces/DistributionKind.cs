namespace AebController.Scenarios.Exploration.Spaces;

/// <summary>Shape of a parameter's naturalistic distribution (always truncated to the parameter's range).</summary>
public enum DistributionKind
{
    Uniform,
    Normal,
    LogNormal,
    Exponential,
}
