using System.Text.Json.Serialization.Metadata;
using AebController.Firmware.Files;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.Loading;

/// <summary>
/// Reads scenario files through the shared strict reader (<see cref="StrictJson"/>), then checks
/// values that depend on each other (<see cref="ScenarioValidator"/>). Every problem becomes a
/// <see cref="ScenarioFormatException"/> naming the file, the field and the value as written.
/// </summary>
public static class ScenarioLoader
{
    private static readonly JsonTypeInfo<ScenarioDefinition> TypeInfo =
        (JsonTypeInfo<ScenarioDefinition>)ScenarioJson.Options.GetTypeInfo(typeof(ScenarioDefinition));

    public static ScenarioDefinition Load(string path)
    {
        string json;
        try
        {
            json = StrictJson.ReadText(path);
        }
        catch (InputFileException ex)
        {
            throw ScenarioFormatException.From(ex);
        }

        return Parse(json, path);
    }

    public static ScenarioDefinition Parse(string json, string source)
    {
        try
        {
            var document = StrictJson.Read(json, source, TypeInfo);
            ScenarioValidator.Validate(document);
            return document.Value;
        }
        catch (InputFileException ex)
        {
            throw ScenarioFormatException.From(ex);
        }
    }

    /// <summary>Reads a scenario from an already parsed JSON tree (matrix expansion).</summary>
    public static ScenarioDefinition FromNode(System.Text.Json.Nodes.JsonNode node, string source) =>
        Parse(node.ToJsonString(), source);
}
