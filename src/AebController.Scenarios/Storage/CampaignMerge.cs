namespace AebController.Scenarios.Storage;

/// <summary>
/// Merges shard stores into one: the same campaign (space, seed, budget, calibration) required, no run
/// twice. The result is an unsharded store (shard 0/1): exploring into it again fills any block the
/// shards did not finish.
/// </summary>
public static class CampaignMerge
{
    public static CampaignMeta Merge(IReadOnlyList<string> inputs, string outDirectory)
    {
        if (inputs.Count == 0) throw new StoreMismatchException("merge needs at least one shard folder");
        CampaignMeta? first = null;
        int dims = -1;
        var seenShards = new HashSet<(int, int)>();
        foreach (string dir in inputs)
        {
            using var store = CampaignStore.OpenExisting(dir);
            var meta = store.ReadMeta() ?? throw new StoreMismatchException($"{dir}: the store has no campaign description (not made by aeb explore)");
            if (first is null)
            {
                first = meta;
                dims = store.Dimensions;
            }
            else if (first.Mismatch(meta) is string why)
            {
                throw new StoreMismatchException($"{dir}: holds a campaign with {why}; only shards of one campaign merge");
            }

            if (!seenShards.Add((meta.ShardIndex, meta.ShardCount))) throw new StoreMismatchException($"{dir}: shard {meta.ShardIndex}/{meta.ShardCount} is given twice");
        }

        if (Path.GetFullPath(CampaignStore.PathIn(outDirectory)) is string outPath && inputs.Any(i => Path.GetFullPath(CampaignStore.PathIn(i)) == outPath))
        {
            throw new StoreMismatchException($"{outDirectory}: --out must be a new folder, not one of the shards");
        }

        if (File.Exists(CampaignStore.PathIn(outDirectory))) throw new StoreMismatchException($"{outDirectory}: already holds a campaign store; merge into a new folder");
        var merged = first! with { ShardIndex = 0, ShardCount = 1 };
        using var output = CampaignStore.OpenOrCreate(outDirectory, merged, dims);
        for (int i = 0; i < inputs.Count; i++)
        {
            string path = Path.GetFullPath(CampaignStore.PathIn(inputs[i])).Replace("'", "''", StringComparison.Ordinal);
            output.Execute($"ATTACH '{path}' AS shard{i} (READ_ONLY)");
            output.Execute($"INSERT INTO runs SELECT * FROM shard{i}.runs ORDER BY idx");
            output.Execute($"DETACH shard{i}");
        }

        long duplicates = output.Scalar<long>("SELECT count(*) - count(DISTINCT idx) FROM runs");
        if (duplicates > 0) throw new StoreMismatchException($"the shards overlap: {duplicates} runs appear twice (were they made with different --shard counts?)");
        return merged;
    }
}
