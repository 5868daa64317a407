using AebController.Firmware.Monitoring;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// The settings both RangeRateAgreement test classes drive the monitor with, how they feed it a list, and the hand bound
/// on how soon a rate bias must be flagged once the residual starts to walk from an anchor.
/// </summary>
internal static class RangeRateAgreementSetup
{
    public const long ListUs = 50_000;          // 20 Hz radar lists
    public const int AnchorLists = 4;
    public const float ToleranceM = 0.4f;
    public const float AllowanceMps = 0.25f;
    public const float AnchorMaxS = 1.5f;
    public const float MaxRelAccelMps2 = 20f;
    public const int PersistLists = 3;

    public static bool Feed(ref RangeRateAgreement m, int trackId, float rangeM, float closingMps, long measuredUs) =>
        m.Update(trackId, rangeM, closingMps, measuredUs, AnchorLists, ToleranceM, AllowanceMps, AnchorMaxS, MaxRelAccelMps2, PersistLists);

    /// <summary>
    /// Latest time after an anchor's start at which a rate bias <paramref name="biasMps"/> present since then is flagged:
    /// the anchor (the mean of the first lists) already holds |b|·t̄, t̄ its mean age of 1.5 lists, so the walk from it
    /// exceeds tolerance + allowance·t at t = (0.4 + |b|·t̄) / (|b| − 0.25); then one list for the median, the rest of the
    /// persistence, one for the list grid and one for rounding or noise.
    /// </summary>
    public static float BiasFlaggedWithinS(float biasMps)
    {
        float listS = ListUs * 1e-6f;
        float anchorMeanS = 0.5f * (AnchorLists - 1) * listS;
        float crossS = (ToleranceM + MathF.Abs(biasMps) * anchorMeanS) / (MathF.Abs(biasMps) - AllowanceMps);
        return crossS + (1 + (PersistLists - 1) + 1 + 1) * listS;
    }
}
