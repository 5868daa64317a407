namespace AebController.Firmware.Files;

/// <summary>
/// A user's file (scenario, matrix, calibration, pin map, sensor profile, space) that cannot be used.
/// The message is one line: <c>file: field.path: expected ..., found ...</c>. Every loader throws this
/// (or a subclass), so the command line turns all of them into exit code 2 with one catch.
/// </summary>
public class InputFileException : Exception
{
    public InputFileException(string file, string fieldPath, string problem)
        : base(Format(file, fieldPath, problem))
    {
        File = file;
        FieldPath = fieldPath;
        Problem = problem;
    }

    /// <summary>For subclasses that build their own one-line message (several problems joined).</summary>
    protected InputFileException(string message, string file)
        : base(message)
    {
        File = file;
        FieldPath = "$";
        Problem = message;
    }

    /// <summary>The file as the user named it.</summary>
    public string File { get; }

    /// <summary>Field path in the file, for example <c>actors[0].speedKph</c>; <c>$</c> for the whole file.</summary>
    public string FieldPath { get; }

    /// <summary>What was expected and what was found, without the file and path.</summary>
    public string Problem { get; }

    public static string Format(string file, string fieldPath, string problem) =>
        fieldPath is "$" or "" ? $"{file}: {problem}" : $"{file}: {fieldPath}: {problem}";
}
