using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using AebController.Firmware.Files;

namespace AebController.Hardware.PinMapping;

/// <summary>
/// Reads hw/pinmap.json through the shared strict reader (<see cref="StrictJson"/>). Every signal must
/// be named: a missing group or pin is refused (a default pin silently filled in could drive a wire
/// the user did not connect), as hw/README.md says.
/// </summary>
public static class PinMapFile
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    private static readonly JsonTypeInfo<PinMap> TypeInfo = (JsonTypeInfo<PinMap>)Options.GetTypeInfo(typeof(PinMap));

    public static PinMap Parse(string json, string source)
    {
        try
        {
            var document = StrictJson.Read(json, source, TypeInfo);
            RequireEverySignal(document);
            PinMapValidator.Validate(document.Value, source, document.Text);
            return document.Value;
        }
        catch (InputFileException ex)
        {
            throw PinMapException.From(ex);
        }
    }

    public static PinMap Load(string path)
    {
        string json;
        try
        {
            json = StrictJson.ReadText(path);
        }
        catch (InputFileException ex)
        {
            throw PinMapException.From(ex);
        }

        return Parse(json, path);
    }

    /// <summary>Every group and every field of the shipped map must appear in the file.</summary>
    private static void RequireEverySignal(StrictDocument<PinMap> document)
    {
        var full = JsonSerializer.SerializeToNode(new PinMap(), TypeInfo)!.AsObject();
        foreach (var (group, fields) in full)
        {
            if (document.Text(group) is null && !HasAny(document, group, fields))
            {
                throw new PinMapException(document.File, group, $"missing signal group: expected an object with {string.Join(", ", ((JsonObject)fields!).Select(f => f.Key))}");
            }

            foreach (var (name, _) in (JsonObject)fields!)
            {
                string path = $"{group}.{name}";
                if (document.Text(path) is null) throw new PinMapException(document.File, path, "missing field: every signal of the pin map must be given (see hw/pinmap.json)");
            }
        }
    }

    private static bool HasAny(StrictDocument<PinMap> document, string group, JsonNode? fields) =>
        fields is JsonObject o && o.Any(f => document.Text($"{group}.{f.Key}") is not null);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            RespectNullableAnnotations = true,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
