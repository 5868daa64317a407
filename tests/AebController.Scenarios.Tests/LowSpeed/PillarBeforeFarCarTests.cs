namespace AebController.Scenarios.Tests.LowSpeed;

/// <summary>
/// A thin post in the path that the front radar does not return (`radarVisible: false`, 0.2 × 0.2 m), and a parked car 8 m
/// beyond it that the radar sees standing: at 6 km/h the post is at 2 m when the car is at 10 m. Hand physics
/// (v = 1.667 m/s; calibration reasons in docs/calibration.md): the car needs v² / (2 (10 − 1.0 − 0.3 v)) = 0.16 m/s² of
/// forward AEB, nothing; the post is the low-speed function's, which brakes once v² / (2 (d − 0.5 − 0.25 v)) ≥ 2.5 m/s²,
/// i.e. at d ≤ 1.474 m. Where the radar contradicts a standing echo the stand-in brakes as forward AEB would for a wall
/// it saw, once v² / (2 (d − 1.0 − 0.3 v)) ≥ 3.0 m/s², i.e. at d ≤ 1.963 m, never farther. The echo is measured every
/// 96 ms (realistic ring, two firing slots) and braking follows the 0.02 s persistence, so a trigger at d is acted on by
/// d − v (0.096 + 0.03) at the latest. What the test found (session 15): the radar's standing car farther than the echo
/// reads to EchoRadarAgreement as a range biased far, so with the car the stand-in brakes at its 1.96 m (observed 1.94 m;
/// stop 1.19 m short), without it the low-speed function at its own 1.47 m (observed 1.46 m; stop 0.90 m short). Both
/// stop short and brake within the bounds below; the earlier stop is the stand-in's price for catching a radar range
/// stuck or drifting far (aeb faults, lsf-wall-6), which a single list cannot tell from a real car farther on.
/// </summary>
public class PillarBeforeFarCarTests
{
    private const float V = 6f / 3.6f;
    private const string Post = """{ "id": "post", "class": "pillar", "gapM": 6.0, "yM": 0, "lengthM": 0.2, "widthM": 0.2, "radarVisible": false }""";
    private const string Car = """{ "id": "car", "class": "passengerCar", "gapM": 14.0, "yM": 0 }""";

    private static float OwnTriggerM => 0.5f + 0.25f * V + V * V / (2f * 2.5f);
    private static float ForwardAebTriggerM => 1.0f + 0.3f * V + V * V / (2f * 3.0f);
    private static float ActLagM => V * (0.096f + 0.03f);

    [Fact]
    public void The_hand_triggers_are_1_47_and_1_96_m()
    {
        Assert.InRange(OwnTriggerM, 1.47f, 1.48f);
        Assert.InRange(ForwardAebTriggerM, 1.96f, 1.97f);
        Assert.True(V * V / (2f * (10f - 1f - 0.3f * V)) < 0.2f);
    }

    [Fact]
    public void The_post_alone_is_braked_for_at_the_low_speed_functions_own_trigger()
    {
        var r = StandInCase.Run("post-alone-6", 6, $"[{Post}]");

        Assert.False(r.Collided);
        Assert.True(r.StopGapM >= 0.2f, $"stop gap {r.StopGapM}");
        Assert.InRange(StandInCase.GapAtFirstBrakeM(r), OwnTriggerM - ActLagM, OwnTriggerM);
    }

    [Fact]
    public void With_a_standing_car_beyond_it_the_post_is_braked_for_no_later_than_its_own_trigger_and_no_earlier_than_forward_aeb_would()
    {
        var r = StandInCase.Run("post-before-car-6", 6, $"[{Post}, {Car}]");

        Assert.False(r.Collided);
        Assert.True(r.StopGapM >= 0.2f, $"stop gap {r.StopGapM}");
        Assert.InRange(StandInCase.GapAtFirstBrakeM(r), OwnTriggerM - ActLagM, ForwardAebTriggerM);
    }
}
