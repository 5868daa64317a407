namespace AebController.Scenarios.OpenDrive;

/// <summary>A lane section: from <see cref="S"/> on, these lanes (left positive ids, right negative).</summary>
public sealed record OdrLaneSection(double S, OdrLane[] Lanes);
