using System.Text.Json.Serialization;
using AebController.Firmware.Signals;

namespace AebController.Scenarios.Model;

/// <summary>
/// Another road user or an obstacle. Place it with exactly one of: <see cref="GapM"/> (ahead: from
/// the ego's front bumper to the actor's rear), <see cref="RearGapM"/> (behind: from the ego's rear
/// bumper to the actor's front) or <see cref="XM"/> (its centre, metres ahead of the ego's front bumper).
/// Sizes and radar properties default by class.
/// </summary>
public sealed record ActorDefinition
{
    public required string Id { get; init; }
    public required ObjectClass Class { get; init; }
    public float? GapM { get; init; }
    public float? RearGapM { get; init; }
    [JsonPropertyName("xM")]
    public float? XM { get; init; }

    /// <summary>Lateral position of the centre, metres left of the ego's centre line.</summary>
    [JsonPropertyName("yM")]
    public float YM { get; init; }

    /// <summary>Speed along the road, in the direction the ego faces.</summary>
    public float SpeedKph { get; init; }
    public float LateralSpeedMps { get; init; }
    public float? LengthM { get; init; }
    public float? WidthM { get; init; }
    public float? HeightM { get; init; }
    public float? ElevationM { get; init; }
    public float? RcsDbsm { get; init; }

    /// <summary>
    /// False: no radar ever returns this actor (a thin post or a low bollard the beam misses at close range); the
    /// ultrasonics and the camera still see it. Absent: seen as before.
    /// </summary>
    public bool? RadarVisible { get; init; }
    public ActorEventDefinition[] Events { get; init; } = [];

    /// <summary>Follow this lane of the road (its placement then counts along the road); absent: move freely as before.</summary>
    public int? LaneId { get; init; }

    /// <summary>Offset from the lane centre, left positive (with <see cref="LaneId"/>).</summary>
    public float LaneOffsetM { get; init; }

    /// <summary>Follow this path (lines, rounded into arcs where a point has a radius); the actor starts at its first point.</summary>
    public WaypointDefinition[]? Path { get; init; }

    /// <summary>A fixed heading of the box in degrees, left positive (a car parked at an angle); free motion only.</summary>
    public float? HeadingDeg { get; init; }
}
