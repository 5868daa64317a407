using System.Globalization;
using System.Text.Json;

namespace AebController.Firmware.Files;

/// <summary>How values appear in messages: the user's own text for what was found, short invariant numbers for limits.</summary>
public static class JsonText
{
    private const int MaxShown = 40;

    /// <summary>A number as a person writes it: <c>-9.8</c>, not <c>-9.800000190734863</c>.</summary>
    public static string Number(double value)
    {
        if (double.IsPositiveInfinity(value)) return "infinity";
        if (double.IsNegativeInfinity(value)) return "-infinity";
        float single = (float)value;
        return single == value
            ? single.ToString(CultureInfo.InvariantCulture)
            : value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The value as the user wrote it: the raw token of a number or text; a description of an object or list.</summary>
    public static string Found(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.Null => "null",
        _ => Shorten(element.GetRawText()),
    };

    /// <summary>
    /// The unit a field's name carries by the house convention (speedKph, gapM, latencyUs, ...), for the
    /// expectation in a message; empty when the name carries none.
    /// </summary>
    public static string UnitOf(string field)
    {
        string name = field[(field.LastIndexOf('.') + 1)..];
        int bracket = name.IndexOf('[', StringComparison.Ordinal);
        if (bracket >= 0) name = name[..bracket];
        if (name.EndsWith("Kph", StringComparison.Ordinal)) return "km/h";
        if (name.EndsWith("Mps2", StringComparison.Ordinal)) return "m/s²";
        if (name.EndsWith("Mps", StringComparison.Ordinal)) return "m/s";
        if (name.EndsWith("Us", StringComparison.Ordinal)) return "µs";
        if (name.EndsWith("Deg", StringComparison.Ordinal)) return "degrees";
        if (name.EndsWith("Dbsm", StringComparison.Ordinal)) return "dBsm";
        if (name.EndsWith("Percent", StringComparison.Ordinal)) return "%";
        if (name.EndsWith("Hz", StringComparison.Ordinal)) return "Hz";
        if (name.EndsWith('S') || name == "t") return "s";
        if (name.EndsWith('M')) return "m";
        return "";
    }

    public static string Shorten(string text) =>
        text.Length <= MaxShown ? text : string.Concat(text.AsSpan(0, MaxShown - 3), "...");
}
