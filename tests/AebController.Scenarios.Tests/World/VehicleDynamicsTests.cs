using AebController.Emulation.Vehicle;
using AebController.Firmware.Signals;

namespace AebController.Scenarios.Tests.World;

/// <summary>The ego car's realism switches against hand physics: Kamm circle, first-order hydraulics, governors.</summary>
public sealed class VehicleDynamicsTests
{
    private const float StepS = 0.001f;
    private const float G = 9.81f;

    private static VehicleParameters Realistic => new() { Realism = VehicleRealism.Realistic };

    private static DriverControls Drive(float steeringWheelRad = 0f, float brake = 0f, float accelerator = 0f, Gear gear = Gear.Drive) =>
        new() { SteeringWheelAngleRad = steeringWheelRad, BrakePedal = brake, AcceleratorPedal = accelerator, Gear = gear };

    [Fact]
    public void Braking_in_a_bend_gets_only_what_the_friction_circle_leaves()
    {
        // 20 m/s in a bend of 6 m/s² lateral on μ = 1, AEB asks 9.8 m/s²: the tyres can give only √(9.81² − a_y²)
        // along the car (7.76 m/s² at 6 m/s² lateral; more as the car slows and the bend asks less).
        var p = Realistic;
        var car = new EgoVehicle(p, StepS);
        car.Reset(0, 0, 0, 20f);
        float wheel = MathF.Atan(6f * p.WheelbaseM / (20f * 20f)) * p.SteeringRatio;
        float worstExcess = float.NegativeInfinity;
        for (int i = 0; i < 1500; i++)
        {
            float v = car.VelocityMps;
            car.Step(StepS, Drive(wheel), 9.8f, 0f, 1.0f, 0f);
            float resist = p.RollingResistance * G + 0.5f * 1.2f * p.DragCoefficientArea * v * v / p.MassKg;
            float tyreLong = -car.AccelMps2 - resist;
            float lat = car.LateralAccelMps2;
            worstExcess = MathF.Max(worstExcess, MathF.Sqrt(tyreLong * tyreLong + lat * lat) - G);
            if (i == 599)
            {
                // The brake has built past what is left (9.8·(1 − e^(−0.52/0.12)) = 9.67): the circle binds.
                Assert.True(car.Brake.DecelMps2 > 9.5f);
                Assert.Equal(MathF.Sqrt(G * G - lat * lat), tyreLong, 1);
                Assert.True(tyreLong < car.Brake.DecelMps2 - 0.3f, $"tyre deceleration {tyreLong} with {lat} m/s² lateral");
            }
        }

        Assert.True(worstExcess <= 0.02f, $"combined tyre acceleration exceeded μ·g by {worstExcess} m/s²");
    }

    [Fact]
    public void Without_the_friction_circle_the_ideal_car_brakes_fully_while_cornering()
    {
        var p = new VehicleParameters();
        var car = new EgoVehicle(p, StepS);
        car.Reset(0, 0, 0, 20f);
        float wheel = MathF.Atan(2.6f * p.WheelbaseM / 400f) * p.SteeringRatio;
        float v = 0f;
        for (int i = 0; i < 1000; i++)
        {
            v = car.VelocityMps;
            car.Step(StepS, Drive(wheel), 9.8f, 0f, 1.0f, 0f);
        }

        float resist = p.RollingResistance * G + 0.5f * 1.2f * p.DragCoefficientArea * v * v / p.MassKg;
        Assert.Equal(9.8f, -car.AccelMps2 - resist, 1);
    }

    [Fact]
    public void A_bend_tighter_than_the_tyres_allow_is_run_wide_at_mu_g()
    {
        // Asking for 15 m/s² of lateral acceleration on μ = 0.5: the car turns at 4.9 m/s², no more.
        var p = Realistic;
        var car = new EgoVehicle(p, StepS);
        car.Reset(0, 0, 0, 20f);
        float wheel = MathF.Atan(15f * p.WheelbaseM / 400f) * p.SteeringRatio;
        for (int i = 0; i < 200; i++) car.Step(StepS, Drive(wheel), 0f, 1f, 0.5f, 0f);
        Assert.Equal(0.5f * G, car.LateralAccelMps2, 2);
    }

