namespace AebController.Scenarios.Tests.LowSpeed;

/// <summary>
/// The low-speed function's stand-in for forward AEB together with MAI, near a wall (6 m ahead at 5 km/h), the front
/// radar's rate offset by +1 m/s (the wall "drives away": forward AEB will not brake, the stand-in does), against the same
/// drive with a healthy radar (forward AEB brakes). Oracles: the campaign judge's lag (docs/faults.md: a faulted run may
/// follow the fault-free run's braking by at most 0.1 s), the low-speed scenarios' 0.2 m stop gap, no contact, and MAI's
/// rules (docs/calibration.md): a press floored in 0.2 s (5/s, beyond its 2.5/s) with the wall within 5 m is a pedal error
/// (torque cut, and the kick-down it makes overrides nothing), a press to 0.2 over 1 s begun 6 m out is deliberate (no cut
/// before braking is owed). By hand for the deliberate press at 5 km/h (1.389 m/s): the low-speed function's own need
/// v² / (2 (d − 0.5 − 0.25 v)) reaches its 2.5 m/s² only at d ≤ 1.23 m, the stand-in's v² / (2 (d − 1.0 − 0.3 v)) reaches
/// forward AEB's 3.0 m/s² at d ≤ 1.74 m, where forward AEB itself brakes with a healthy radar (session 15: 1.74 and 1.70 m).
/// </summary>
public class StandInWithMaiTests
{
    private const string Wall = """[{ "id": "wall", "class": "wall", "gapM": 6.0, "yM": 0 }]""";
    private const string Misapplied = """[{ "t": 1.5, "value": 0 }, { "t": 1.7, "value": 1 }]""";
    private const string Deliberate = """[{ "t": 0.5, "value": 0 }, { "t": 1.5, "value": 0.2 }]""";
    private const float LagS = 0.1f;

    [Fact]
    public void A_misapplied_press_is_cut_and_the_car_stops_short_with_the_radar_contradicted()
    {
        var free = StandInCase.Run("mai-wall-misapplied", 5, Wall, Misapplied);
        var faulted = StandInCase.Run("mai-wall-misapplied-rate", 5, Wall, Misapplied, rateOffset: true);

        foreach (var r in new[] { free, faulted })
        {
            Assert.False(r.Collided);
            Assert.True(r.StopGapM >= 0.2f, $"stop gap {r.StopGapM}");
            // The torque stays cut from the press (1.7 s, fully floored) until the car stands.
            foreach (var c in r.Trace)
            {
                if (c.TimeS >= 1.8f && MathF.Abs(c.EgoSpeedKph) > 0.1f) Assert.True(c.TorqueLimit < 0.999f, $"{c.TimeS:F2} s: torque back while moving");
            }
        }

        Assert.InRange(faulted.FirstBrakeS!.Value, 0f, free.FirstBrakeS!.Value + LagS);
    }

    [Fact]
    public void A_deliberate_press_is_not_cut_and_the_stand_in_brakes_when_forward_aeb_would()
    {
        var free = StandInCase.Run("mai-wall-deliberate", 5, Wall, Deliberate);
        var faulted = StandInCase.Run("mai-wall-deliberate-rate", 5, Wall, Deliberate, rateOffset: true);

        foreach (var r in new[] { free, faulted })
        {
            Assert.False(r.Collided);
            Assert.True(r.StopGapM >= 0.2f, $"stop gap {r.StopGapM}");
            foreach (var c in r.Trace)
            {
                if (c.TimeS < r.FirstBrakeS!.Value) Assert.True(c.TorqueLimit >= 0.999f, $"{c.TimeS:F2} s: a deliberate press cut before braking");
            }
        }

        Assert.InRange(faulted.FirstBrakeS!.Value, free.FirstBrakeS!.Value - LagS, free.FirstBrakeS!.Value + LagS);
    }
}
