using System.Text.Json;
using System.Text.Json.Serialization;

namespace AebController.Emulation.Profiles;

/// <summary>
/// The shape of one parameter in a world profile file: <c>{ "value": number, "source": "...", "note": "..." }</c>.
/// Only the shape is checked against it (by the shared strict reader); the value stays a raw element so the
/// loader can judge it against the parameter's own range and unit in one message.
/// </summary>
public sealed class ProfileParameterEntry
{
    [JsonRequired]
    public JsonElement Value { get; set; }

    [JsonRequired]
    public string Source { get; set; } = "";

    public string? Note { get; set; }
}
