using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// The lane's heading bound at the bumper or at the rear axle (<see cref="LaneTracker.AlongLane"/>,
/// <see cref="LaneTracker.HeadingAtAxleRad"/>). By hand, a car whose rear axle is on the centre of a bend of radius R,
/// a = 3.8 m behind the bumper, heading along the lane there: the lane at the bumper has turned by a/R (40 m: 0.095 rad =
/// 5.44°; 25 m: 0.152 rad = 8.71°) and its clothoid carried back by a reads 0 at the axle. A lag of the driver's steering
/// adds its own angle. The gate bounds the heading at 7° (0.1222 rad), the calibrated laneMaxHeadingDeg.
/// </summary>
public sealed class LaneHeadingAtAxleTests
{
    private const float A = 3.8f;
    private static readonly LanePathGate Gate = new(MaxHeadingRad: 7f * MathF.PI / 180f, AxleToBumperM: A);

    private static CameraLane InBend(float radiusM, float lagRad) =>
        new() { Quality = 2, HeadingRad = A / radiusM + lagRad, CurvaturePerM = 1f / radiusM, ViewRangeM = 30f };

    [Theory]
    [InlineData(40f, 0f)]
    [InlineData(25f, 0f)]
    [InlineData(40f, 0.03f)]
    [InlineData(-40f, -0.03f)]
    public void In_the_bend_the_axle_reads_the_drivers_lag_alone(float radiusM, float lagRad)
    {
        Assert.Equal(lagRad, LaneTracker.HeadingAtAxleRad(InBend(radiusM, lagRad), A), 1e-5f);
    }

    [Fact]
    public void The_clothoids_rate_is_carried_back_too()
    {
        // y'(x) = H + κ·x + κ'·x²/2 at x = −3.8: 0.1 − 0.02·3.8 + 0.001·14.44/2 = 0.03122.
        var lane = new CameraLane { HeadingRad = 0.1f, CurvaturePerM = 0.02f, CurvatureRatePerM2 = 0.001f };
        Assert.Equal(0.03122f, LaneTracker.HeadingAtAxleRad(lane, A), 1e-5f);
    }

    [Fact]
    public void Twelve_metres_into_a_40_m_bend_at_50_kph_the_lane_is_along()
    {
        // The frame traced at 2.67 s (tests/adversarial/bend-parked-outside, 50 km/h r40 left): 7.2° at the bumper.
        var lane = new CameraLane { Quality = 1, HeadingRad = 0.125f, CurvaturePerM = 0.0190f, CurvatureRatePerM2 = 0.00134f, ViewRangeM = 23.4f };
        Assert.True(lane.HeadingRad > Gate.MaxHeadingRad);
        Assert.True(LaneTracker.AlongLane(lane, Gate));
    }

    [Fact]
    public void A_straight_running_into_a_bend_is_judged_at_the_bumper()
    {
        // The fit's smoothing: a heading against its curvature at the bumper (40 km/h r40 left, 1.71 s): 3.4° at the
        // bumper, 8.1° carried back to the axle.
        var lane = new CameraLane { Quality = 2, HeadingRad = -0.060f, CurvaturePerM = 0.0223f, CurvatureRatePerM2 = 0.00053f, ViewRangeM = 28.6f };
        Assert.True(MathF.Abs(LaneTracker.HeadingAtAxleRad(lane, A)) > Gate.MaxHeadingRad);
        Assert.True(LaneTracker.AlongLane(lane, Gate));
    }

    [Theory]
    [InlineData(0.13f, 0f)]      // a lane change on a straight road: 7.4° at both
    [InlineData(-0.13f, 0f)]
    [InlineData(0.25f, 0.025f)]  // 14.3° at the bumper, 8.9° at the axle of a 40 m bend
    public void A_car_leaving_its_lane_is_not_along_it(float headingRad, float curvaturePerM)
    {
        var lane = new CameraLane { Quality = 2, HeadingRad = headingRad, CurvaturePerM = curvaturePerM, ViewRangeM = 40f };
        Assert.False(LaneTracker.AlongLane(lane, Gate));
    }

    [Fact]
    public void Without_the_axle_the_bumpers_bound_alone_as_before()
    {
        var bumperOnly = Gate with { AxleToBumperM = 0f };
        Assert.False(LaneTracker.AlongLane(InBend(25f, 0f), bumperOnly));
        Assert.True(LaneTracker.AlongLane(InBend(25f, 0f), Gate));
    }
}
