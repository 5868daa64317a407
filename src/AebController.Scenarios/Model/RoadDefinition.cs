namespace AebController.Scenarios.Model;

public sealed record RoadDefinition
{
    /// <summary>Tyre–road friction coefficient: about 1.0 dry asphalt, 0.5 wet, 0.3 snow.</summary>
    public float Friction { get; init; } = 1.0f;

    /// <summary>Road grade in percent, positive uphill in the direction the ego faces.</summary>
    public float GradePercent { get; init; }

    /// <summary>The reference line (OpenDRIVE planView); absent: straight along +x on y = 0 from x = −1 km.</summary>
    public RoadGeometryDefinition[]? Geometry { get; init; }

    /// <summary>Lane sections; absent: lane −1 (the ego's, centred on y = 0) and lane 1, 3.5 m each.</summary>
    public LaneSectionDefinition[]? Lanes { get; init; }

    /// <summary>Offset of the centre lane from the reference line (OpenDRIVE laneOffset; sOffsetM is s); absent: 0, or 1.75 m with the default lanes.</summary>
    public CubicDefinition[]? LaneOffset { get; init; }

    /// <summary>Whether the lanes carry markings the front camera can follow (false: a road without markings; the camera reports no lane).</summary>
    public bool LaneMarkings { get; init; } = true;

    /// <summary>Friction by segment along the road (a wet patch, ice); outside them <see cref="Friction"/> holds.</summary>
    public FrictionSegmentDefinition[] FrictionSegments { get; init; } = [];
}
