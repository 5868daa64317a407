namespace AebController.Scenarios.Exploration.Search;

/// <summary>
/// How a campaign's budget is cut into blocks. A block is self-contained: 16 Halton points, then
/// two falsification chains of 8 steps that start at the block's two points of least robustness.
/// Every run is a pure function of (space, seed, calibration, block, slot), so blocks can go to any
/// worker, any shard or any resumed process and the store ends up the same.
/// </summary>
public sealed record CampaignPlan(long Budget, int ShardIndex = 0, int ShardCount = 1)
{
    public const int BlockSize = 32;
    public const int HaltonPerBlock = 16;
    public const int Chains = 2;
    public const int StepsPerChain = (BlockSize - HaltonPerBlock) / Chains;

    public long Blocks => (Budget + BlockSize - 1) / BlockSize;

    /// <summary>Slots block <paramref name="block"/> runs (the last one may be cut short by the budget).</summary>
    public int SlotsOf(long block) => (int)Math.Min(BlockSize, Budget - block * BlockSize);

    public bool Owns(long block) => block % ShardCount == ShardIndex;

    public IEnumerable<long> OwnBlocks()
    {
        for (long b = ShardIndex; b < Blocks; b += ShardCount) yield return b;
    }

    /// <summary>Parses "i/n" (0 ≤ i &lt; n).</summary>
    public static (int Index, int Count)? ParseShard(string? text)
    {
        if (text is null) return (0, 1);
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out int i) && int.TryParse(parts[1], out int n) && n >= 1 && i >= 0 && i < n) return (i, n);
        return null;
    }
}
