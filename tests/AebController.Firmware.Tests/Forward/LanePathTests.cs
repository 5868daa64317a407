using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Forward;

/// <summary>
/// The camera's lane in the predicted path (EgoPath.WithLane), against hand geometry of a clothoid
/// y(x) = h·x + κ0·x²/2 + κ'·x³/6 (x ahead of the bumper, small angles) and its continuation beyond the view range as
/// the circle of the mean curvature κ0 + κ'·V/2, blended with the yaw-rate circle ½·κ·((x + a)² − a²) by the lane's
/// share: 0 within 0.8 s of travel, 1 from 1.6 s (linear between), and 0 again beyond the view range + 60 m.
/// At 60 km/h (16.667 m/s) the blend runs from 13.333 m to 26.667 m.
/// </summary>
public sealed class LanePathTests
{
    private const float AxleM = 3.8f;
    private const float V = 50f / 3f;

    internal static readonly LanePathGate Gate = new(
        MinQuality: 2, ConfirmFrames: 3, MaxAgeUs: 250_000, MaxOffsetM: 1.2f, MaxHeadingRad: 5f * MathF.PI / 180f,
        MaxCurvaturePerM: 0.05f, MaxCurvatureRatePerM2: 0.005f, MinViewRangeM: 20f, BlendStartS: 0.8f, BlendEndS: 1.6f,
        ExtrapolationM: 60f, MaxNearDisagreementM: 1.0f, HeadingUncertaintyRad: 0.003f, CurvatureUncertaintyPerM: 1e-4f);

    internal static CameraLane Lane(float curvaturePerM, float ratePerM2 = 0f, float headingRad = 0f, float viewM = 60f, byte quality = 3) => new()
    {
        Quality = quality, OffsetM = 0f, HeadingRad = headingRad, CurvaturePerM = curvaturePerM, CurvatureRatePerM2 = ratePerM2, ViewRangeM = viewM,
    };

    [Theory]
    [InlineData(0.004f, 20f)]
    [InlineData(-0.01f, 50f)]
    public void Without_a_lane_the_path_is_the_yaw_rate_circle_from_the_rear_axle(float curvaturePerM, float xM)
    {
        var path = new EgoPath(V, curvaturePerM * V, AxleM);
        float hand = 0.5f * curvaturePerM * ((xM + AxleM) * (xM + AxleM) - AxleM * AxleM);
        Assert.Equal(hand, path.LateralAt(xM), 4);
        Assert.False(path.FollowsLane);
        Assert.Equal(0f, path.LaneWeight(xM));
    }

    [Theory]
    [InlineData(10f, 0f)]       // within 0.8 s (13.3 m): the yaw rate's alone
    [InlineData(20f, -0.4f)]    // half way: 0.5 · (−0.004 · 400 / 2)
    [InlineData(40f, -3.2f)]    // the lane's: −0.004 · 1600 / 2
    [InlineData(70f, -9.8f)]    // beyond the 60 m view on the circle: −7.2 − 0.24·10 − 0.002·100 = −9.8 (= −0.004·4900/2)
    [InlineData(130f, 0f)]      // beyond the view + 60 m: the yaw rate's again
    public void On_the_straight_before_a_250_m_right_bend_the_path_bends_with_the_lane_ahead(float xM, float handM)
    {
        var path = new EgoPath(V, 0f, AxleM).WithLane(Lane(-0.004f), Gate);
        Assert.True(path.FollowsLane);
        Assert.Equal(handM, path.LateralAt(xM), 3);
    }

    [Fact]
    public void A_clothoid_is_followed_within_the_view_and_carried_on_its_mean_curvature_beyond()
    {
        // κ0 = 0, κ' = −1e-4: at 30 m y = κ'·x³/6 = −0.45 m; at 60 m −3.6 m, slope κ'·x²/2 = −0.18; beyond, the mean
        // curvature over the view is κ'·60/2 = −0.003: at 80 m −3.6 − 0.18·20 − 0.003·400/2 = −7.8 m.
        var path = new EgoPath(V, 0f, AxleM).WithLane(Lane(0f, -1e-4f), Gate);
        Assert.Equal(-0.45f, path.LateralAt(30f), 3);
        Assert.Equal(-7.8f, path.LateralAt(80f), 3);
        Assert.Equal(-0.18f - 0.003f * 20f, path.SlopeAt(80f), 4);
    }

    [Fact]
    public void A_lane_that_leaves_the_yaw_path_by_more_than_1_m_where_the_blend_starts_is_not_followed()
    {
        // κ = −0.0115: at 13.333 m the lane is −0.0115 · 177.8 / 2 = −1.02 m off the straight yaw path (a swerve, or a
        // lane wrong near the car); κ = −0.011 is −0.98 m off and is followed.
        Assert.False(new EgoPath(V, 0f, AxleM).WithLane(Lane(-0.0115f), Gate).FollowsLane);
        Assert.True(new EgoPath(V, 0f, AxleM).WithLane(Lane(-0.011f), Gate).FollowsLane);
    }

    [Fact]
    public void The_path_uncertainty_is_the_larger_of_the_yaw_circle_s_and_the_lane_s_by_its_share()
    {
        // Yaw σ 0.007 rad/s at 40 m: ½·(0.007/16.667)·43.8² = 0.403 m; the lane's σ_h·x + σ_κ·x²/2 = 0.003·40 + 1e-4·800 =
        // 0.2 m is smaller, so the yaw circle's stands. With yaw σ 0.002 rad/s the circle's is 0.115 m and the lane's 0.2 m
        // takes over at 40 m (share 1); at 20 m (share 0.5) ½ of the way: 0.5·(0.002/16.667)·23.8² = 0.034 m and the lane's
        // 0.003·20 + 1e-4·200 = 0.08 m give 0.034 + 0.5·(0.08 − 0.034) = 0.057 m.
        var yawOnly = new EgoPath(V, 0f, AxleM);
        var withLane = yawOnly.WithLane(Lane(-0.004f), Gate);
        Assert.Equal(0.5f * (0.007f / V) * 43.8f * 43.8f, withLane.UncertaintyM(40f, 0.007f, V), 4);
        Assert.Equal(0.2f, withLane.UncertaintyM(40f, 0.002f, V), 4);
        float yaw20 = 0.5f * (0.002f / V) * 23.8f * 23.8f;
        Assert.Equal(yaw20 + 0.5f * (0.08f - yaw20), withLane.UncertaintyM(20f, 0.002f, V), 4);
        Assert.Equal(yawOnly.UncertaintyM(10f, 0.002f, V), withLane.UncertaintyM(10f, 0.002f, V), 5);
    }

    [Fact]
    public void One_going_along_the_lane_ahead_moves_across_the_path_at_zero()
    {
        // A car driving along the bend 40 m ahead at 10 m/s over ground moves across our axis at slope·u = −0.16·10 m/s
        // (slope −0.004·40); the car itself goes straight (yaw 0), so its radar frame does not turn: relVelLat = −1.6 m/s.
        var path = new EgoPath(V, 0f, AxleM).WithLane(Lane(-0.004f), Gate);
        float relVelLong = 10f - V;
        Assert.Equal(0f, RadarThreatAssessor.PathRelativeLateralVelocity(-1.6f, 40f, relVelLong, path, 0f, V), 4);
        // Near the car (within 0.8 s) the path is the yaw rate's: the same motion is motion across the path.
        Assert.Equal(-1.6f, RadarThreatAssessor.PathRelativeLateralVelocity(-1.6f, 10f, relVelLong, path, 0f, V), 4);
    }
}
