using System.Globalization;
using AebController.Firmware.Signals;
using AebController.Scenarios.Model;

namespace AebController.Scenarios.Running;

/// <summary>Checks a run against its scenario's expectations; each failure is a sentence saying what and by how much.</summary>
public static class ExpectationEvaluator
{
    public static IReadOnlyList<string> Evaluate(ExpectationDefinition expect, ScenarioResult r)
    {
        var failures = new List<string>();
        string F(float v) => v.ToString("0.##", CultureInfo.InvariantCulture);

        if (expect.Collision is bool collision && collision != r.Collided)
        {
            failures.Add(r.Collided
                ? $"collided with '{r.CollidedWith}' at {F(r.ImpactSpeedKph ?? 0f)} km/h; no contact was expected"
                : "no contact, but the case expects one");
        }

        if (expect.MaxImpactSpeedKph is float maxImpact && r.ImpactSpeedKph is float impact && impact > maxImpact)
        {
            failures.Add($"impact speed {F(impact)} km/h exceeds the permitted {F(maxImpact)} km/h");
        }

        if (expect.Warns is bool warns && warns != r.FirstWarningS.HasValue)
        {
            failures.Add(warns ? "no warning was given" : $"a warning was given at {F(r.FirstWarningS!.Value)} s; none was expected");
        }

        if (expect.Brakes is bool brakes && brakes != r.FirstBrakeS.HasValue)
        {
            failures.Add(brakes
                ? "the controller never braked"
                : $"the controller braked at {F(r.FirstBrakeS!.Value)} s (peak request {F(r.MaxBrakeRequestMps2)} m/s²); no braking was expected");
        }

        if (expect.WarningBeforeBrake == true && r.FirstBrakeS is float brake)
        {
            if (r.FirstWarningS is not float warn || warn > brake)
            {
                failures.Add($"braking at {F(brake)} s came before any warning");
            }
            else if (brake - warn + 1e-4f < expect.MinWarningLeadS)
            {
                failures.Add($"warning led braking by {F(brake - warn)} s; at least {F(expect.MinWarningLeadS)} s is required");
            }
        }

        if (expect.MinBrakeRequestMps2 is float minRequest && r.MaxBrakeRequestMps2 + 1e-3f < minRequest)
        {
            failures.Add($"braking demand peaked at {F(r.MaxBrakeRequestMps2)} m/s², below the {F(minRequest)} m/s² required");
        }

        if (expect.MaxBrakeRequestMps2 is float maxRequest && r.MaxBrakeRequestMps2 > maxRequest + 1e-3f)
        {
            failures.Add($"brake request reached {F(r.MaxBrakeRequestMps2)} m/s², above the {F(maxRequest)} m/s² allowed");
        }

        if (expect.MinStopGapM is float minStop && (r.StopGapM is not float gap1 || gap1 < minStop))
        {
            failures.Add(r.StopGapM is float g ? $"stopped {F(g)} m short; at least {F(minStop)} m required" : "did not come to a stop short of the obstacle");
        }

        if (expect.MaxStopGapM is float maxStop && r.StopGapM is float gap2 && gap2 > maxStop)
        {
            failures.Add($"stopped {F(gap2)} m short; more than {F(maxStop)} m is braking too early");
        }

        if (expect.TorqueLimited is bool limited && limited != r.TorqueLimitedS > 0f)
        {
            failures.Add(limited ? "drive torque was never limited" : $"drive torque was limited for {F(r.TorqueLimitedS)} s; deliberate acceleration must not be suppressed");
        }

        foreach (string name in expect.Diagnostics)
        {
            var code = Enum.Parse<DiagnosticCode>(name, ignoreCase: true);
            if ((r.Diagnostics & code) == 0) failures.Add($"diagnostic code {code} was not latched");
        }

        if (expect.DetectWithinCycles is int within)
        {
            for (int i = 0; i < r.FaultDetectionCycles.Count; i++)
            {
                int? cycles = r.FaultDetectionCycles[i];
                if (cycles is null) failures.Add($"fault {i} was never detected");
                else if (cycles > within) failures.Add($"fault {i} was detected after {cycles} cycles; within {within} required");
            }
        }

        if (expect.NoDiagnostics == true && r.Diagnostics != DiagnosticCode.None)
        {
            failures.Add($"diagnostic codes latched: {r.Diagnostics}");
        }

        if (expect.MaxSpeedKph is float maxSpeed && r.MaxSpeedKph > maxSpeed)
        {
            failures.Add($"reached {F(r.MaxSpeedKph)} km/h; at most {F(maxSpeed)} km/h allowed");
        }

        if (expect.MinSpeedKph is float minSpeed && r.MaxSpeedKph < minSpeed)
        {
            failures.Add($"reached only {F(r.MaxSpeedKph)} km/h; at least {F(minSpeed)} km/h expected (acceleration suppressed?)");
        }

        foreach (string name in expect.BrakeReasons)
        {
            var flag = Enum.Parse<FunctionFlags>(name, ignoreCase: true);
            if (!Array.Exists(r.Trace, c => (c.BrakeReasons & flag) != 0)) failures.Add($"{flag} never braked");
        }

        foreach (string name in expect.ForwardStates)
        {
            var state = Enum.Parse<ForwardAebState>(name, ignoreCase: true);
            if (!Array.Exists(r.Trace, c => c.ForwardState == state)) failures.Add($"forward AEB never reached {state}");
        }

        return failures;
    }
}
