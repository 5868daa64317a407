using System.Globalization;

namespace AebController.Scenarios.Faults;

/// <summary>The judgement of one faulted run and the evidence for it (times from the fault's start).</summary>
public readonly record struct Verdict(
    FaultOutcome Outcome,
    float? DetectedAfterS,
    float? ReleaseAfterS,
    float ReleaseDropMps2,
    float? InterventionAfterS,
    string? InterventionKind,
    float? ImpactSpeedKph,
    float? BaselineImpactSpeedKph)
{
    public bool Failed => (Outcome & FaultOutcome.Failures) != 0;

    /// <summary>One sentence per outcome (allocates: for failures only).</summary>
    public string Describe(float? detectWithinS)
    {
        var parts = new List<string>();
        string F(float v) => v.ToString("0.###", CultureInfo.InvariantCulture);
        if ((Outcome & FaultOutcome.UnintendedRelease) != 0) parts.Add($"brake request {F(ReleaseDropMps2)} m/s² below the fault-free run {F(ReleaseAfterS ?? 0f)} s after the fault");
        if ((Outcome & FaultOutcome.UnintendedIntervention) != 0) parts.Add($"{InterventionKind} {F(InterventionAfterS ?? 0f)} s after the fault where the fault-free run had none");
        if ((Outcome & FaultOutcome.LateDetection) != 0)
        {
            parts.Add(DetectedAfterS is float d ? $"diagnostic code after {F(d)} s; stated {F(detectWithinS ?? 0f)} s" : $"no diagnostic code; stated {F(detectWithinS ?? 0f)} s");
        }

        if ((Outcome & (FaultOutcome.Collision | FaultOutcome.DegradedCollision)) != 0)
        {
            string baseline = BaselineImpactSpeedKph is float b ? $"{F(b)} km/h without the fault" : "no contact without the fault";
            parts.Add($"{((Outcome & FaultOutcome.Collision) != 0 ? "collision" : "collision after a detected fault (function unavailable, lamp on)")} at {F(ImpactSpeedKph ?? 0f)} km/h; {baseline}");
        }

        return string.Join("; ", parts);
    }
}
