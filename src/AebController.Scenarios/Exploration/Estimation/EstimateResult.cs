namespace AebController.Scenarios.Exploration.Estimation;

/// <summary>
/// An importance-sampling estimate: the probability, its 95 % interval, runs spent, the runs naive Monte
/// Carlo would need for the same relative error, and weight diagnostics (effective sample size of the
/// failing samples, largest weight's share) that say whether to trust it.
/// </summary>
public sealed record EstimateResult(
    double Probability,
    double CiLow,
    double CiHigh,
    long Runs,
    double NaiveRuns,
    double RelativeError,
    int Levels,
    long FinalFailures,
    double EffectiveSampleSize,
    double MaxWeightShare,
    IReadOnlyList<double> ProposalMean,
    IReadOnlyList<double> ProposalSigma,
    double? KnownProbability)
{
    /// <summary>How many times fewer runs than naive Monte Carlo for the same relative error.</summary>
    public double Speedup => Runs > 0 ? NaiveRuns / Runs : 0;
}
