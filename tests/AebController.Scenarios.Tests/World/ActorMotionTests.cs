using AebController.Emulation.World;
using AebController.Emulation.World.Road;
using AebController.Firmware.Signals;

namespace AebController.Scenarios.Tests.World;

/// <summary>Actors against kinematics worked by hand: jerk-limited braking, lane changes, turns, curved lanes.</summary>
public sealed class ActorMotionTests
{
    private const float StepS = 0.001f;

    private static Actor Car(params ActorEvent[] events) => new("car", ObjectClass.PassengerCar, 4.5f, 1.8f, 1.5f, 0.5f, 10f, events);

    [Fact]
    public void A_jerk_limited_stop_ramps_in_at_the_jerk_and_ramps_out_without_reversing()
    {
        // Brake at −6 m/s² from 20 m/s at t = 1 s, jerk 10 m/s³: −6 is reached at 1.6 s, having removed ½·10·0.6² = 1.8 m/s.
        var car = Car(new ActorEvent(1f, null, -6f, null, null, null));
        car.Reset(0, 0, 20f, 0);
        float previousAccel = 0f;
        float worstJerk = 0f;
        float speedAt16 = float.NaN, accelAt13 = float.NaN;
        for (int i = 0; i < 6000; i++)
        {
            float t = i * StepS;
            car.Step(StepS, t, 100f, 10f);
            worstJerk = MathF.Max(worstJerk, MathF.Abs(car.AccelMps2 - previousAccel) / StepS);
            previousAccel = car.AccelMps2;
            if (i == 1599) speedAt16 = car.SpeedMps;
            if (i == 1299) accelAt13 = car.AccelMps2;
            Assert.True(car.SpeedMps >= 0f);
        }

        Assert.True(worstJerk <= 10f * 1.001f, $"jerk {worstJerk} m/s³");
        Assert.Equal(-3f, accelAt13, 1);
        Assert.Equal(20f - 1.8f, speedAt16, 1);
        Assert.Equal(0f, car.SpeedMps);
        Assert.Equal(0f, car.AccelMps2);
    }

    [Fact]
    public void Without_a_jerk_limit_the_acceleration_steps_as_scripted()
    {
        var car = Car(new ActorEvent(0.5f, null, -6f, null, null, null));
        car.Reset(0, 0, 20f, 0);
        for (int i = 0; i <= 501; i++) car.Step(StepS, i * StepS, 100f);
        Assert.Equal(-6f, car.AccelMps2);
    }

    [Fact]
    public void A_sinusoidal_lane_change_turns_the_car_out_and_back_and_ends_in_the_target_lane()
    {
        // Lane −1 to lane 1 (3.5 m) over 4 s at 20 m/s: peak lateral speed 3.5·π/(2·4) = 1.374 m/s at 2 s,
        // so the heading peaks at atan(1.374 / √(20² − 1.374²)).
        var road = RoadModel.Straight();
        var car = Car(new ActorEvent(1f, null, null, null, null, null, ToLaneId: 1, LaneChangeDurationS: 4f));
        car.FollowLine(road.ReferenceLine, road, -1);
        road.FromWorld(30, 0, out double s0, out _);
        car.ResetOnLine(s0, 0, 20f, 0f, -1);
        double peak = 3.5 * Math.PI / 8;
        double expectedHeading = Math.Atan(peak / Math.Sqrt(400 - peak * peak));
        float headingAt3 = 0f;
        for (int i = 0; i < 7000; i++)
        {
            car.Step(StepS, i * StepS, 100f);
            if (i == 2999) headingAt3 = car.HeadingRad;
            float speed = MathF.Sqrt(car.VelocityXMps * car.VelocityXMps + car.VelocityYMps * car.VelocityYMps);
            Assert.Equal(20f, speed, 1);
        }

        Assert.Equal(expectedHeading, headingAt3, 3);
        Assert.Equal(3.5f, car.YM, 3);
        Assert.Equal(0f, car.HeadingRad, 4);
        Assert.Equal(1, car.LaneId);
    }

    [Fact]
    public void A_car_turning_a_rounded_corner_rotates_with_the_arc()
    {
        // (0,0) → (50,0) → (50,50), radius 10 at the corner: the arc runs from (40,0) to (50,10) about (40,10).
        var path = new ReferenceLine([RoadGeometry.Line(0, 0, 0, 0, 40), RoadGeometry.Arc(40, 40, 0, 0, 10 * Math.PI / 2, 0.1)]);
        var car = Car();
        car.FollowLine(path, null, 0);
        car.ResetOnLine(0, 0, 10f, 0f, 0);
        for (int i = 0; i < 8000; i++)
        {
            car.Step(StepS, i * StepS, 100f);
            double along = car.S;
            if (along > 40 && along < 40 + 5 * Math.PI)
            {
                double r = Math.Sqrt(Math.Pow(car.XM - 40, 2) + Math.Pow(car.YM - 10, 2));
                Assert.Equal(10, r, 2);
                double tangent = (along - 40) / 10;
                Assert.Equal(tangent, car.HeadingRad, 2);
            }
        }

        Assert.Equal(50f, car.XM, 2);
        Assert.Equal(Math.PI / 2, car.HeadingRad, 3);
    }

    [Fact]
    public void A_car_in_a_lane_of_a_bend_keeps_its_radius_and_faces_along_it()
    {
        // Lane −1 centred on the reference line (default lanes), a left bend of radius 100 m from x = 0.
        var road = new RoadModel(new ReferenceLine([RoadGeometry.Line(0, -100, 0, 0, 100), RoadGeometry.Arc(100, 0, 0, 0, 300, 0.01)]),
            [RoadModel.Straight().SectionAt(0)], [new CubicPolynomial(0, 1.75, 0, 0, 0)]);
        var car = Car();
        car.FollowLine(road.ReferenceLine, road, -1);
        car.ResetOnLine(100, 0, 15f, 0f, -1);
        for (int i = 0; i < 8000; i++) car.Step(StepS, i * StepS, 100f);
        // 8 s at 15 m/s: 120 m along the arc, heading 1.2 rad.
        Assert.Equal(100, Math.Sqrt(car.XM * car.XM + Math.Pow(car.YM - 100, 2)), 2);
        Assert.Equal(1.2, car.HeadingRad, 2);
    }
}
