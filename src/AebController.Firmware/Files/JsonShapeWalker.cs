using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AebController.Firmware.Files;

/// <summary>
/// Walks a parsed document against the serializer's contract (<see cref="JsonTypeInfo"/>) and refuses
/// the first thing the model cannot take, naming what it expected. Records the raw text of every
/// scalar by its field path. Used only by <see cref="StrictJson"/>.
/// </summary>
internal sealed class JsonShapeWalker(JsonSerializerOptions options, string file, Dictionary<string, string> raw)
{
    public void Walk(JsonElement root, JsonTypeInfo typeInfo) => Value(root, typeInfo.Type, "", nullable: false, limits: null, required: true);

    private void Value(JsonElement e, Type type, string path, bool nullable, JsonLimitsAttribute? limits, bool required = true)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            type = underlying;
            nullable = true;
        }

        if (e.ValueKind == JsonValueKind.Null)
        {
            if (!nullable) Fail(path, $"expected {Describe(type, limits)}, found null{(required ? "" : " (leave the field out to use its default)")}");
            raw[PathOrRoot(path)] = "null";
            return;
        }

        if (type == typeof(JsonElement) || type == typeof(JsonNode) || type == typeof(JsonObject) && e.ValueKind == JsonValueKind.Object
            || type == typeof(JsonArray) && e.ValueKind == JsonValueKind.Array || type == typeof(object))
        {
            return;
        }

        if (type.IsEnum)
        {
            Enum(e, type, path);
            return;
        }

        if (NumberKind.Of(type) is { } number)
        {
            Number(e, number, path, limits);
            return;
        }

        if (type == typeof(bool))
        {
            if (e.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) Fail(path, $"expected true or false, found {JsonText.Found(e)}");
            raw[PathOrRoot(path)] = e.GetRawText();
            return;
        }

        if (type == typeof(string))
        {
            if (e.ValueKind != JsonValueKind.String) Fail(path, $"expected a text in double quotes, found {JsonText.Found(e)}");
            raw[PathOrRoot(path)] = e.GetRawText();
            return;
        }

        var info = options.GetTypeInfo(type);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                if (e.ValueKind != JsonValueKind.Object) Fail(path, $"expected an object {{ ... }}, found {JsonText.Found(e)}");
                Object(e, info, path);
                break;
            case JsonTypeInfoKind.Enumerable:
                if (e.ValueKind != JsonValueKind.Array) Fail(path, $"expected a list [ ... ], found {JsonText.Found(e)}");
                int i = 0;
                foreach (var item in e.EnumerateArray())
                {
                    Value(item, info.ElementType!, $"{path}[{i++}]", nullable: false, limits);
                }

                break;
            case JsonTypeInfoKind.Dictionary:
                if (e.ValueKind != JsonValueKind.Object) Fail(path, $"expected an object {{ ... }}, found {JsonText.Found(e)}");
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var p in e.EnumerateObject())
                {
                    string child = StrictJson.Join(path, p.Name);
                    if (!seen.Add(p.Name)) Fail(child, "this key is given twice in the same object; give it once");
                    Value(p.Value, info.ElementType!, child, nullable: false, limits);
                }

                break;
            default:
                // A type with its own converter: let the serializer judge the value alone.
                try
                {
                    e.Deserialize(info);
                }
                catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or ArgumentException or OverflowException)
                {
                    Fail(path, $"expected {Describe(type, limits)}, found {JsonText.Found(e)}");
                }

                raw[PathOrRoot(path)] = JsonText.Found(e);
                break;
        }
    }

    private void Object(JsonElement e, JsonTypeInfo info, string path)
    {
        var byName = new Dictionary<string, JsonPropertyInfo>(StringComparer.Ordinal);
        foreach (var p in info.Properties) byName[p.Name] = p;

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in e.EnumerateObject())
        {
            string child = StrictJson.Join(path, field.Name);
            if (!seen.Add(field.Name)) Fail(child, "this key is given twice in the same object; give it once");
            if (!byName.TryGetValue(field.Name, out var property))
            {
                Fail(child, UnknownField(field.Name, byName.Keys));
                return;
            }

            // A read-only property (a derived value the writer prints) is read back and ignored, as the serializer does.
            if (property.Set is null && !property.IsRequired) continue;
            var limits = property.AttributeProvider?.GetCustomAttributes(typeof(JsonLimitsAttribute), inherit: false).OfType<JsonLimitsAttribute>().FirstOrDefault();
            Value(field.Value, property.PropertyType, child, property.IsSetNullable, limits, property.IsRequired);
        }

        foreach (var property in byName.Values)
        {
            if (property.IsRequired && !seen.Contains(property.Name))
            {
                Fail(StrictJson.Join(path, property.Name), $"required field missing: expected {Describe(property.PropertyType, null)}");
            }
        }
    }

    private void Number(JsonElement e, NumberKind kind, string path, JsonLimitsAttribute? limits)
    {
        string expected = limits?.Describe() ?? (kind.Whole ? kind.Describe() : "a number");
        if (e.ValueKind != JsonValueKind.Number) Fail(path, $"expected {expected}, found {JsonText.Found(e)}");
        string text = e.GetRawText();
        double value;
        if (kind.Whole)
        {
            bool fits = kind.Unsigned
                ? e.TryGetUInt64(out ulong u) && u <= kind.MaxWhole
                : e.TryGetInt64(out long l) && l >= kind.MinWhole && (l < 0 || (ulong)l <= kind.MaxWhole);
            if (!fits)
            {
                Fail(path, $"expected {(limits is null ? kind.Describe() : $"{kind.Describe()}, {limits.Describe()}")}, found {text}");
            }

            value = e.GetDouble();
        }
        else
        {
            if (!e.TryGetDouble(out value) || !double.IsFinite(value) || kind.Single && Math.Abs(value) > float.MaxValue)
            {
                Fail(path, $"expected {(limits is null ? kind.Describe() : $"a finite number, {limits.Describe()}")}, found {text}");
            }
        }

        if (limits is not null && !limits.Admits(value)) Fail(path, $"expected {limits.Describe()}, found {text}");
        raw[PathOrRoot(path)] = text;
    }

    private void Enum(JsonElement e, Type type, string path)
    {
        bool byName = type.GetCustomAttribute<JsonConverterAttribute>() is not null
            || options.Converters.Any(c => c.CanConvert(type));
        string[] names = EnumNames(type);
        if (byName)
        {
            string? text = e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            if (text is null || !names.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                Fail(path, $"expected one of {string.Join(", ", names)}, found {JsonText.Found(e)}");
            }
        }
        else if (e.ValueKind != JsonValueKind.Number || !e.TryGetInt32(out int n) || !System.Enum.IsDefined(type, System.Enum.ToObject(type, n)))
        {
            Fail(path, $"expected one of the numbers {string.Join(", ", System.Enum.GetValuesAsUnderlyingType(type).Cast<object>().Select(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)))}, found {JsonText.Found(e)}");
        }

        raw[PathOrRoot(path)] = e.GetRawText();
    }

    /// <summary>The names the string-enum converter reads: camelCase of each member (no model of ours renames members).</summary>
    private static string[] EnumNames(Type type) =>
        System.Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName).ToArray();

    private string Describe(Type type, JsonLimitsAttribute? limits)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying) type = underlying;
        if (limits is not null) return limits.Describe();
        if (NumberKind.Of(type) is { } number) return number.Whole ? number.Describe() : "a number";
        if (type == typeof(bool)) return "true or false";
        if (type == typeof(string)) return "a text in double quotes";
        if (type.IsEnum) return $"one of {string.Join(", ", EnumNames(type))}";
        return options.GetTypeInfo(type).Kind switch
        {
            JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => "an object { ... }",
            JsonTypeInfoKind.Enumerable => "a list [ ... ]",
            _ => "a value",
        };
    }

    private static string UnknownField(string name, IEnumerable<string> known)
    {
        var names = known.Order(StringComparer.Ordinal).ToArray();
        string? nearest = names.MinBy(k => Distance(k.ToLowerInvariant(), name.ToLowerInvariant()));
        if (nearest is not null && Distance(nearest.ToLowerInvariant(), name.ToLowerInvariant()) <= Math.Max(2, name.Length / 3))
        {
            return $"unknown field (misspelt? did you mean '{nearest}'?)";
        }

        return names.Length == 0 ? "unknown field: this object takes no fields" : $"unknown field (misspelt?); the fields here are {string.Join(", ", names)}";
    }

    /// <summary>Levenshtein distance, for the "did you mean" hint.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static string PathOrRoot(string path) => path.Length == 0 ? "$" : path;

    private void Fail(string path, string problem) => throw new InputFileException(file, PathOrRoot(path), problem);
}
