namespace AebController.Scenarios.Exploration.Search;

/// <summary>How a generated run failed, if it did.</summary>
public static class FailureKind
{
    public const string None = "";
    public const string Collision = "collision";
    public const string FalseActivation = "falseActivation";

    /// <summary>The run did not finish within the campaign's wall-clock bound per run (a hang): a failure.</summary>
    public const string Timeout = "timeout";

    /// <summary>Not a failure: a collision physics did not allow avoiding (spaces judging avoidable collisions only).</summary>
    public const string Unavoidable = "unavoidable";

    /// <summary>Another expectation of the template did not hold (a missing warning, a limit exceeded).</summary>
    public const string Expectation = "expectation";
}
