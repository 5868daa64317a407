namespace AebController.Scenarios.OpenScenario;

/// <summary>Where an entity's reference point stands: in the plane, and on the road when it was placed on one.</summary>
public sealed record OscPose(double X, double Y, double Heading, string? RoadId = null, double S = 0, double T = 0, int? LaneId = null);
