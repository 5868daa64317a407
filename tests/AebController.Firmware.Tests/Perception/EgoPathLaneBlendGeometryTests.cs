using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// The shape of the blended path against hand geometry: the yaw-rate circle about the rear axle seen from the bumper,
/// y = κ((x+a)² − a²)/2 with slope κ(x+a); the lane's clothoid y = x(h + x(κ/2 + xκ'/6)) with slope h + xκ + x²κ'/2; and
/// the documented share of the lane (EgoPath, LanePathGate): 0 up to BlendStartS of travel, a straight ramp to 1 at
/// BlendEndS, kept whole up to the view range plus ExtrapolationM, then 0. Speed 16 m/s, blend 1 s → 3 s (16 m → 48 m),
/// lane seen 64 m and carried on 20 m (to 84 m).
/// </summary>
public sealed class EgoPathLaneBlendGeometryTests
{
    private const float SpeedMps = 16f;
    private const float KYaw = 1f / 128f;   // yaw rate 0.125 rad/s at 16 m/s
    private const float KLane = 1f / 64f;   // the lane bends twice as hard (a bend ahead tightening)

    private static readonly LanePathGate Gate = new(BlendStartS: 1f, BlendEndS: 3f, ExtrapolationM: 20f, MaxNearDisagreementM: 2f);

    private static EgoPath Blended(float axleToBumperM = 0f) => new EgoPath(SpeedMps, KYaw * SpeedMps, axleToBumperM).WithLane(
        new CameraLane { Quality = CameraLane.HighQuality, CurvaturePerM = KLane, ViewRangeM = 64f }, Gate);

    private static float Ramp(float xM) => Math.Clamp((xM - 16f) / (48f - 16f), 0f, 1f);

    [Fact]
    public void The_lane_share_is_zero_to_the_blend_start_a_straight_ramp_to_the_blend_end_whole_to_the_extrapolation_end_then_zero()
    {
        var path = Blended();
        Assert.True(path.FollowsLane); // at 16 m: lane 0.5/64·256 = 2 m, yaw 0.5/128·256 = 1 m, 1 m apart ≤ 2 m
        for (float x = 0f; x <= 100f; x += 0.5f)
        {
            float expected = x <= 84f ? Ramp(x) : 0f;
            Assert.Equal(expected, path.LaneWeight(x), 5);
        }
    }

    [Fact]
    public void Up_to_the_blend_start_the_path_is_the_yaw_rate_circle_whatever_the_lane_says()
    {
        var path = Blended(axleToBumperM: 2f);
        for (float x = 0f; x <= 16f; x += 1f)
        {
            // κ((x+a)² − a²)/2 and κ(x+a) with a = 2 m.
            Assert.Equal(0.5f * KYaw * ((x + 2f) * (x + 2f) - 4f), path.LateralAt(x), 4);
            Assert.Equal(KYaw * (x + 2f), path.SlopeAt(x), 5);
        }
    }

    [Fact]
    public void Past_the_blend_end_within_the_view_the_path_is_the_lane_itself()
    {
        var path = Blended();
        // x = 56 m: lane 0.5·(1/64)·56² = 24.5 m, slope 56/64 = 0.875 (the yaw circle would say 12.25 m, 0.4375).
        Assert.Equal(24.5f, path.LateralAt(56f), 3);
        Assert.Equal(0.875f, path.SlopeAt(56f), 5);
        Assert.Equal(0.875f, path.LaneSlopeAt(56f), 5);
    }

    [Fact]
    public void Half_way_through_the_blend_the_path_is_half_way_between_circle_and_lane()
    {
        var path = Blended();
        // x = 32 m: share (32−16)/(48−16) = 0.5; yaw 0.5/128·32² = 4 m, lane 0.5/64·32² = 8 m → 6 m;
        // slopes 32/128 = 0.25 and 32/64 = 0.5 → 0.375.
        Assert.Equal(6f, path.LateralAt(32f), 4);
        Assert.Equal(0.375f, path.SlopeAt(32f), 5);
    }

    [Theory]
    [InlineData(0f, 30f)]
    [InlineData(2f, 30f)]
    [InlineData(3.5f, 10f)]
    public void The_yaw_rate_circle_is_measured_from_the_rear_axle(float axleToBumperM, float xM)
    {
        // Yaw rate 0.25 rad/s at 16 m/s: κ = 1/64 per m. No lane: the circle alone.
        var path = new EgoPath(SpeedMps, 0.25f, axleToBumperM);
        const float k = 1f / 64f;
        float xa = xM + axleToBumperM;
        Assert.Equal(0.5f * k * (xa * xa - axleToBumperM * axleToBumperM), path.LateralAt(xM), 4);
        Assert.Equal(k * xa, path.SlopeAt(xM), 5);
        // The slope is the derivative of the lateral position: a central difference over ±0.5 m agrees (exact for a parabola).
        Assert.Equal((path.LateralAt(xM + 0.5f) - path.LateralAt(xM - 0.5f)) / 1f, path.SlopeAt(xM), 3);
    }
}
