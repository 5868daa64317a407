namespace AebController.Scenarios.Model;

/// <summary>OpenDRIVE's a + b·ds + c·ds² + d·ds³ from <see cref="SOffsetM"/> on (a lane width: from the section start; a lane offset: s along the road).</summary>
public sealed record CubicDefinition
{
    public float SOffsetM { get; init; }
    public required float A { get; init; }
    public float B { get; init; }
    public float C { get; init; }
    public float D { get; init; }
}
