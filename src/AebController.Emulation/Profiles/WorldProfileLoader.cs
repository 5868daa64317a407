using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using AebController.Firmware.Files;

namespace AebController.Emulation.Profiles;

/// <summary>
/// Reads world profile files through the shared strict reader (<see cref="StrictJson"/>, against
/// <see cref="WorldProfileFile"/>): every parameter is an object { "value": number, "source": text };
/// unknown fields, wrong types, out-of-range values and missing sources are rejected with one line
/// naming the file, the field, what was expected and what was found. A built-in profile must give every parameter; a user's file names
/// a "base" (ideal or realistic) and overrides only what it gives.
/// </summary>
public static class WorldProfileLoader
{
    private const string ResourcePrefix = "profiles/";

    /// <summary>The sections of a profile file and the <see cref="WorldProfile"/> property each fills.</summary>
    public static readonly IReadOnlyList<(string Json, PropertyInfo Property)> Sections =
    [
        ("frontRadar", typeof(WorldProfile).GetProperty(nameof(WorldProfile.FrontRadar))!),
        ("rearRadar", typeof(WorldProfile).GetProperty(nameof(WorldProfile.RearRadar))!),
        ("frontCornerRadar", typeof(WorldProfile).GetProperty(nameof(WorldProfile.FrontCornerRadar))!),
        ("frontCornerMount", typeof(WorldProfile).GetProperty(nameof(WorldProfile.FrontCornerMount))!),
        ("camera", typeof(WorldProfile).GetProperty(nameof(WorldProfile.Camera))!),
        ("ultrasonics", typeof(WorldProfile).GetProperty(nameof(WorldProfile.Ultrasonics))!),
        ("vehicleSignals", typeof(WorldProfile).GetProperty(nameof(WorldProfile.VehicleSignals))!),
        ("vehicle", typeof(WorldProfile).GetProperty(nameof(WorldProfile.Vehicle))!),
    ];

    private static readonly MethodInfo Clone = typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!;

    public static WorldProfile Load(string path)
    {
        string json;
        try
        {
            // The shared reading: a missing file, a folder and no permission each get their own plain message.
            json = StrictJson.ReadText(path);
        }
        catch (InputFileException ex)
        {
            bool looksLikePath = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || path.Contains('/') || path.Contains('\\');
            throw new WorldProfileException(path, "$", looksLikePath
                ? ex.Problem
                : $"is neither a built-in world ({string.Join(", ", WorldProfile.BuiltinNames)}) nor a readable profile file");
        }

        return Parse(json, path, builtin: false);
    }

