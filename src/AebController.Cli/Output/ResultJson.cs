using System.Text.Json;
using System.Text.Json.Serialization;
using AebController.Scenarios.Running;

namespace AebController.Cli.Output;

/// <summary>The machine-readable result of one run: one JSON object, times in scenario seconds, null for "never".</summary>
public static class ResultJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static object Shape(ScenarioResult r) => new
    {
        scenario = r.Scenario,
        passed = r.Passed,
        collided = r.Collided,
        collidedWith = r.CollidedWith,
        impactSpeedKph = Round(r.ImpactSpeedKph),
        minGapM = float.IsFinite(r.MinGapM) ? Round(r.MinGapM) : null,
        stopGapM = Round(r.StopGapM),
        firstWarningS = Round(r.FirstWarningS),
        firstBrakeS = Round(r.FirstBrakeS),
        warningLeadS = r.FirstWarningS is float w && r.FirstBrakeS is float b ? Round(b - w) : null,
        maxDecelMps2 = Round(r.MaxDecelMps2),
        maxBrakeRequestMps2 = Round(r.MaxBrakeRequestMps2),
        maxSpeedKph = Round(r.MaxSpeedKph),
        torqueLimitedS = Round(r.TorqueLimitedS),
        endTimeS = Round(r.EndTimeS),
        diagnostics = r.Diagnostics.ToString(),
        faultDetectionCycles = r.FaultDetectionCycles,
        failures = r.Failures,
    };

    public static string Serialize(ScenarioResult r) => JsonSerializer.Serialize(Shape(r), Options);

    public static string SerializeAny(object value) => JsonSerializer.Serialize(value, Options);

    private static double? Round(float? value) => value is float v && float.IsFinite(v) ? Math.Round(v, 3) : null;
}
