namespace AebController.Scenarios.Exploration.Estimation;

/// <summary>
/// Cross-entropy settings: samples per adaptive level, samples of the final estimate, the elite share ρ,
/// the smoothing of parameter updates, and the smallest proposal spread (keeps the proposal from collapsing).
/// </summary>
public sealed record EstimateOptions(int SamplesPerLevel = 1000, int FinalSamples = 4000, double Rho = 0.1, int MaxLevels = 12,
    double Smoothing = 0.8, double MinSigma = 0.25);