    public static WorldProfile LoadBuiltin(string name)
    {
        var assembly = typeof(WorldProfileLoader).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name + ".json")
            ?? throw new InvalidOperationException($"built-in world profile '{name}' is missing from the assembly");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), $"built-in {name}.json", builtin: true);
    }

    public static WorldProfile Parse(string json, string source, bool builtin)
    {
        StrictDocument<JsonObject> document;
        try
        {
            // The shared strict reading: malformed JSON, keys given twice, unknown fields (with the nearest name),
            // wrong types, nulls and missing required fields, each named the same way as in every other file.
            document = StrictJson.Check(json, source, builtin ? WorldProfileFileShape.Builtin : WorldProfileFileShape.User);
        }
        catch (InputFileException ex) when (ex is not WorldProfileException)
        {
            throw new WorldProfileException(ex.File, ex.FieldPath, ex.Problem);
        }

        var root = document.Value;
        string name = root["name"]!.GetValue<string>();
        if (string.IsNullOrWhiteSpace(name)) throw Refuse(document, "name", "a non-empty name");

        WorldProfile start = new();
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        bool partial = !builtin;
        if (partial)
        {
            start = Enum.Parse<WorldProfileBase>(root["base"]!.GetValue<string>(), ignoreCase: true) == WorldProfileBase.Ideal
                ? WorldProfile.Ideal
                : WorldProfile.Realistic;
            foreach (var kv in start.Sources) sources[kv.Key] = kv.Value;
        }

        var profile = start with { Name = name };
        foreach (var (jsonName, property) in Sections)
        {
            object section = Clone.Invoke(property.GetValue(start)!, null)!;
            if (root[jsonName] is JsonObject given) ReadSection(document, given, jsonName, section, sources);
            property.SetValue(profile, section);
        }

        return profile with { Sources = sources };
    }

    /// <summary>The parameters of a section type: public settable properties, with their JSON names.</summary>
    public static IEnumerable<(string Json, PropertyInfo Property, ProfileRangeAttribute Range)> Parameters(Type sectionType) =>
        sectionType.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => p.CanWrite && p.GetCustomAttribute<ProfileRangeAttribute>() is not null)
            .Select(p => (JsonNamingPolicy.CamelCase.ConvertName(p.Name), p, p.GetCustomAttribute<ProfileRangeAttribute>()!));

    /// <summary>Lays the parameters a section gives over the base's; the shape is already checked, the values are judged here.</summary>
    private static void ReadSection(StrictDocument<JsonObject> document, JsonObject given, string sectionName, object section,
        Dictionary<string, string> sources)
    {
        var parameters = Parameters(section.GetType()).ToDictionary(p => p.Json, StringComparer.Ordinal);
        foreach (var (parameterName, node) in given)
        {
            string path = $"{sectionName}.{parameterName}";
            var (_, property, range) = parameters[parameterName];
            var entry = (JsonObject)node!;
            string source = entry["source"]!.GetValue<string>();
            if (string.IsNullOrWhiteSpace(source))
            {
                throw Refuse(document, $"{path}.source", "a non-empty text naming a datasheet, paper, standard or derivation");
            }

            var value = ElementOf(entry["value"]!);
            Type t = property.PropertyType;
            if (range.AllowsUnlimited && value.ValueKind == JsonValueKind.String && value.GetString() == "unlimited")
            {
                property.SetValue(section, float.PositiveInfinity);
                sources[path] = source;
                continue;
            }

            bool whole = t == typeof(long) || t == typeof(int);
            bool flag = t == typeof(bool);
            var limits = new JsonLimitsAttribute(range.Min, range.Max, JsonText.UnitOf(parameterName));
            string expected = flag ? "0 (off) or 1 (on)"
                : (whole ? $"a whole {limits.Describe()["a ".Length..]}" : limits.Describe())
                    + (range.AllowsUnlimited ? " or \"unlimited\"" : "");
            // A number beyond double's range (1e400) is not read as infinity: it is out of range as written.
            double number = value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double d) ? d : double.NaN;
            if (!double.IsFinite(number) || !limits.Admits(number) || (whole && Math.Floor(number) != number)
                || (flag && number != 0 && number != 1))
            {
                throw new WorldProfileException(document.File, $"{path}.value", $"expected {expected}, found {JsonText.Found(value)}");
            }

            object converted = t == typeof(long) ? (long)number
                : t == typeof(int) ? (int)number
                : t == typeof(float) ? (float)number
                : t == typeof(bool) ? number != 0
                : throw new InvalidOperationException($"profile parameter {path} has unsupported type {t}");
            property.SetValue(section, converted);
            sources[path] = source;
        }
    }

    /// <summary>The element as written: a number or text as its raw token; an object or list parsed again from its text.</summary>
    private static JsonElement ElementOf(JsonNode node)
    {
        if (node is JsonValue v && v.TryGetValue(out JsonElement element)) return element;
        using var again = JsonDocument.Parse(node.ToJsonString());
        return again.RootElement.Clone();
    }

    private static WorldProfileException Refuse(StrictDocument<JsonObject> document, string path, string expected)
    {
        var refused = document.Refuse(path, expected);
        return new WorldProfileException(refused.File, refused.FieldPath, refused.Problem);
    }
}
