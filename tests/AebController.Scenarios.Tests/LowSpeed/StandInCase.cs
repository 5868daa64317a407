using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.LowSpeed;

/// <summary>
/// A forward low-speed case in the documented scenario format (docs/scenario-format.md), run in the realistic world: the ego
/// in drive at <c>speedKph</c> (held by the test driver until a brake acts), the given actors and accelerator keyframes,
/// and optionally the front radar's range rate offset by +1 m/s from 0.2 s (the campaign's offset: the radar then reads a
/// standing obstacle "driving away", which contradicts a standing echo and hands braking to the low-speed function's
/// stand-in for forward AEB, session 14).
/// </summary>
internal static class StandInCase
{
    public const string RateOffset = """[{ "input": "frontRadarRangeRate", "kind": "offset", "startS": 0.2, "value": 1.0 }]""";

    public static ScenarioResult Run(string name, float speedKph, string actors, string accelerator = "[]", bool rateOffset = false) =>
        new ScenarioRunner(AebCalibration.Default, null, WorldProfile.Realistic).Run(ScenarioLoader.Parse($$"""
            {
              "name": "{{name}}", "seed": 42, "durationS": 12,
              "road": { "friction": 1, "gradePercent": 0, "laneMarkings": true },
              "ego": { "speedKph": {{speedKph}}, "gear": "drive", "holdSpeed": true },
              "driver": { "accelerator": {{accelerator}} },
              "actors": {{actors}},
              "faults": {{(rateOffset ? RateOffset : "[]")}},
              "end": { "whenStoppedForS": 3 },
              "expect": { "collision": false }
            }
            """, name + ".json"));

    /// <summary>The true gap (ground truth) in the first cycle with a brake request; NaN when nothing braked.</summary>
    public static float GapAtFirstBrakeM(ScenarioResult r)
    {
        foreach (var c in r.Trace)
        {
            if (c.BrakeRequestMps2 > 0f) return c.PathGapM;
        }

        return float.NaN;
    }
}
