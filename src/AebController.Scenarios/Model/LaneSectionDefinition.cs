using System.Text.Json.Serialization;

namespace AebController.Scenarios.Model;

/// <summary>An OpenDRIVE lane section: from <see cref="SM"/> on, the lanes left and right of the centre lane.</summary>
public sealed record LaneSectionDefinition
{
    [JsonPropertyName("sM")]
    public float SM { get; init; }
    public LaneDefinition[] Left { get; init; } = [];
    public LaneDefinition[] Right { get; init; } = [];
}
