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

    public static string Shorten(string text) =>
        text.Length <= MaxShown ? text : string.Concat(text.AsSpan(0, MaxShown - 3), "...");
}
