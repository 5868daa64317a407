using AebController.Firmware.Monitoring;

namespace AebController.Firmware.Tests.Monitoring;

/// <summary>Which lost motion signal the others stand in for: the whole truth table.</summary>
public sealed class MotionLimpHomeTests
{
    [Theory]
    [InlineData(true, true, true, true)]
    [InlineData(true, false, true, true)]      // a healthy IMU needs no stand-in
    [InlineData(true, true, false, true)]
    [InlineData(true, false, false, true)]
    [InlineData(false, true, true, true)]      // the bicycle model: steering and wheel speed give the yaw
    [InlineData(false, false, true, false)]    // no steering: no path
    [InlineData(false, true, false, false)]    // no wheel speed: no yaw from the steering, no slope
    [InlineData(false, false, false, false)]
    public void The_steering_and_the_wheel_speed_stand_in_for_a_lost_imu(bool imuOk, bool steeringOk, bool wheelSpeedOk, bool expected)
    {
        Assert.Equal(expected, MotionLimpHome.ImuStandsIn(imuOk, steeringOk, wheelSpeedOk));
    }
}
