namespace AebController.Scenarios.Scoring.Protocols;

/// <summary>Points of one chapter of a protocol, out of the maximum for the cells included.</summary>
public sealed record ChapterScore(string Chapter, float Points, float MaxPoints, int Cells, int Failed);
