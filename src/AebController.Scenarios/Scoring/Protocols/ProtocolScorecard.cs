namespace AebController.Scenarios.Scoring.Protocols;

/// <summary>
/// One protocol's or regulation's scorecard: points per chapter, grids, gates, and every cell. Robustness points
/// (Euro NCAP 2026) are reported beside <see cref="Score"/>, not in it (docs/conformance.md "Robustness layers").
/// </summary>
public sealed record ProtocolScorecard(
    string Protocol,
    float Score,
    float MaxScore,
    int Cells,
    int Failed,
    IReadOnlyList<ChapterScore> Chapters,
    IReadOnlyList<GridScore> Grids,
    IReadOnlyList<GateOutcome> Gates,
    IReadOnlyList<CellOutcome> CellOutcomes,
    float RobustnessScore = 0f,
    float RobustnessMax = 0f)
{
    /// <summary>Regulations pass or fail; consumer protocols give points.</summary>
    public bool IsPointScored => Protocol.StartsWith("euro-ncap", StringComparison.Ordinal);
}
