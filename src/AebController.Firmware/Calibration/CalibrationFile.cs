using System.Text.Json;

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
            calibration = JsonSerializer.Deserialize(json, CalibrationJsonContext.Default.AebCalibration);
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
            throw new CalibrationException(new[] { new CalibrationError(field, $"{sourceName}: {FirstLine(ex.Message)}") });
        }

        if (calibration is null)
        {
            throw new CalibrationException(new[] { new CalibrationError("$", $"{sourceName}: the file holds no calibration object") });
        }

        return calibration.EnsureValid();
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
