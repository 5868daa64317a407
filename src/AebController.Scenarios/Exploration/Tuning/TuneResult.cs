namespace AebController.Scenarios.Exploration.Tuning;

/// <summary>
/// What tuning found: the tuned values, the calibration file text holding only them, and the mean score
/// (share of the maximum, after deductions) of the default and the tuned calibration on the training and
/// held-out sets.
/// </summary>
public sealed record TuneResult(
    IReadOnlyDictionary<string, double> Values,
    IReadOnlyDictionary<string, double> Defaults,
    string CalibrationJson,
    double DefaultTrainingScore,
    double TunedTrainingScore,
    double DefaultHeldOutScore,
    double TunedHeldOutScore,
    int Candidates,
    long Runs);
