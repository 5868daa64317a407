using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace AebController.Firmware.Files;

/// <summary>
/// The one strict reading of every user file. <see cref="Read{T}"/> parses the text, walks it against
/// the serializer's own contract of <typeparamref name="T"/> (so a field added to a model is covered
/// without more code) and only then deserializes. Refused, each as one <see cref="InputFileException"/>
/// line naming file, field path, what was expected and the text the user wrote:
/// malformed JSON (with line and column), a key given twice in one object, an unknown field (with the
/// nearest known name), null where the model has no nullable type, a wrong type (naming the expected
/// type, and the allowed names of an enum), a number the target type cannot hold (<c>1e308</c> for a
/// float), a whole-number field given a fraction, a required field missing, and a value outside the
/// property's <see cref="JsonLimitsAttribute"/>. Checks that involve several fields stay in each
/// loader's validator, which reports through <see cref="StrictDocument.Refuse"/> so values are shown as written.
/// </summary>
public static class StrictJson
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    /// <summary>Parses and checks a file against <paramref name="typeInfo"/>; the result keeps the text of every value.</summary>
    public static StrictDocument<T> Read<T>(string json, string file, JsonTypeInfo<T> typeInfo)
    {
        using var document = Parse(json, file);
        var raw = new Dictionary<string, string>(StringComparer.Ordinal);
        new JsonShapeWalker(typeInfo.Options, file, raw).Walk(document.RootElement, typeInfo);
        T? value;
        try
        {
            value = document.RootElement.Deserialize(typeInfo);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException or NotSupportedException)
        {
            // The walk mirrors the serializer's rules, so this is a gap in the walk: still report it as the user's field.
            string path = ex is JsonException { Path: { Length: > 0 } p } ? TrimRoot(p) : "$";
            throw new InputFileException(file, path, "this value cannot be used here (see the format documentation)");
        }

        if (value is null) throw new InputFileException(file, "$", "expected a JSON object, found null");
        return new StrictDocument<T>(value, file, raw);
    }

    /// <summary>
    /// Checks a file against <paramref name="typeInfo"/> like <see cref="Read{T}"/> but returns the checked
    /// tree instead of a value: for loaders that lay a file over defaults before deserializing (calibration).
    /// </summary>
    public static StrictDocument<JsonObject> Check(string json, string file, JsonTypeInfo typeInfo)
    {
        using var document = Parse(json, file);
        var raw = new Dictionary<string, string>(StringComparer.Ordinal);
        new JsonShapeWalker(typeInfo.Options, file, raw).Walk(document.RootElement, typeInfo);
        return new StrictDocument<JsonObject>(JsonObject.Create(document.RootElement.Clone())!, file, raw);
    }

    /// <summary>
    /// Parses a file that is read as a tree (matrix files): malformed JSON and keys given twice are refused;
    /// the caller owns the returned document.
    /// </summary>
    public static JsonDocument Parse(string json, string file)
    {
        if (string.IsNullOrWhiteSpace(json)) throw new InputFileException(file, "$", "the file is empty; expected a JSON object");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new InputFileException(file, "$", SyntaxProblem(ex));
        }

        try
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InputFileException(file, "$", $"expected a JSON object at the top level, found {JsonText.Found(document.RootElement)}");
            }

            RefuseDuplicateKeys(document.RootElement, "", file);
            return document;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>Reads a file from disk, naming it in the message when it cannot be read (missing, a directory, no permission).</summary>
    public static string ReadText(string path)
    {
        if (Directory.Exists(path)) throw new InputFileException(path, "$", "is a directory; expected a JSON file");
        try
        {
            return File.ReadAllText(path);
        }
        catch (FileNotFoundException)
        {
            throw new InputFileException(path, "$", "no such file");
        }
        catch (DirectoryNotFoundException)
        {
            throw new InputFileException(path, "$", "no such file (its folder does not exist)");
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputFileException(path, "$", "cannot be read (permission denied)");
        }
        catch (IOException ex)
        {
            throw new InputFileException(path, "$", $"cannot be read ({ex.Message})");
        }
    }

    /// <summary>Field path text: <c>a.b[2].c</c>.</summary>
    public static string Join(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    private static void RefuseDuplicateKeys(JsonElement element, string path, string file)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                HashSet<string>? seen = null;
                foreach (var property in element.EnumerateObject())
                {
                    seen ??= new HashSet<string>(StringComparer.Ordinal);
                    string child = Join(path, property.Name);
                    if (!seen.Add(property.Name)) throw new InputFileException(file, child, "this key is given twice in the same object; give it once");
                    RefuseDuplicateKeys(property.Value, child, file);
                }

                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (var item in element.EnumerateArray()) RefuseDuplicateKeys(item, $"{path}[{i++}]", file);
                break;
        }
    }

    private static string SyntaxProblem(JsonException ex)
    {
        string message = ex.Message;
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        string where = ex.LineNumber is long line ? $" at line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1}" : "";
        return $"not valid JSON{where}: {message.TrimEnd('.')}";
    }

    [return: NotNullIfNotNull(nameof(path))]
    internal static string? TrimRoot(string? path) =>
        path is null ? null : path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.StartsWith('$') ? path[1..] : path;
}
