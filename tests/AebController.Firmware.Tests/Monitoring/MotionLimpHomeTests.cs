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

    [Theory]
    [InlineData(-2f, false, false, 5f, -2f)]     // no stand-in: the acceleration as it came
    [InlineData(-2f, true, true, 5f, -2f)]       // the IMU still measures it
    [InlineData(0f, true, false, 5f, -5f)]       // motion message lost: the brake model's 5 m/s² is the slope
    [InlineData(0f, true, false, 0f, 0f)]        // nothing braking: 0, as before
    [InlineData(0f, true, false, -1f, 0f)]       // a model never reads the brakes speeding the car up
    [InlineData(0f, true, false, float.NaN, 0f)]
    [InlineData(0f, true, false, float.PositiveInfinity, 0f)]
    public void With_the_imu_lost_the_stand_in_speed_slopes_at_the_brake_model(float accelMps2, bool standsIn, bool imuOk, float expectedBrakeMps2, float expected)
    {
        Assert.Equal(expected, MotionLimpHome.StandInAccelMps2(accelMps2, standsIn, imuOk, expectedBrakeMps2));
    }

    // Curvatures by hand: a straight road 0; an R250 bend 1/250 = 0.004 1/m; a right turn off the road at an R12
    // junction 1/12 = 0.083 1/m; the turn rule's departure (forwardAeb.turnMinDepartureCurvaturePerM) written out as R100.
    private const float DepartureR100 = 0.01f;

    [Theory]
    [InlineData(true, false, true, 0.083f, 0f, true)]       // the gyro is there: the turn rule tells a turn off the road
    [InlineData(true, true, false, 0f, 0f, false)]          // no speed at all: nothing carries the lane
    [InlineData(false, true, true, 0.004f, 0f, true)]       // gyro lost, steering into an R250 bend off a straight: the road
    [InlineData(false, true, true, 0f, 0.004f, true)]       // gyro lost on the bend, steering straight out of it
    [InlineData(false, true, true, 0.083f, 0f, false)]      // gyro lost, steering into a junction: a turn, the lane withdrawn
    [InlineData(false, true, true, -0.083f, 0.004f, false)]
    [InlineData(false, false, true, 0f, 0f, false)]         // gyro and steering lost: no yaw, no lane
    [InlineData(false, true, true, float.NaN, 0f, false)]
    public void A_lost_gyro_keeps_the_lane_while_the_steering_keeps_to_the_road_it_last_learned(bool imuOk, bool imuStandsIn, bool speedOk,
        float steeredPerM, float roadPerM, bool expected)
    {
        Assert.Equal(expected, MotionLimpHome.LaneMotionOk(imuOk, imuStandsIn, speedOk, steeredPerM, roadPerM, DepartureR100));
    }
}
