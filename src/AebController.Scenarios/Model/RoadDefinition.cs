namespace AebController.Scenarios.Model;

public sealed record RoadDefinition
{
    /// <summary>Tyre–road friction coefficient: about 1.0 dry asphalt, 0.5 wet, 0.3 snow.</summary>
    public float Friction { get; init; } = 1.0f;

    /// <summary>Road grade in percent, positive uphill in the direction the ego faces.</summary>
    public float GradePercent { get; init; }
}
