using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// <see cref="TurnAcrossPath.SteeredCurvaturePerM"/> and <see cref="TurnAcrossPath.SteeredCurvatureRatePerMs"/> against the
/// kinematic bicycle model by hand: road-wheel angle δ = steering-wheel angle / ratio, curvature tan δ / L, its rate
/// δ̇ / (L cos² δ); and "no answer" (NaN, which fails every comparison downstream) for any input that has no physical
/// meaning: a non-finite angle or rate, a steering ratio or wheelbase that is zero or negative.
/// </summary>
public sealed class SteeredCurvatureBicycleModelTests
{
    private const float Ratio = 16f;
    private const float WheelbaseM = 2.5f;

    [Fact]
    public void A_road_wheel_at_45_degrees_turns_on_a_radius_of_one_wheelbase()
    {
        // δ = (16·π/4)/16 = π/4, tan δ = 1: κ = 1/2.5 = 0.4 per m; mirrored steering, mirrored curvature.
        Assert.Equal(0.4f, TurnAcrossPath.SteeredCurvaturePerM(Ratio * MathF.PI / 4f, Ratio, WheelbaseM), 4);
        Assert.Equal(-0.4f, TurnAcrossPath.SteeredCurvaturePerM(-Ratio * MathF.PI / 4f, Ratio, WheelbaseM), 4);
        Assert.Equal(0f, TurnAcrossPath.SteeredCurvaturePerM(0f, Ratio, WheelbaseM));
    }

    [Fact]
    public void The_curvature_rate_at_45_degrees_is_twice_the_wheel_rate_over_the_wheelbase()
    {
        // δ̇ = 1.6/16 = 0.1 rad/s; cos² 45° = 0.5: κ̇ = 0.1 / (2.5·0.5) = 0.08 per m per s. At δ = 0: 0.1/2.5 = 0.04.
        Assert.Equal(0.08f, TurnAcrossPath.SteeredCurvatureRatePerMs(Ratio * MathF.PI / 4f, 1.6f, Ratio, WheelbaseM), 4);
        Assert.Equal(0.04f, TurnAcrossPath.SteeredCurvatureRatePerMs(0f, 1.6f, Ratio, WheelbaseM), 5);
    }

    public static TheoryData<float, float, float> Meaningless() => new()
    {
        { float.NaN, Ratio, WheelbaseM },
        { float.PositiveInfinity, Ratio, WheelbaseM },
        { 1f, 0f, WheelbaseM },
        { 1f, -16f, WheelbaseM },
        { 1f, Ratio, 0f },
        { 1f, Ratio, -2.5f },
        { 1f, float.NaN, WheelbaseM },
        { 1f, Ratio, float.NaN },
    };

    [Theory]
    [MemberData(nameof(Meaningless))]
    public void A_meaningless_steering_input_gives_no_curvature(float steeringWheelRad, float ratio, float wheelbaseM)
    {
        Assert.True(float.IsNaN(TurnAcrossPath.SteeredCurvaturePerM(steeringWheelRad, ratio, wheelbaseM)));
        Assert.True(float.IsNaN(TurnAcrossPath.SteeredCurvatureRatePerMs(steeringWheelRad, 0.5f, ratio, wheelbaseM)));
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.NegativeInfinity)]
    public void A_meaningless_steering_rate_gives_no_curvature_rate(float steeringWheelRateRps)
    {
        Assert.True(float.IsNaN(TurnAcrossPath.SteeredCurvatureRatePerMs(1f, steeringWheelRateRps, Ratio, WheelbaseM)));
    }
}
