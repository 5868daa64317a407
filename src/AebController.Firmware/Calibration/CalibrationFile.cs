using System.Text.Json;
using System.Text.Json.Nodes;
using AebController.Firmware.Files;

namespace AebController.Firmware.Calibration;

/// <summary>Reads a calibration from JSON. Unknown fields are refused, so a misspelt name never falls back to a default silently.</summary>
public static class CalibrationFile
{
    /// <summary>
    /// Parses and validates through the shared strict reader (<see cref="StrictJson"/>): keys given twice,
    /// nulls, wrong types and unknown fields are refused before anything is laid over the defaults; range
    /// errors name the file and show the value as written. Throws <see cref="CalibrationException"/>.
    /// </summary>
    public static AebCalibration Parse(string json, string sourceName)
    {
        // A file names only what it changes: its fields are laid over the defaults. (Source-generated
        // deserialization would otherwise zero every init-only field the file leaves out.)
        StrictDocument<JsonObject> checkedFile;
        try
        {
            checkedFile = StrictJson.Check(json, sourceName, CalibrationJsonContext.Default.AebCalibration);
        }
        catch (InputFileException ex) when (ex is not CalibrationException)
        {
            // Callers catch one type for every calibration problem.
            throw new CalibrationException([new CalibrationError(ex.FieldPath, ex.Problem)], sourceName, _ => null);
        }

        AebCalibration? calibration;
        try
        {
            var merged = JsonSerializer.SerializeToNode(AebCalibration.Default, CalibrationJsonContext.Default.AebCalibration)!.AsObject();
            Overlay(merged, checkedFile.Value);
            calibration = merged.Deserialize(CalibrationJsonContext.Default.AebCalibration);
        }
        catch (JsonException ex)
        {
            throw DeserializerRefused(ex, sourceName);
        }

        if (calibration is null) throw new CalibrationException([new CalibrationError("$", "expected a calibration object, found null")], sourceName, _ => null);
        var errors = calibration.Validate();
        if (errors.Count > 0) throw new CalibrationException(errors, sourceName, checkedFile.Text);
        return calibration;
    }

    /// <summary>
    /// The strict walk mirrors the deserializer, so a value it passes and the deserializer refuses is a gap in the
    /// walk: still one line naming the file and the field (the deserializer's path without its root), never a trace.
    /// </summary>
    internal static CalibrationException DeserializerRefused(JsonException ex, string sourceName)
    {
        string field = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path.StartsWith("$.", StringComparison.Ordinal) ? ex.Path[2..] : ex.Path;
        return new CalibrationException([new CalibrationError(field, "this value cannot be used here (see docs/calibration.md)")], sourceName, _ => null);
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

    public static AebCalibration Load(string path) => Parse(StrictJson.ReadText(path), path);

    /// <summary>The calibration as JSON, in the format <see cref="Parse"/> reads.</summary>
    public static string ToJson(AebCalibration calibration) =>
        JsonSerializer.Serialize(calibration, CalibrationJsonContext.Default.AebCalibration);
}
