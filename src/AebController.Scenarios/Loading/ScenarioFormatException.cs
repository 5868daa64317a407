namespace AebController.Scenarios.Loading;

/// <summary>A scenario file that cannot be used: the message is one line naming the file, the field and the problem.</summary>
public sealed class ScenarioFormatException : Exception
{
    public ScenarioFormatException(string source, string field, string problem)
        : base($"{source}: field '{field}': {problem}")
    {
        Source = source;
        Field = field;
        Problem = problem;
    }

    public new string Source { get; }
    public string Field { get; }
    public string Problem { get; }
}
