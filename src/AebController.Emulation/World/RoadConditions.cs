namespace AebController.Emulation.World;

/// <summary>Tyre–road friction coefficient and road grade (positive uphill in the road's +x direction).</summary>
public readonly record struct RoadConditions(float Friction, float GradeRad);
