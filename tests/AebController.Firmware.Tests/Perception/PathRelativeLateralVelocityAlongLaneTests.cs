using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// <see cref="RadarThreatAssessor.PathRelativeLateralVelocity(float, float, float, in EgoPath, float, float)"/> where the
/// lane shapes the path, against rigid-body kinematics by hand. The radar's frame turns with the car at ω about the rear
/// axle, a metres behind the bumper; a road user x ahead moving over ground at u along a path of slope s (and c across it)
/// reads lateral s·u + c − ω(x + a), longitudinal u − v. Its motion across the path is c, whatever u is: a car following
/// the lane ahead (c = 0) does not cross it, however the blend of circle and lane bends there.
/// Ego 16 m/s, yaw rate 0.125 rad/s (circle 1/128 per m); lane bending 1/64 per m seen 64 m; blend 16 m → 48 m.
/// </summary>
public sealed class PathRelativeLateralVelocityAlongLaneTests
{
    private const float EgoMps = 16f;
    private const float YawRateRps = 0.125f;

    private static EgoPath Path(float axleToBumperM) => new EgoPath(EgoMps, YawRateRps, axleToBumperM).WithLane(
        new CameraLane { Quality = CameraLane.HighQuality, HeadingRad = axleToBumperM / 128f, CurvaturePerM = 1f / 64f, ViewRangeM = 64f },
        new LanePathGate(BlendStartS: 1f, BlendEndS: 3f, ExtrapolationM: 20f, MaxNearDisagreementM: 3f));

    [Theory]
    [InlineData(0f, 56f)]  // lane share 1: slope 56/64 = 0.875
    [InlineData(0f, 32f)]  // share 0.5: slope 0.25 + 0.5·(0.5 − 0.25) = 0.375
    [InlineData(1.5f, 40f)]
    [InlineData(1.5f, 10f)] // before the blend: the circle's own slope
    public void A_road_user_following_the_path_does_not_cross_it_and_one_crossing_it_crosses_at_its_own_speed(float axleToBumperM, float xM)
    {
        var path = Path(axleToBumperM);
        Assert.True(path.FollowsLane);
        float slope = path.SlopeAt(xM);
        for (float u = 0f; u <= 24f; u += 2f)
        {
            foreach (float c in new[] { 0f, 1.5f, -1f })
            {
                float relLat = slope * u + c - YawRateRps * (xM + axleToBumperM);
                float relLong = u - EgoMps;
                float across = RadarThreatAssessor.PathRelativeLateralVelocity(relLat, xM, relLong, path, 0f, EgoMps);
                Assert.Equal(c, across, 3);
            }
        }
    }

    [Fact]
    public void Mirroring_the_scene_mirrors_the_answer()
    {
        var left = Path(1f);
        var right = new EgoPath(EgoMps, -YawRateRps, 1f).WithLane(
            new CameraLane { Quality = CameraLane.HighQuality, HeadingRad = -1f / 128f, CurvaturePerM = -1f / 64f, ViewRangeM = 64f },
            new LanePathGate(BlendStartS: 1f, BlendEndS: 3f, ExtrapolationM: 20f, MaxNearDisagreementM: 3f));
        for (float x = 0f; x <= 80f; x += 8f)
        {
            float l = RadarThreatAssessor.PathRelativeLateralVelocity(2f, x, -5f, left, 0.01f, EgoMps);
            float r = RadarThreatAssessor.PathRelativeLateralVelocity(-2f, x, -5f, right, 0.01f, EgoMps);
            Assert.Equal(l, -r, 4);
        }
    }
}
