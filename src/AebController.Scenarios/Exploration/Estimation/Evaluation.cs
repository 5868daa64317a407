namespace AebController.Scenarios.Exploration.Estimation;

/// <summary>One evaluated point: whether it met the constraints, whether it failed, and its robustness margin (negative = failed).</summary>
public readonly record struct Evaluation(bool Valid, bool Failed, double Robustness);
