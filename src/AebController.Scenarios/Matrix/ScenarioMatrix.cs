using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AebController.Firmware.Files;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.Matrix;

/// <summary>
/// A test matrix: axes of values, and a scenario template whose strings may hold "{=expression}"
/// (replaced by a number) or "{name}" (replaced by the value as text). Expands into one scenario
/// per combination of the axes, so a protocol's matrix lives in one file, not as copies.
/// </summary>
public static class ScenarioMatrix
{
    /// <summary>The most cases one matrix file may expand into (the whole built-in catalog holds under 1,000).</summary>
    public const int MaxCases = 100_000;

    public static IReadOnlyList<ScenarioDefinition> Expand(string json, string source)
    {
        JsonNode? root;
        try
        {
            // The shared strict parse: malformed JSON and keys given twice are refused with file and path.
            using var document = StrictJson.Parse(json, source);
            root = JsonObject.Create(document.RootElement.Clone());
        }
        catch (InputFileException ex)
        {
            throw ScenarioFormatException.From(ex);
        }

        if (root is not JsonObject obj) throw new ScenarioFormatException(source, "$", "a matrix file holds one object");
        foreach (var property in obj)
        {
            if (property.Key is not ("matrix" or "description" or "axes" or "template" or "exclude"))
            {
                throw new ScenarioFormatException(source, property.Key, "unknown field (misspelt?); the fields of a matrix file are matrix, description, axes, exclude, template");
            }
        }

        if (obj["axes"] is not JsonObject axesNode || axesNode.Count == 0)
        {
            throw new ScenarioFormatException(source, "axes", $"expected an object of named value lists, found {Found(obj["axes"])}");
        }

        if (obj["template"] is not JsonObject template) throw new ScenarioFormatException(source, "template", $"expected a scenario object, found {Found(obj["template"])}");
        if (obj["matrix"] is { } matrixName && matrixName.GetValueKind() != JsonValueKind.String) throw new ScenarioFormatException(source, "matrix", $"expected a text in double quotes, found {Found(matrixName)}");
        if (obj["description"] is { } description && description.GetValueKind() != JsonValueKind.String) throw new ScenarioFormatException(source, "description", $"expected a text in double quotes, found {Found(description)}");

        // An axis value is a number, a text (for example a class name) or an object whose fields
        // vary together (paired values such as a fault's input, kind and detection bound).
        var axes = new List<(string Name, JsonNode[] Values)>();
        foreach (var axis in axesNode)
        {
            if (axis.Value is not JsonArray values || values.Count == 0)
            {
                throw new ScenarioFormatException(source, $"axes.{axis.Key}", $"expected a non-empty list of numbers, texts or objects, found {Found(axis.Value)}");
            }

            var items = new JsonNode[values.Count];
            for (int i = 0; i < values.Count; i++)
            {
                items[i] = values[i] ?? throw new ScenarioFormatException(source, $"axes.{axis.Key}[{i}]", "expected a number, a text or an object, found null");
            }

            axes.Add((axis.Key, items));
        }

        // Counted before expanding: a typo such as a 1,000-value axis must not tie the machine up for minutes.
        double combinations = axes.Aggregate(1.0, (product, axis) => product * axis.Values.Length);
        if (combinations > MaxCases)
        {
            throw new ScenarioFormatException(source, "axes", $"expected at most {MaxCases} combinations, found {combinations:0} ({string.Join(" × ", axes.Select(a => $"{a.Values.Length} {a.Name}"))})");
        }

        string[] excludes = Excludes(obj["exclude"], source);
        var results = new List<ScenarioDefinition>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var point = new Dictionary<string, double>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        Expand(0);
        return results;

        void Expand(int axisIndex)
        {
            if (axisIndex < axes.Count)
            {
                var (name, values) = axes[axisIndex];
                for (int i = 0; i < values.Length; i++)
                {
                    if (!Bind(name, values[i]))
                    {
                        throw new ScenarioFormatException(source, $"axes.{name}[{i}]", $"expected a number, a text, or an object of numbers and texts, found {Found(values[i])}");
                    }

                    Expand(axisIndex + 1);
                }

                return;
            }

            for (int i = 0; i < excludes.Length; i++)
            {
                double ex;
                try
                {
                    ex = MatrixExpression.Evaluate(excludes[i], point, texts);
                }
                catch (FormatException fe)
                {
                    throw new ScenarioFormatException(source, $"exclude[{i}]", fe.Message);
                }

                if (ex != 0) return;
            }

            JsonNode instance = Substitute(template.DeepClone(), point, texts, source, "template");
            string caseSource = $"{source} ({Describe(point, texts)})";
            var definition = ScenarioLoader.FromNode(instance, caseSource);
            if (!names.Add(definition.Name))
            {
                throw new ScenarioFormatException(source, "template.name", $"the name '{definition.Name}' repeats; put every axis into the name");
            }

            results.Add(definition);
        }

        bool Bind(string name, JsonNode value)
        {
            switch (value)
            {
                case JsonValue v when v.TryGetValue(out double d) && double.IsFinite(d):
                    point[name] = d;
                    texts.Remove(name);
                    return true;
                case JsonValue v when v.TryGetValue(out string? t):
                    texts[name] = t;
                    point.Remove(name);
                    return true;
                case JsonObject o:
                    foreach (var field in o)
                    {
                        if (field.Value is null || !Bind(field.Key, field.Value) || field.Value is JsonObject) return false;
                    }

                    return true;
                default:
                    return false;
            }
        }
    }

