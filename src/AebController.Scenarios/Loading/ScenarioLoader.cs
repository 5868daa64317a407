using System.Text.Json;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.Loading;

/// <summary>Reads scenario files. Every problem becomes a <see cref="ScenarioFormatException"/> naming the field.</summary>
public static class ScenarioLoader
{
    public static ScenarioDefinition Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioFormatException(path, "$", $"cannot be read: {ex.Message}");
        }

        return Parse(json, path);
    }

    public static ScenarioDefinition Parse(string json, string source)
    {
        ScenarioDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize<ScenarioDefinition>(json, ScenarioJson.Options);
        }
        catch (JsonException ex)
        {
            throw new ScenarioFormatException(source, FieldOf(ex), Describe(ex));
        }

        if (definition is null)
        {
            throw new ScenarioFormatException(source, "$", "the file holds no scenario object");
        }

        ScenarioValidator.Validate(definition, source);
        return definition;
    }

    /// <summary>Reads a scenario from an already parsed JSON tree (matrix expansion).</summary>
    public static ScenarioDefinition FromNode(System.Text.Json.Nodes.JsonNode node, string source) =>
        Parse(node.ToJsonString(), source);

    private static string FieldOf(JsonException ex)
    {
        string path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
        if (path.StartsWith("$.", StringComparison.Ordinal)) path = path[2..];
        // The serializer reports an unknown property at its parent; put the property's own name in the path.
        const string marker = "The JSON property '";
        int at = ex.Message.IndexOf(marker, StringComparison.Ordinal);
        if (at >= 0 && ex.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            int end = ex.Message.IndexOf('\'', at + marker.Length);
            string name = ex.Message[(at + marker.Length)..end];
            if (!path.EndsWith(name, StringComparison.Ordinal)) path = path == "$" ? name : $"{path}.{name}";
        }

        const string missing = "missing required properties including: '";
        int m = ex.Message.IndexOf(missing, StringComparison.Ordinal);
        if (m >= 0)
        {
            int end = ex.Message.IndexOf('\'', m + missing.Length);
            string name = ex.Message[(m + missing.Length)..end];
            path = path == "$" ? name : $"{path}.{name}";
        }

        return path;
    }

    private static string Describe(JsonException ex)
    {
        string message = ex.Message;
        if (message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return "unknown field (misspelt?); see docs/scenario-format.md for the fields";
        }

        if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            int at = message.IndexOf("including:", StringComparison.Ordinal);
            return at >= 0 ? "required field missing: " + message[(at + 10)..].Trim().TrimEnd('.') : "a required field is missing";
        }

        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            return "value has the wrong type or is not one of the allowed names";
        }

        return message;
    }
}
