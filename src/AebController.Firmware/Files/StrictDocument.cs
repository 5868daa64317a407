namespace AebController.Firmware.Files;

/// <summary>
/// A file read by <see cref="StrictJson.Read{T}"/>: the value, and the text the user wrote for each
/// field, so a validator that finds a combination meaningless reports it the way it was written.
/// </summary>
public sealed class StrictDocument<T>(T value, string file, IReadOnlyDictionary<string, string> raw, bool fromText = true)
{
    public T Value { get; } = value;

    public string File { get; } = file;

    /// <summary>The text of the value at <paramref name="path"/> as written (<c>1e308</c>, <c>-9.8</c>, <c>"abc"</c>); null when the file does not give it.</summary>
    public string? Text(string path) => raw.TryGetValue(path, out var text) ? text : null;

    /// <summary>The written text at <paramref name="path"/>, or <paramref name="fallback"/> printed plainly when the value is a default.</summary>
    /// <remarks>A value built in code (a converted OpenSCENARIO case) has no text and is no default: it is printed plainly.</remarks>
    public string Found(string path, double fallback) => Text(path) ?? (fromText ? $"{JsonText.Number(fallback)} (the default)" : JsonText.Number(fallback));

    /// <summary>The error for a field: <c>file: path: expected &lt;expected&gt;, found &lt;as written&gt;</c>.</summary>
    public InputFileException Refuse(string path, string expected, string? found = null) =>
        new(File, path, $"expected {expected}, found {found ?? Text(path) ?? "nothing"}");
}