    private static string[] Excludes(JsonNode? node, string source)
    {
        if (node is null) return [];
        if (node is not JsonArray list) throw new ScenarioFormatException(source, "exclude", $"expected a list of expression texts, found {Found(node)}");
        var result = new string[list.Count];
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
            {
                throw new ScenarioFormatException(source, $"exclude[{i}]", $"expected an expression in double quotes, found {Found(list[i])}");
            }

            result[i] = v.GetValue<string>();
        }

        return result;
    }

    /// <summary>A value as the user wrote it, for messages.</summary>
    private static string Found(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "a list",
        _ => JsonText.Shorten(node.ToJsonString()),
    };

    private static string Describe(IReadOnlyDictionary<string, double> point, IReadOnlyDictionary<string, string> texts) =>
        string.Join(", ", point.Select(p => $"{p.Key}={Format(p.Value)}").Concat(texts.Select(t => $"{t.Key}={t.Value}")));

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>The first "{name}" (a letter or '_', then letters, digits, '_') left in a text after every axis was put in.</summary>
    private static string? UnknownPlaceholder(string text)
    {
        for (int open = text.IndexOf('{'); open >= 0; open = text.IndexOf('{', open + 1))
        {
            int end = open + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_')) end++;
            bool named = end > open + 1 && !char.IsAsciiDigit(text[open + 1]);
            if (named && end < text.Length && text[end] == '}') return text[(open + 1)..end];
        }

        return null;
    }

    private static JsonNode Substitute(JsonNode node, IReadOnlyDictionary<string, double> point, IReadOnlyDictionary<string, string> texts, string source, string path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToArray())
                {
                    if (o[key] is JsonNode child) o[key] = Substitute(child.DeepClone(), point, texts, source, $"{path}.{key}");
                }

                return o;
            case JsonArray a:
                for (int i = 0; i < a.Count; i++)
                {
                    if (a[i] is JsonNode child) a[i] = Substitute(child.DeepClone(), point, texts, source, $"{path}[{i}]");
                }

                return a;
            case JsonValue v when v.TryGetValue(out string? text):
                try
                {
                    if (text.StartsWith("{=", StringComparison.Ordinal) && text.EndsWith('}'))
                    {
                        double value = MatrixExpression.Evaluate(text[2..^1], point, texts);
                        if (!double.IsFinite(value)) throw new ScenarioFormatException(source, path, $"expected an expression with a finite value, found \"{text}\" (division by zero?)");
                        return JsonValue.Create(Math.Round(value, 6));
                    }

                    foreach (var p in point) text = text.Replace("{" + p.Key + "}", Format(p.Value), StringComparison.Ordinal);
                    foreach (var t in texts) text = text.Replace("{" + t.Key + "}", t.Value, StringComparison.Ordinal);
                    if (UnknownPlaceholder(text) is string unknown)
                    {
                        // Left in, it came out as a name or a class no one could place: "n{b}" read as a malformed name.
                        string names = string.Join(", ", point.Keys.Concat(texts.Keys).Order(StringComparer.Ordinal));
                        throw new ScenarioFormatException(source, path, $"expected {{axis}} to name an axis ({names}), found '{{{unknown}}}', which names no axis");
                    }

                    return JsonValue.Create(text);
                }
                catch (FormatException fe)
                {
                    throw new ScenarioFormatException(source, path, fe.Message);
                }

            default:
                return node;
        }
    }
}
