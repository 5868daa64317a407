using System.Text.Json.Serialization;

namespace AebController.Scenarios.Model;

/// <summary>A point of an actor's path; an inner point with a radius is rounded by an arc of that radius (a turn).</summary>
public sealed record WaypointDefinition
{
    [JsonPropertyName("xM")]
    public required float XM { get; init; }
    [JsonPropertyName("yM")]
    public required float YM { get; init; }
    public float RadiusM { get; init; }
}
