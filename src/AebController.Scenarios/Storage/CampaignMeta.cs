namespace AebController.Scenarios.Storage;

/// <summary>What a campaign store was made for; a store only resumes or merges with the same space, seed, budget, calibration and world.</summary>
public sealed record CampaignMeta(string Space, string SpaceFingerprint, ulong Seed, long Budget, int ShardIndex, int ShardCount, string CalibrationJson,
    string World, string WorldJson)
{
    /// <summary>The first difference from <paramref name="other"/> that forbids mixing their runs, or null.</summary>
    public string? Mismatch(CampaignMeta other)
    {
        if (Space != other.Space) return $"space '{other.Space}', not '{Space}'";
        if (SpaceFingerprint != other.SpaceFingerprint) return $"a different version of space '{Space}' (its file changed)";
        if (Seed != other.Seed) return $"seed {other.Seed}, not {Seed}";
        if (Budget != other.Budget) return $"budget {other.Budget}, not {Budget}";
        if (CalibrationJson != other.CalibrationJson) return "a different calibration";
        if (WorldJson != other.WorldJson) return $"world '{other.World}', not '{World}' (or a changed profile)";
        return null;
    }
}
