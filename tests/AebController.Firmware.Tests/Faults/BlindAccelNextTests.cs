using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Faults;

/// <summary>
/// A braking lead whose deceleration still built when the prediction went blind is carried building it. The oracle is
/// kinematics by hand: Euro NCAP CCRb's lead reaches 6 m/s² within 1 s, so its deceleration builds at about 6 m/s³; a
/// lead braking at a0 with jerk j brakes at a0 + j·t after t, never harder than the road gives (μg), and one that no
/// longer builds (j ≥ 0) keeps its deceleration. Never less braking than carried.
/// </summary>
public sealed class BlindAccelNextTests
{
    private const float CycleS = 0.01f;
    private const float FloorMps2 = -9.81f;

    [Fact]
    public void A_building_deceleration_goes_on_at_its_jerk_to_the_road_limit()
    {
        float a = -3f;
        const float jerk = -6f;
        for (int n = 1; n <= 200; n++)
        {
            a = ThreatPredictor.BlindAccelNext(a, jerk, FloorMps2, CycleS);
            float byHand = MathF.Max(FloorMps2, -3f + jerk * n * CycleS);
            Assert.Equal(byHand, a, 3);
        }
    }

    [Fact]
    public void Sweep_never_less_braking_never_beyond_the_road()
    {
        for (int ai = -100; ai <= 30; ai += 3)
        for (int ji = -200; ji <= 50; ji += 7)
        {
            float a = ai * 0.1f;
            float j = ji * 0.1f;
            float next = ThreatPredictor.BlindAccelNext(a, j, FloorMps2, CycleS);
            Assert.True(next <= a, $"a {a} j {j}: {next}");
            Assert.True(next >= MathF.Min(a, FloorMps2), $"a {a} j {j}: {next}");
            if (j >= 0f) Assert.Equal(a, next);
        }
    }

    [Theory]
    [InlineData(float.NaN, -6f, 0f)]
    [InlineData(-4f, float.NaN, -4f)]
    [InlineData(-4f, 0f, -4f)]
    public void Unknown_inputs_change_nothing_or_carry_no_acceleration(float a, float j, float expected) =>
        Assert.Equal(expected, ThreatPredictor.BlindAccelNext(a, j, FloorMps2, CycleS));
}
