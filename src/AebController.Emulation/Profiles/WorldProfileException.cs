namespace AebController.Emulation.Profiles;

/// <summary>A world profile file that cannot be used: one line naming the file, the field and the problem.</summary>
public sealed class WorldProfileException : Exception
{
    public WorldProfileException(string source, string field, string problem)
        : base($"{source}: field '{field}': {problem}")
    {
        File = source;
        Field = field;
        Problem = problem;
    }

    public string File { get; }
    public string Field { get; }
    public string Problem { get; }
}
