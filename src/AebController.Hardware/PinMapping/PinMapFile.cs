using System.Text.Json;
using System.Text.Json.Serialization;

namespace AebController.Hardware.PinMapping;

/// <summary>Reads hw/pinmap.json: unknown fields refused, every problem named with its field.</summary>
public static class PinMapFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectNullableAnnotations = true,
    };

    public static PinMap Parse(string json, string source)
    {
        PinMap? map;
        try
        {
            map = JsonSerializer.Deserialize<PinMap>(json, Options);
        }
        catch (JsonException ex)
        {
            string path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path.TrimStart('$', '.');
            string message = ex.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "unknown field (misspelt?)" : ex.Message.Split(" Path:")[0];
            throw new PinMapException($"{source}: field '{path}': {message}");
        }

        if (map is null) throw new PinMapException($"{source}: the file holds no pin map");
        PinMapValidator.Validate(map, source);
        return map;
    }

    public static PinMap Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PinMapException($"{path}: cannot be read: {ex.Message}");
        }

        return Parse(json, path);
    }
}
