namespace AebController.Scenarios.Exploration.Analysis;

/// <summary>A failure mode as reported: its size, region, representative run and minimal case file.</summary>
public sealed record ModeSummary(
    int Id,
    string Kind,
    string CollidedWith,
    long Count,
    long FirstRun,
    long RepresentativeRun,
    IReadOnlyDictionary<string, string> Region,
    IReadOnlyDictionary<string, string> Minimal,
    string? File,
    bool Reproduces,
    int ShrinkRuns,
    float? ImpactKph,
    string Failure);
