using AebController.Firmware.Perception;
using AebController.Firmware.Signals;

namespace AebController.Firmware.Tests.Perception;

/// <summary>
/// A radar track's lateral velocity read against the frame's rotation as its tracker carries it
/// (<see cref="EgoPath.WithTrackedRotation"/>, <see cref="RadarThreatAssessor.PathRelativeLateralVelocity(in RadarTrack, in EgoPath, float, float)"/>).
/// By hand, a car parked x = 33.2 m ahead of the bumper (a = 3.8 m: lever 37 m) while the ego, at v = 13.89 m/s, enters a
/// 40 m bend: its yaw rate is 0.083 rad/s now and was 0.044 rad/s when the tracker's estimate was formed. A standing car
/// moves across the turning frame at −ω·(x + a) only, so the tracker reports −0.044 × 37 = −1.628 m/s and the car's own
/// motion across the path is 0; read against the present rotation it is −1.628 + 0.083 × 37 = +1.443 m/s (a crosser
/// toward the inside of the bend). A pedestrian walking across at 1.5 m/s adds its 1.5 m/s in either reading.
/// </summary>
public sealed class TrackedRotationTests
{
    private const float AxleToBumperM = 3.8f;
    private const float SpeedMps = 13.89f;
    private const float RangeM = 33.2f;
    private const float Lever = RangeM + AxleToBumperM;

    private static RadarTrack Standing(float ownAcrossMps, float trackedYawRps) => new()
    {
        Id = 1, LongitudinalM = RangeM, RelVelLongMps = -SpeedMps, RelVelLatMps = ownAcrossMps - trackedYawRps * Lever,
        WidthM = 1.8f, UpdateCount = 20,
    };

    [Theory]
    [InlineData(0f)]
    [InlineData(1.5f)]
    [InlineData(-1.5f)]
    public void The_tracked_rotation_leaves_the_targets_own_motion(float ownAcrossMps)
    {
        var path = new EgoPath(SpeedMps, 0.083f, AxleToBumperM).WithTrackedRotation(0.044f);
        float v = RadarThreatAssessor.PathRelativeLateralVelocity(Standing(ownAcrossMps, 0.044f), path, 0f, SpeedMps);
        Assert.Equal(ownAcrossMps, v, 0.01f);
    }

    [Fact]
    public void Read_against_the_present_rotation_the_parked_car_crosses()
    {
        var path = new EgoPath(SpeedMps, 0.083f, AxleToBumperM);
        float v = RadarThreatAssessor.PathRelativeLateralVelocity(Standing(0f, 0.044f), path, 0f, SpeedMps);
        Assert.Equal(-0.044f * Lever + 0.083f * Lever, v, 0.01f);
    }

    [Fact]
    public void On_a_steady_bend_the_tracked_and_present_rotation_agree()
    {
        var present = new EgoPath(SpeedMps, 0.083f, AxleToBumperM);
        var tracked = present.WithTrackedRotation(0.083f);
        var track = Standing(0.7f, 0.083f);
        Assert.Equal(RadarThreatAssessor.PathRelativeLateralVelocity(track, present, 0f, SpeedMps),
            RadarThreatAssessor.PathRelativeLateralVelocity(track, tracked, 0f, SpeedMps));
        Assert.Equal(0.7f, RadarThreatAssessor.PathRelativeLateralVelocity(track, tracked, 0f, SpeedMps), 0.01f);
    }

    [Fact]
    public void The_tracked_rotation_moves_nothing_of_the_paths_shape()
    {
        var present = new EgoPath(SpeedMps, 0.083f, AxleToBumperM);
        var tracked = present.WithTrackedRotation(0.044f);
        Assert.Equal(present.CurvaturePerM, tracked.CurvaturePerM);
        Assert.Equal(0.044f / SpeedMps, tracked.TrackedRotationCurvaturePerM, 1e-6f);
        foreach (float x in new[] { 5f, 20f, 40f }) Assert.Equal(present.LateralAt(x), tracked.LateralAt(x));
    }

    [Fact]
    public void A_camera_slope_keeps_the_present_rotation()
    {
        // The camera's lateral speed is fitted to its positions of the present frame: no tracker lag to take out.
        var tracked = new EgoPath(SpeedMps, 0.083f, AxleToBumperM).WithTrackedRotation(0.044f);
        float measured = -0.083f * Lever;
        Assert.Equal(0f, RadarThreatAssessor.PathRelativeLateralVelocity(measured, RangeM, -SpeedMps, tracked, 0f, SpeedMps), 0.01f);
    }
}
