namespace AebController.Scenarios.Faults;

/// <summary>
/// A run the judge counts under `degradedCollisions` (docs/faults.md "Collision"): the fault was detected before the
/// fault-free run's first intervention, the function stood aside with its lamp on, and contact followed. Not a failure;
/// listed so that the runs behind the count can be found, classified and replayed (`aeb faults --json`,
/// `degradedCollisionRuns`). Speeds in km/h; <see cref="DetectedAfterS"/> from the fault's start.
/// </summary>
public sealed record DegradedCollisionRun(
    string Scenario, string Signal, string Fault, string Moment, float? ImpactSpeedKph, float? BaselineImpactSpeedKph, float? DetectedAfterS);
