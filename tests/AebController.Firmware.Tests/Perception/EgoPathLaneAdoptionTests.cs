using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// When the predicted path takes the camera's lane (<see cref="EgoPath.WithLane"/>), judged against its documented contract:
/// only above walking pace, only with a blend window that opens (BlendStartS before BlendEndS, finite), only with a lane
/// whose every field is a number and that was seen some distance ahead, and only when lane and yaw-rate path are "at most"
/// MaxNearDisagreementM apart where the blend starts (docs in LanePathGate and EgoPath). Numbers are chosen so the
/// arithmetic is exact in binary floating point (1/128, 16, powers of two).
/// </summary>
public sealed class EgoPathLaneAdoptionTests
{
    private const float SpeedMps = 16f;

    // Blend from 1 s (16 m at 16 m/s) to 3 s (48 m); the lane carried on 20 m beyond its view.
    private static LanePathGate Gate(float maxNearDisagreementM = 10f, float blendStartS = 1f, float blendEndS = 3f) => new(
        BlendStartS: blendStartS, BlendEndS: blendEndS, ExtrapolationM: 20f, MaxNearDisagreementM: maxNearDisagreementM);

    private static CameraLane Lane(float headingRad = 0f, float curvaturePerM = 0f, float rate = 0f, float viewM = 40f) => new()
    {
        Quality = CameraLane.HighQuality, HeadingRad = headingRad, CurvaturePerM = curvaturePerM, CurvatureRatePerM2 = rate,
        ViewRangeM = viewM,
    };

    [Fact]
    public void A_plausible_lane_that_agrees_with_a_straight_path_is_followed()
    {
        var path = new EgoPath(SpeedMps, 0f, 0f).WithLane(Lane(), Gate());
        Assert.True(path.FollowsLane);
    }

    [Theory]
    [InlineData(0f)]
    [InlineData(0.5f)]
    public void Below_walking_pace_the_lane_is_not_followed(float speedMps)
    {
        // EgoPath: below walking pace the yaw rate over speed is noise and the path is straight ahead; the blend distances
        // (seconds times speed) shrink to nothing, so the lane must not take over.
        var path = new EgoPath(speedMps, 0f, 0f).WithLane(Lane(), Gate());
        Assert.False(path.FollowsLane);
    }

    [Theory]
    [InlineData(3f, 3f)]  // a window that never opens
    [InlineData(3f, 1f)]  // an inverted one
    public void A_blend_window_that_does_not_open_keeps_the_yaw_rate_path(float startS, float endS)
    {
        var path = new EgoPath(SpeedMps, 0f, 0f).WithLane(Lane(), Gate(blendStartS: startS, blendEndS: endS));
        Assert.False(path.FollowsLane);
        // And the path is the yaw-rate one everywhere: straight ahead, so 0 m off the axis.
        Assert.Equal(0f, path.LateralAt(60f));
    }

    public static TheoryData<string> BadLaneFields() => new() { "view0", "viewNegative", "headingNaN", "curvatureNaN", "rateNaN", "curvatureInf" };

    [Theory]
    [MemberData(nameof(BadLaneFields))]
    public void A_lane_with_one_unusable_field_is_not_followed(string field)
    {
        var lane = field switch
        {
            "view0" => Lane(viewM: 0f),
            "viewNegative" => Lane(viewM: -5f),
            "headingNaN" => Lane(headingRad: float.NaN),
            "curvatureNaN" => Lane(curvaturePerM: float.NaN),
            "rateNaN" => Lane(rate: float.NaN),
            _ => Lane(curvaturePerM: float.PositiveInfinity),
        };
        var path = new EgoPath(SpeedMps, 0f, 0f).WithLane(lane, Gate());
        Assert.False(path.FollowsLane);
    }

    [Fact]
    public void A_lane_exactly_the_allowed_distance_off_where_the_blend_starts_is_followed_one_beyond_it_is_not()
    {
        // Straight yaw-rate path (lateral 0); lane bending at 1/128 per m from heading 0: at the blend start
        // x = 1 s * 16 m/s = 16 m its centre is 0.5 * (1/128) * 16^2 = 1.0 m off. "At most" 1.0 m apart: followed.
        var lane = Lane(curvaturePerM: 1f / 128f);
        Assert.True(new EgoPath(SpeedMps, 0f, 0f).WithLane(lane, Gate(maxNearDisagreementM: 1.0f)).FollowsLane);
        Assert.False(new EgoPath(SpeedMps, 0f, 0f).WithLane(lane, Gate(maxNearDisagreementM: 0.9375f)).FollowsLane);
    }

    [Theory]
    [InlineData(0f)]
    [InlineData(2f)]
    public void A_lane_bending_exactly_as_the_car_turns_is_followed_under_a_tight_disagreement_bound(float axleToBumperM)
    {
        // Yaw rate 0.125 rad/s at 16 m/s: curvature 1/128 per m about the rear axle, a metres behind the bumper. That
        // circle, seen from the bumper, is y = 0.5 k ((x+a)^2 - a^2) = x (k a + k x / 2): a lane with heading k*a and the
        // same curvature is the same curve, so the two agree to rounding and a 0.01 m bound lets it through. At 16 m the
        // circle is 1.0 m (a = 0) or 1.25 m (a = 2) off the axis, far more than the bound: only the difference counts.
        const float k = 1f / 128f;
        var lane = Lane(headingRad: k * axleToBumperM, curvaturePerM: k);
        var path = new EgoPath(SpeedMps, k * SpeedMps, axleToBumperM).WithLane(lane, Gate(maxNearDisagreementM: 0.01f));
        Assert.True(path.FollowsLane);
    }

    [Fact]
    public void Mirrored_lane_and_yaw_rate_give_the_mirrored_decision_and_path()
    {
        const float k = 1f / 128f;
        var left = new EgoPath(SpeedMps, 0.05f, 1f).WithLane(Lane(headingRad: 0.01f, curvaturePerM: k), Gate(maxNearDisagreementM: 2f));
        var right = new EgoPath(SpeedMps, -0.05f, 1f).WithLane(Lane(headingRad: -0.01f, curvaturePerM: -k), Gate(maxNearDisagreementM: 2f));
        Assert.Equal(left.FollowsLane, right.FollowsLane);
        for (float x = 0f; x <= 80f; x += 4f) Assert.Equal(left.LateralAt(x), -right.LateralAt(x), 5);
    }
}
