using System.Text.Json;
using System.Text.Json.Nodes;

namespace AebController.Firmware.Calibration;

/// <summary>Reads a calibration from JSON. Unknown fields are refused, so a misspelt name never falls back to a default silently.</summary>
public static class CalibrationFile
{
    /// <summary>Parses and validates; throws <see cref="CalibrationException"/> naming the field on any problem.</summary>
    public static AebCalibration Parse(string json, string sourceName)
    {
        AebCalibration? calibration;
        try
        {
            // A file names only what it changes: its fields are laid over the defaults. (Source-generated
            // deserialization would otherwise zero every init-only field the file leaves out.)
            var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
            if (JsonNode.Parse(json, documentOptions: options) is not JsonObject overrides)
            {
                throw new CalibrationException(new[] { new CalibrationError("$", $"{sourceName}: the file must hold one JSON object") });
            }

            var merged = JsonSerializer.SerializeToNode(AebCalibration.Default, CalibrationJsonContext.Default.AebCalibration)!.AsObject();
            Overlay(merged, overrides);
            calibration = merged.Deserialize(CalibrationJsonContext.Default.AebCalibration);
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path.StartsWith("$.", StringComparison.Ordinal) ? ex.Path[2..] : ex.Path;
            throw new CalibrationException(new[] { new CalibrationError(field, $"{sourceName}: {FirstLine(ex.Message)}") });
        }

        if (calibration is null)
        {
            throw new CalibrationException(new[] { new CalibrationError("$", $"{sourceName}: the file holds no calibration object") });
        }

        return calibration.EnsureValid();
    }

    /// <summary>Copies every field of <paramref name="overrides"/> into <paramref name="target"/>, section by section.</summary>
    private static void Overlay(JsonObject target, JsonObject overrides)
    {
        foreach (var (name, value) in overrides.ToArray())
        {
            if (value is JsonObject section && target[name] is JsonObject existing)
            {
                Overlay(existing, section);
            }
            else
            {
                target[name] = value?.DeepClone();
            }
        }
    }

    public static AebCalibration Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CalibrationException(new[] { new CalibrationError("$", $"{path}: cannot be read: {ex.Message}") });
        }

        return Parse(json, path);
    }

    /// <summary>The calibration as JSON, in the format <see cref="Parse"/> reads.</summary>
    public static string ToJson(AebCalibration calibration) =>
        JsonSerializer.Serialize(calibration, CalibrationJsonContext.Default.AebCalibration);

    private static string FirstLine(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
