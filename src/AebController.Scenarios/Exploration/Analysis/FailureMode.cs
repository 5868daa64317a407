using AebController.Scenarios.Exploration.Search;

namespace AebController.Scenarios.Exploration.Analysis;

/// <summary>
/// One distinct way of failing: same failure kind, same struck class, same set values, and a connected
/// region of the continuous parameters. <see cref="Low"/>/<see cref="High"/> bound the members' values.
/// </summary>
public sealed class FailureMode
{
    public required int Id { get; init; }
    public required string Kind { get; init; }
    public required string CollidedWith { get; init; }
    public required long Count { get; set; }
    public required RunRecord Representative { get; set; }
    public required double[] Low { get; init; }
    public required double[] High { get; init; }
    public long FirstIndex { get; set; }
}
