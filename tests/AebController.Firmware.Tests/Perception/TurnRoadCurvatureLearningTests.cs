using AebController.Firmware.Tests.Forward;
using AebController.Firmware.Calibration;
using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// How <see cref="TurnAcrossPath"/> learns the road's curvature and decides it is turning off it, against its documented
/// contract: the road is learned from the yaw rate over speed only above walking pace and from a usable yaw rate;
/// a new (or reset) rule has no road yet, so its first sample is the road (low-passing from a road that was never seen
/// would invent one); a car that steers along the learned bend is following the road, not departing it; "turning" holds
/// within the gate's turning speeds (inclusive) and when the steering departs from the road toward the oncoming side by
/// the gate's departure curvature. Gate: the validated calibration's turn* fields (the oracle never reads their values).
/// </summary>
public sealed class TurnRoadCurvatureLearningTests
{
    private const float CycleS = 0.01f;

    private static TurnGate Gate() => TurnGates.FromDefaults();

    [Fact]
    public void The_first_sample_on_a_steady_bend_is_that_bend()
    {
        // 10 m/s at 0.25 rad/s: κ = 0.025 per m, steering along it.
        var rule = new TurnAcrossPath();
        rule.ObserveRoad(10f, 0.25f, 0.025f, CycleS, Gate());
        Assert.Equal(0.025f, rule.RoadCurvaturePerM, 5);
    }

    [Fact]
    public void After_a_reset_the_rule_learns_as_a_new_one_does()
    {
        var gate = Gate();
        var used = new TurnAcrossPath();
        for (int i = 0; i < 300; i++) used.ObserveRoad(10f, -0.2f, -0.02f, CycleS, gate); // a right bend for 3 s
        used.Reset();
        var fresh = new TurnAcrossPath();
        for (int i = 0; i < 5; i++)
        {
            used.ObserveRoad(12f, 0.12f, 0.01f, CycleS, gate);
            fresh.ObserveRoad(12f, 0.12f, 0.01f, CycleS, gate);
            Assert.Equal(fresh.RoadCurvaturePerM, used.RoadCurvaturePerM);
        }
    }

    [Theory]
    [InlineData(0.5f, 0.1f)]        // walking pace: yaw rate over speed is noise
    [InlineData(0f, 0.1f)]
    [InlineData(10f, float.NaN)]    // no usable yaw rate
    [InlineData(10f, float.PositiveInfinity)]
    public void A_sample_below_walking_pace_or_without_a_yaw_rate_teaches_nothing(float speedMps, float yawRateRps)
    {
        var gate = Gate();
        var rule = new TurnAcrossPath();
        rule.ObserveRoad(10f, 0.1f, 0.01f, CycleS, gate); // the road: 0.01 per m
        for (int i = 0; i < 200; i++) rule.ObserveRoad(speedMps, yawRateRps, 0.01f, CycleS, gate);
        Assert.Equal(0.01f, rule.RoadCurvaturePerM, 6);
    }

    [Fact]
    public void Steering_along_a_tightening_bend_keeps_learning_it()
    {
        // The road was learned at 1/64 per m (left). The bend tightens toward 1/48 and the driver steers exactly along the
        // yaw rate, each cycle half a departure curvature beyond the learned road: following the road, not departing it,
        // so the learned road moves toward the bend at once (a departure would freeze it for up to the horizon) and
        // never away from it.
        var gate = Gate();
        var rule = new TurnAcrossPath();
        rule.ObserveRoad(16f, 16f / 64f, 1f / 64f, CycleS, gate);
        int cycles = (int)(0.5f * gate.HorizonS / CycleS);
        float previous = rule.RoadCurvaturePerM;
        for (int i = 0; i < cycles; i++)
        {
            float k = MathF.Min(rule.RoadCurvaturePerM + 0.5f * gate.MinDepartureCurvaturePerM, 1f / 48f);
            rule.ObserveRoad(16f, 16f * k, k, CycleS, gate);
            Assert.True(rule.RoadCurvaturePerM >= previous);
            previous = rule.RoadCurvaturePerM;
        }

        Assert.True(rule.RoadCurvaturePerM > 1f / 64f, $"learned {rule.RoadCurvaturePerM} per m after half the horizon");
    }

    [Fact]
    public void Steering_along_the_learned_bend_is_not_turning_across()
    {
        var gate = Gate();
        var rule = new TurnAcrossPath();
        float k = 2f * gate.MinDepartureCurvaturePerM; // a left bend twice the departure curvature
        float v = 0.5f * (gate.MinSpeedMps + gate.MaxSpeedMps);
        rule.ObserveRoad(v, v * k, k, CycleS, gate);
        Assert.False(rule.Turning(v, k, gate));
        // Departing from it toward the oncoming side by the departure curvature and more is.
        Assert.True(rule.Turning(v, k + 1.5f * gate.MinDepartureCurvaturePerM, gate));
    }

    [Fact]
    public void The_turning_speeds_include_their_ends()
    {
        var gate = Gate();
        var rule = new TurnAcrossPath(); // no road learned: straight
        float k = 2f * gate.MinDepartureCurvaturePerM;
        Assert.True(rule.Turning(gate.MinSpeedMps, k, gate));
        Assert.True(rule.Turning(gate.MaxSpeedMps, k, gate));
    }

    [Fact]
    public void A_right_hand_turn_across_is_the_mirror_of_a_left_one()
    {
        var left = Gate();
        var right = left with { OncomingSide = -1f };
        var rule = new TurnAcrossPath();
        float v = 0.5f * (left.MinSpeedMps + left.MaxSpeedMps);
        for (float k = -0.1f; k <= 0.1f; k += 0.0025f)
        {
            if (MathF.Abs(MathF.Abs(k) - left.MinDepartureCurvaturePerM) < 1e-4f) continue; // not at the threshold itself
            Assert.Equal(rule.Turning(v, k, left), rule.Turning(v, -k, right));
            Assert.Equal(k > left.MinDepartureCurvaturePerM, rule.Turning(v, k, left));
        }
    }
}
