using System.Reflection;
using System.Text.Json;

namespace AebController.Emulation.Profiles;

/// <summary>
/// Reads world profile files strictly: every parameter is an object { "value": number, "source": text };
/// unknown fields, wrong types, out-of-range values and missing sources are rejected with one line
/// naming the file and the field. A built-in profile must give every parameter; a user's file names
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
        ("camera", typeof(WorldProfile).GetProperty(nameof(WorldProfile.Camera))!),
        ("ultrasonics", typeof(WorldProfile).GetProperty(nameof(WorldProfile.Ultrasonics))!),
        ("vehicleSignals", typeof(WorldProfile).GetProperty(nameof(WorldProfile.VehicleSignals))!),
    ];

    private static readonly MethodInfo Clone = typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!;

    public static WorldProfile Load(string path)
    {
        string json;
        try
        {
            // The shared reading: a missing file, a folder and no permission each get their own plain message.
            json = Firmware.Files.StrictJson.ReadText(path);
        }
        catch (Firmware.Files.InputFileException ex)
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
        void Fail(string field, string problem) => throw new WorldProfileException(source, field, problem);

        JsonDocument document;
        try
        {
            // The shared strict parse: malformed JSON (line and column), a key given twice, a top level that is not an object.
            document = Firmware.Files.StrictJson.Parse(json, source);
        }
        catch (Firmware.Files.InputFileException ex) when (ex is not WorldProfileException)
        {
            throw new WorldProfileException(ex.File, ex.FieldPath, ex.Problem);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) Fail("$", "must be a JSON object");

            string? name = null;
            WorldProfile start = new();
            bool partial = false;
            var sources = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var field in root.EnumerateObject())
            {
                switch (field.Name)
                {
                    case "name":
                        if (field.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(field.Value.GetString())) Fail("name", "must be a non-empty string");
                        name = field.Value.GetString();
                        break;
                    case "description":
                        if (field.Value.ValueKind != JsonValueKind.String) Fail("description", "must be a string");
                        break;
                    case "base":
                        if (builtin) Fail("base", "a built-in profile gives every parameter itself");
                        string? b = field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString() : null;
                        if (b == WorldProfile.IdealName) start = WorldProfile.Ideal;
                        else if (b == WorldProfile.RealisticName) start = WorldProfile.Realistic;
                        else Fail("base", $"must be \"{WorldProfile.IdealName}\" or \"{WorldProfile.RealisticName}\", got {field.Value.GetRawText()}");
                        partial = true;
                        foreach (var kv in start.Sources) sources[kv.Key] = kv.Value;
                        break;
                    default:
                        if (!Sections.Any(s => s.Json == field.Name))
                        {
                            Fail(field.Name, $"unknown field; allowed: name, description, base, {string.Join(", ", Sections.Select(s => s.Json))}");
                        }

                        break;
                }
            }

            if (name is null) Fail("name", "required field missing");
            if (!builtin && !partial) Fail("base", $"required in a user's profile: \"{WorldProfile.IdealName}\" or \"{WorldProfile.RealisticName}\" (parameters not given are taken from it)");

            var profile = start with { Name = name! };
            foreach (var (jsonName, property) in Sections)
            {
                object section = Clone.Invoke(property.GetValue(start)!, null)!;
                bool given = root.TryGetProperty(jsonName, out var element);
                if (!given && !partial) Fail(jsonName, "required section missing");
                if (given) ReadSection(element, jsonName, section, partial, sources, Fail);
                property.SetValue(profile, section);
            }

            profile = profile with { Sources = sources };
            return profile;
        }
    }

    /// <summary>The parameters of a section type: public settable properties, with their JSON names.</summary>
    public static IEnumerable<(string Json, PropertyInfo Property, ProfileRangeAttribute Range)> Parameters(Type sectionType) =>
        sectionType.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => p.CanWrite && p.GetCustomAttribute<ProfileRangeAttribute>() is not null)
            .Select(p => (JsonNamingPolicy.CamelCase.ConvertName(p.Name), p, p.GetCustomAttribute<ProfileRangeAttribute>()!));

    private static void ReadSection(JsonElement element, string sectionName, object section, bool partial,
        Dictionary<string, string> sources, Action<string, string> fail)
    {
        if (element.ValueKind != JsonValueKind.Object) fail(sectionName, "must be an object of parameters");
        var parameters = Parameters(section.GetType()).ToDictionary(p => p.Json, StringComparer.Ordinal);
        foreach (var field in element.EnumerateObject())
        {
            string path = $"{sectionName}.{field.Name}";
            if (!parameters.TryGetValue(field.Name, out var parameter))
            {
                fail(path, $"unknown parameter; known: {string.Join(", ", parameters.Keys)}");
            }

            var (_, property, range) = parameter;
            var p = field.Value;
            if (p.ValueKind != JsonValueKind.Object) fail(path, "must be an object { \"value\": number, \"source\": \"where the value comes from\" }");
            JsonElement? value = null;
            string? source = null;
            foreach (var part in p.EnumerateObject())
            {
                switch (part.Name)
                {
                    case "value": value = part.Value; break;
                    case "source":
                        if (part.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(part.Value.GetString())) fail($"{path}.source", "must be a non-empty string naming a datasheet, paper, standard or derivation");
                        source = part.Value.GetString();
                        break;
                    case "note":
                        if (part.Value.ValueKind != JsonValueKind.String) fail($"{path}.note", "must be a string");
                        break;
                    default:
                        fail($"{path}.{part.Name}", "unknown field; allowed: value, source, note");
                        break;
                }
            }

            if (value is null) fail($"{path}.value", "required field missing");
            if (source is null) fail($"{path}.source", "required field missing: every parameter names its source");
            Type t = property.PropertyType;
            bool whole = t == typeof(long) || t == typeof(int);
            string unit = Firmware.Files.JsonText.UnitOf(field.Name);
            string expected = $"expected {(whole ? "a whole number" : "a number")} between {Firmware.Files.JsonText.Number(range.Min)} and {Firmware.Files.JsonText.Number(range.Max)}{(unit.Length > 0 ? $" ({unit})" : "")}";
            string found = Firmware.Files.JsonText.Found(value!.Value);
            if (value.Value.ValueKind != JsonValueKind.Number) fail($"{path}.value", $"{expected}, found {found}");
            // A number beyond double's range (1e400) is not read as infinity: it is out of range as written.
            if (!value.Value.TryGetDouble(out double number)) number = double.NaN;
            if (!double.IsFinite(number) || number < range.Min || number > range.Max || (whole && Math.Floor(number) != number))
            {
                fail($"{path}.value", $"{expected}, found {found}");
            }

            object converted = t == typeof(long) ? (long)number
                : t == typeof(int) ? (int)number
                : t == typeof(float) ? (float)number
                : t == typeof(bool) ? number != 0
                : throw new InvalidOperationException($"profile parameter {path} has unsupported type {t}");
            property.SetValue(section, converted);
            sources[path] = source!;
        }

        if (partial) return;
        foreach (var name in parameters.Keys)
        {
            if (!element.TryGetProperty(name, out _)) fail($"{sectionName}.{name}", "required parameter missing");
        }
    }
}
