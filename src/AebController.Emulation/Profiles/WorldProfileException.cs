using AebController.Firmware.Files;

namespace AebController.Emulation.Profiles;

/// <summary>A world profile file that cannot be used: one line naming the file, the field and the problem (exit code 2 in `aeb`).</summary>
public sealed class WorldProfileException : InputFileException
{
    public WorldProfileException(string source, string field, string problem)
        : base(source, field, problem)
    {
    }

    public string Field => FieldPath;
}
