namespace AebController.Scenarios.Faults;

/// <summary>How a run ended: contact and its speed.</summary>
public readonly record struct RunFacts(bool Collided, float ImpactSpeedKph);
