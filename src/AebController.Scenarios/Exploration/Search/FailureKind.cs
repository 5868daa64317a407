namespace AebController.Scenarios.Exploration.Search;

/// <summary>How a generated run failed, if it did.</summary>
public static class FailureKind
{
    public const string None = "";
    public const string Collision = "collision";
    public const string FalseActivation = "falseActivation";

    /// <summary>Another expectation of the template did not hold (a missing warning, a limit exceeded).</summary>
    public const string Expectation = "expectation";
}
