using AebController.Firmware.Perception;

namespace AebController.Firmware.Tests.Faults;

/// <summary>The ego speed carried through a wheel-speed fault: IMU first, then the brake model limited by friction.</summary>
public sealed class EgoSpeedEstimatorTests
{
    private const float CycleS = 0.01f;

    [Fact]
    public void A_trusted_wheel_speed_is_used_as_it_is()
    {
        var e = new EgoSpeedEstimator();
        Assert.Equal(13.9f, e.Update(true, 13.9f, true, 3f, 9f, 9.81f, CycleS));
    }

    [Fact]
    public void A_faulted_wheel_speed_is_carried_on_by_the_imu()
    {
        // 20 m/s, then 1 s at −5 m/s² measured: 15 m/s.
        var e = new EgoSpeedEstimator();
        e.Update(true, 20f, true, 0f, 0f, 9.81f, CycleS);
        float v = 0f;
        for (int i = 0; i < 100; i++) v = e.Update(false, float.NaN, true, -5f, 9f, 9.81f, CycleS);
        Assert.Equal(15f, v, 2);
    }

    [Fact]
    public void Without_the_imu_the_brake_model_slows_it_no_faster_than_the_road_allows()
    {
        // 15 m/s, actuator expected at 9 m/s² but friction 0.3 allows 2.943 m/s²: after 1 s, 12.057 m/s.
        var e = new EgoSpeedEstimator();
        e.Update(true, 15f, true, 0f, 0f, 9.81f, CycleS);
        float v = 0f;
        for (int i = 0; i < 100; i++) v = e.Update(false, float.NaN, false, float.NaN, 9f, 0.3f * 9.81f, CycleS);
        Assert.Equal(15f - 0.3f * 9.81f, v, 2);
    }

    [Fact]
    public void The_estimate_never_goes_negative_nor_non_finite()
    {
        var e = new EgoSpeedEstimator();
        e.Update(true, 1f, true, 0f, 0f, 9.81f, CycleS);
        for (int i = 0; i < 500; i++)
        {
            float v = e.Update(false, float.NaN, i % 2 == 0, i % 3 == 0 ? float.NaN : -9f, float.NaN, float.PositiveInfinity, CycleS);
            Assert.True(v >= 0f && float.IsFinite(v));
        }
    }
}
