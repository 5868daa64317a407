namespace AebController.Scenarios.OpenScenario;

/// <summary>
/// When a compiled action fires: at a simulation time, or when the longitudinal gap between the ego and
/// the acting entity falls to a distance (aeb's two actor triggers), or never (a condition that is false).
/// </summary>
public readonly record struct OscTrigger(double? AtS, double? WhenGapM, bool Never = false)
{
    public static OscTrigger At(double timeS) => new(Math.Max(0, timeS), null);

    public static OscTrigger Gap(double gapM) => new(null, gapM);

    public static readonly OscTrigger NeverFires = new(null, null, true);

    /// <summary>A known time at which this trigger fires (gap triggers have none until run).</summary>
    public double? KnownTimeS => Never ? null : AtS;

    public OscTrigger Delayed(double delayS) => delayS == 0 || Never ? this
        : AtS is double t ? At(t + delayS)
        : throw new NotSupportedException("a delay after a distance condition");
}
