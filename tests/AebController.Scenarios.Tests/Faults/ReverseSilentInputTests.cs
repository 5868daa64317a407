using AebController.Emulation.Profiles;
using AebController.Firmware.Calibration;
using AebController.Scenarios.Loading;
using AebController.Scenarios.Running;

namespace AebController.Scenarios.Tests.Faults;

/// <summary>
/// Reversing at 5 km/h toward a pedestrian standing 8.6 m behind (the campaign's rev-pedestrian-5), an input goes silent
/// 50 ms into the reverse warning (the campaign's reverse moment): the wheel speed, or the IMU (whose silence also stops
/// the motion frame), or the rear ultrasonics (whose last echo then ages up to the 250 ms stale limit). The oracle is the campaign judge's (docs/faults.md): the same drive without the
/// fault decides when braking was due; a faulted run may follow a rise of the request at most ReleaseLagS (0.1 s) late,
/// and must not touch the pedestrian. Before the still-healthy echo was judged at the estimated speed (instead of the
/// faulted reading's 0), braking came 0.11 s late in both; before the echo was brought to now by its age, 0.12 s late with
/// the ultrasonics silent (the obstacle stood still for the function while the car closed on it).
/// </summary>
public sealed class ReverseSilentInputTests
{
    private const float ReleaseLagS = 0.1f;

    private static string Case(string fault, string kind = "stale") => $$"""
        {
          "name": "rev-pedestrian-5.{{fault}}", "seed": 65, "durationS": 12,
          "road": { "friction": 1, "gradePercent": 0, "laneMarkings": true },
          "ego": { "speedKph": 5, "gear": "reverse", "holdSpeed": true },
          "actors": [ { "id": "target", "class": "pedestrian", "rearGapM": 8.555556, "yM": 0, "speedKph": 0 } ],
          "faults": {{FaultJson.Array(fault, kind, 5.0595f, 0f)}},
          "end": { "whenStoppedForS": 3 },
          "expect": { "collision": false, "brakes": true }
        }
        """;

    private static ScenarioResult Run(string fault, string kind = "stale") =>
        new ScenarioRunner(AebCalibration.Default, null, WorldProfile.Realistic).Run(ScenarioLoader.Parse(Case(fault, kind), fault + ".json"));

    [Theory]
    [InlineData("wheelSpeed")]
    [InlineData("imu")]
    [InlineData("ultrasonicRear")]
    public void A_silent_input_does_not_delay_reverse_braking(string fault)
    {
        var free = Run("none");
        var faulted = Run(fault);

        Assert.NotNull(free.FirstBrakeS);
        Assert.NotNull(faulted.FirstBrakeS);
        Assert.False(faulted.Collided);
        Assert.InRange(faulted.FirstBrakeS!.Value, 0f, free.FirstBrakeS!.Value + ReleaseLagS);
    }

    /// <summary>
    /// The rear echoes stuck (the value before, arriving fresh) 50 ms into the warning: the pedestrian's distance stops
    /// shrinking while the car reverses at 1.39 m/s toward her, whom the rear radar sees standing. Found frozen
    /// (UltrasonicRearFrozen) and braked on the last true echo less the travel since: within the judge's 0.1 s of the
    /// fault-free run (before: no code, braking on the rear radar alone 0.13 s late). A stream 0.1 s late repeats one old
    /// value per measurement, never two: no code, and braking within the same 0.1 s.
    /// </summary>
    [Theory]
    [InlineData("stuck", true)]
    [InlineData("delay", false)]
    public void Frozen_rear_echoes_are_found_and_do_not_delay_braking_a_late_stream_is_not_frozen(string kind, bool frozen)
    {
        var free = Run("none");
        var faulted = Run("ultrasonicRear", kind);

        Assert.False(faulted.Collided);
        Assert.InRange(faulted.FirstBrakeS!.Value, 0f, free.FirstBrakeS!.Value + ReleaseLagS);
        Assert.Equal(frozen, faulted.Diagnostics.HasFlag(AebController.Firmware.Signals.DiagnosticCode.UltrasonicRearFrozen));
    }
}