    [Fact]
    public void The_drivers_pedal_acts_through_the_same_dead_time_and_lag_as_AEB()
    {
        // Pedal at half travel = 5 m/s²; the hydraulics: nothing for 80 ms, then 5·(1 − e^(−(t − 0.08)/0.12)).
        var p = Realistic;
        var driverCar = new EgoVehicle(p, StepS);
        var aebCar = new EgoVehicle(p, StepS);
        driverCar.Reset(0, 0, 0, 20f);
        aebCar.Reset(0, 0, 0, 20f);
        for (int i = 1; i <= 600; i++)
        {
            driverCar.Step(StepS, Drive(brake: 0.5f), 0f, 1f, 1f, 0f);
            aebCar.Step(StepS, Drive(), 5f, 1f, 1f, 0f);
            float t = i * StepS;
            float expected = t <= p.BrakeDeadTimeS ? 0f : 5f * (1f - MathF.Exp(-(t - p.BrakeDeadTimeS) / p.BrakeLagS));
            Assert.True(MathF.Abs(driverCar.DriverBrake.DecelMps2 - expected) < 0.1f, $"at {t:0.000} s the driver's brake gives {driverCar.DriverBrake.DecelMps2}, expected {expected}");
            Assert.Equal(aebCar.Brake.DecelMps2, driverCar.DriverBrake.DecelMps2);
            Assert.Equal(aebCar.VelocityMps, driverCar.VelocityMps);
        }
    }

    [Fact]
    public void The_ideal_drivers_pedal_acts_at_once()
    {
        var p = new VehicleParameters();
        var car = new EgoVehicle(p, StepS);
        car.Reset(0, 0, 0, 20f);
        car.Step(StepS, Drive(brake: 0.5f), 0f, 1f, 1f, 0f);
        float resist = p.RollingResistance * G + 0.5f * 1.2f * p.DragCoefficientArea * 400f / p.MassKg;
        Assert.Equal(5f + resist, -car.AccelMps2, 2);
    }

    [Fact]
    public void A_slam_in_reverse_stops_at_the_reverse_governor_and_30_kph_stays_reachable()
    {
        var p = Realistic;
        var car = new EgoVehicle(p, StepS);
        car.Reset(0, 0, 0, 0f);
        float fastest = 0f;
        for (int i = 0; i < 30_000; i++)
        {
            car.Step(StepS, Drive(accelerator: 1f, gear: Gear.Reverse), 0f, 1f, 1f, 0f);
            fastest = MathF.Max(fastest, -car.VelocityMps);
        }

        Assert.True(fastest <= p.Realism.MaxReverseSpeedMps + 0.01f, $"reversed at {fastest * 3.6f} km/h");
        Assert.True(fastest * 3.6f > 30f, $"reverse AEB is tested up to 30 km/h; the car reached only {fastest * 3.6f} km/h");
        Assert.True(fastest * 3.6f < 60f);
    }

    [Fact]
    public void Full_throttle_forward_stops_at_the_governed_top_speed()
    {
        var p = Realistic;
        var car = new EgoVehicle(p, StepS);
        car.Reset(0, 0, 0, p.Realism.MaxForwardSpeedMps - 3f);
        for (int i = 0; i < 20_000; i++) car.Step(StepS, Drive(accelerator: 1f), 0f, 1f, 1f, 0f);
        Assert.InRange(car.VelocityMps, p.Realism.MaxForwardSpeedMps - 0.5f, p.Realism.MaxForwardSpeedMps + 0.01f);
    }

    [Fact]
    public void The_ideal_world_is_the_default()
    {
        var r = new VehicleParameters().Realism;
        Assert.False(r.FrictionCircle);
        Assert.False(r.DriverBrakeThroughHydraulics);
        Assert.False(r.Occlusion);
        Assert.Equal(float.PositiveInfinity, r.MaxReverseSpeedMps);
        Assert.Equal(float.PositiveInfinity, r.ActorJerkLimitMps3);
    }
}
