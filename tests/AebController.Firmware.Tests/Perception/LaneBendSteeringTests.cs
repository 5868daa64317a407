using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// <see cref="LaneBendSteering.Explains"/> against road geometry by hand, with a 0.01 1/m departure (a 100 m circle) and the
/// oncoming lane on the left (+1). A lane-keeping driver entering a 40 m left bend (κ = 1/40 = 0.025 1/m) steers somewhere
/// between the straight's 0 and the bend's 0.025 and may overshoot it a little: that is the road. A left turn off a
/// straight road at a junction (radius 12 m, κ = 0.083 1/m) departs from the lane by far more than 0.01 and is a turn.
/// The lane is a clothoid: its curvature at the far end of the view is κ0 + κ'·V.
/// </summary>
public sealed class LaneBendSteeringTests
{
    private const float Departure = 0.01f;
    private const float Left = 1f;

    private static CameraLane Lane(float curvaturePerM, float curvatureRatePerM2 = 0f, float viewM = 30f) => new()
    {
        Quality = 2, OffsetM = 0f, HeadingRad = 0f, CurvaturePerM = curvaturePerM, CurvatureRatePerM2 = curvatureRatePerM2, ViewRangeM = viewM,
    };

    [Theory]
    // lane κ0, κ', view, steered κ, expected
    [InlineData(0.025f, 0f, 30f, 0.014f, true)]        // entering the 40 m bend: steered less than the bend
    [InlineData(0.025f, 0f, 30f, 0.034f, true)]        // overshooting it by less than 0.01
    [InlineData(0.025f, 0f, 30f, 0.036f, false)]       // by more: steering off the bend's road
    [InlineData(0f, 0f, 60f, 0.083f, false)]           // a junction turn (R 12 m) off a straight road
    [InlineData(0f, 0f, 60f, 0.0095f, true)]           // under the departure on a straight road
    [InlineData(0f, 0f, 60f, 0.0105f, false)]
    [InlineData(0f, 0.001f, 25f, 0.03f, true)]         // a straight running into a bend: 0.001 × 25 = 0.025 at the view's end
    [InlineData(0f, 0.001f, 25f, 0.036f, false)]
    [InlineData(-0.025f, 0f, 30f, 0.02f, false)]       // a right bend does not explain steering left
    [InlineData(0.025f, -0.001f, 25f, 0.034f, true)]   // leaving a bend: the near end still bends 0.025
    public void The_lane_explains_steering_up_to_its_own_bend_plus_the_departure(float k0, float kRate, float viewM, float steered, bool expected)
    {
        Assert.Equal(expected, LaneBendSteering.Explains(Lane(k0, kRate, viewM), steered, Departure, Left));
    }

    [Fact]
    public void With_the_oncoming_lane_on_the_right_a_right_bend_explains_steering_right()
    {
        Assert.True(LaneBendSteering.Explains(Lane(-0.025f), -0.014f, Departure, -1f));
        Assert.False(LaneBendSteering.Explains(Lane(0f), -0.083f, Departure, -1f));
    }

    [Fact]
    public void Without_a_usable_lane_or_steering_nothing_is_explained()
    {
        Assert.False(LaneBendSteering.Explains(default, 0.014f, Departure, Left));
        Assert.False(LaneBendSteering.Explains(Lane(float.NaN), 0.014f, Departure, Left));
        Assert.False(LaneBendSteering.Explains(Lane(0.025f, float.PositiveInfinity), 0.014f, Departure, Left));
        Assert.False(LaneBendSteering.Explains(Lane(0.025f), float.NaN, Departure, Left));
        Assert.False(LaneBendSteering.Explains(Lane(0.025f), 0.014f, 0f, Left));
    }

    /// <summary>Sweep: on a lane of curvature κ the answer changes exactly at κ + departure, for bends of 25 m to straight.</summary>
    [Fact]
    public void Sweep_the_boundary_lies_at_the_lane_curvature_plus_the_departure()
    {
        for (float k = 0f; k <= 0.04f; k += 0.005f)
        {
            for (float s = -0.05f; s <= 0.12f; s += 0.001f)
            {
                float past = s - (k + Departure);
                if (MathF.Abs(past) < 1e-4f) continue;
                Assert.Equal(past < 0f, LaneBendSteering.Explains(Lane(k), s, Departure, Left));
            }
        }
    }
}
