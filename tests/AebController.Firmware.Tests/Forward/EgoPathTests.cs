using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Forward;

public class EgoPathTests
{
    [Fact]
    public void Straight_path_has_zero_lateral_offset()
    {
        var path = new EgoPath(20f, 0f, 3.8f);
        Assert.Equal(0f, path.LateralAt(50f));
    }

    [Fact]
    public void Left_turn_bends_the_path_left_and_grows_with_distance()
    {
        var path = new EgoPath(10f, 0.1f, 3.8f); // curvature 0.01 /m
        float near = path.LateralAt(10f);
        float far = path.LateralAt(40f);
        Assert.True(near > 0f);
        Assert.True(far > near);
        float x = 43.8f;
        Assert.Equal(0.5f * 0.01f * (x * x - 3.8f * 3.8f), far, 3);
    }

    [Fact]
    public void Yaw_rate_at_walking_pace_is_ignored()
    {
        var path = new EgoPath(0.5f, 0.5f, 3.8f);
        Assert.Equal(0f, path.CurvaturePerM);
    }

    [Fact]
    public void Overlap_is_positive_in_path_and_negative_beside_it()
    {
        var path = new EgoPath(10f, 0f, 3.8f);
        Assert.Equal(1.85f, path.Overlap(20f, 0f, 1.85f, 1.85f), 3);
        Assert.True(path.Overlap(20f, 3.5f, 1.85f, 1.85f) < 0f);
        // Euro NCAP -50 % offset: half the ego width still overlaps.
        Assert.Equal(0.925f, path.Overlap(20f, 0.925f, 1.85f, 1.85f), 3);
    }
}
