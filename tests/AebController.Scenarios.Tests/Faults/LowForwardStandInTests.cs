using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Firmware.Signals;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// The campaign's lsf-wall-6 (6 km/h toward a wall 7.5 m ahead) with a front-radar field fault that makes the radar see the
/// wall wrongly: its range stuck or drifting far, its rate offset or drifting (the wall "drives away"), from the warning;
/// its elevation drifting (the wall read as overhead) from cruising. Forward AEB then never brakes; before, only the
/// low-speed forward function braked, on its own 2.5 m/s² need, 0.3 s after the fault-free run (aeb faults: 5 releases
/// of 9.8 m/s²). The oracles are the campaign judge's (docs/faults.md) and hand physics: braking starts no later than
/// the fault-free run's plus the judge's 0.1 s; from then until the car is at rest every cycle asks at least the exact
/// need of the standing wall, v² / (2 (gap − 0.2 m)); the car stops without contact at least 0.2 m short.
/// </summary>
public sealed class LowForwardStandInTests
{
    private const float ReleaseLagS = 0.1f;
    private const float StopGapM = 0.2f;

    private static string Case(string input, string kind, float startS, float value) => $$"""
        {
          "name": "lsf-wall-6.{{input}}.{{kind}}", "seed": 42, "durationS": 12,
          "road": { "friction": 1, "gradePercent": 0, "laneMarkings": true },
          "ego": { "speedKph": 6, "gear": "drive", "holdSpeed": true },
          "actors": [ { "id": "obstacle", "class": "wall", "gapM": 7.5, "yM": 0, "speedKph": 0 } ],
          "faults": {{FaultJson.Array(input, kind, startS, value)}},
          "end": { "whenStoppedForS": 3 },
          "expect": { "collision": false, "brakes": true, "minStopGapM": 0.2, "maxStopGapM": 2.5 }
        }
        """;

    private static ScenarioResult Run(string input, string kind = "none", float startS = 0f, float value = 0f) =>
        new ScenarioRunner(AebCalibration.Default, null, WorldProfile.Realistic)
            .Run(ScenarioLoader.Parse(Case(input, kind, startS, value), input + ".json"));

    [Theory]
    [InlineData("frontRadarRange", "stuck", 2.5395f, 0f)]
    [InlineData("frontRadarRange", "drift", 2.5395f, 1f)]
    [InlineData("frontRadarRangeRate", "offset", 2.5395f, 1f)]
    [InlineData("frontRadarRangeRate", "drift", 2.5395f, 2f)]
    [InlineData("frontRadarElevation", "drift", 0.5595f, 1f)]
    public void A_radar_that_sees_the_wall_wrongly_does_not_delay_braking(string input, string kind, float startS, float value)
    {
        var free = Run("none");
        var faulted = Run(input, kind, startS, value);

        Assert.NotNull(free.FirstBrakeS);
        Assert.NotNull(faulted.FirstBrakeS);
        Assert.False(faulted.Collided);
        Assert.InRange(faulted.FirstBrakeS!.Value, 0f, free.FirstBrakeS!.Value + ReleaseLagS);
        Assert.True(faulted.StopGapM >= StopGapM, $"stopped {faulted.StopGapM} m short");

        float dueS = free.FirstBrakeS.Value + ReleaseLagS;
        for (int i = 1; i < faulted.Trace.Length; i++)
        {
            ref readonly CycleRecord c = ref faulted.Trace[i];
            float v = c.EgoSpeedKph / 3.6f;
            if (c.TimeS < dueS - 1e-4f || v < 0.03f) continue;
            float need = v * v / (2f * (c.PathGapM - StopGapM));
            Assert.True(c.BrakeRequestMps2 >= need, $"{c.TimeS:0.00} s: asks {c.BrakeRequestMps2} m/s², the wall needs {need}");
        }
    }

    /// <summary>
    /// The fault-free drive: the radar measures the wall as the ultrasonics do, so forward AEB brakes and the low-speed
    /// function does not brake for it first (it keeps its own, later, margin for what the radar cannot see).
    /// </summary>
    [Fact]
    public void A_radar_that_agrees_leaves_the_braking_to_forward_aeb()
    {
        var free = Run("none");
        Assert.NotNull(free.FirstBrakeS);
        var first = free.Trace.First(c => c.BrakeRequestMps2 > 0.1f);
        Assert.True((first.BrakeReasons & FunctionFlags.ForwardAeb) != 0, $"first brake by {first.BrakeReasons}");
        Assert.True((first.BrakeReasons & FunctionFlags.LowSpeedForward) == 0, $"first brake by {first.BrakeReasons}");
    }
}
