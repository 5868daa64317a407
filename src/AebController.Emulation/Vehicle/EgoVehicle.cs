using AebController.Firmware.Signals;

namespace AebController.Emulation.Vehicle;

/// <summary>
/// The ego car: a planar kinematic bicycle about the rear axle with longitudinal dynamics (drive,
/// brakes, drag, rolling resistance, grade) limited by road friction. Stepped at 1 ms.
/// </summary>
public sealed class EgoVehicle
{
    private const float Gravity = 9.81f;
    private const float AirDensity = 1.2f;

    private readonly VehicleParameters _p;
    private float _driveAccelMps2;
    private float _previousSteeringRad;

    public EgoVehicle(VehicleParameters parameters, float stepS)
    {
        _p = parameters;
        Brake = new BrakeActuator(parameters.BrakeDeadTimeS, parameters.BrakeLagS, stepS);
        DriverBrake = new BrakeActuator(parameters.BrakeDeadTimeS, parameters.BrakeLagS, stepS);
    }

    public VehicleParameters Parameters => _p;
    public BrakeActuator Brake { get; }

    /// <summary>The driver's pedal through the hydraulics (used when <see cref="VehicleRealism.DriverBrakeThroughHydraulics"/> is on).</summary>
    public BrakeActuator DriverBrake { get; }

    /// <summary>Lateral acceleration of the latest step (v · yaw rate), left positive.</summary>
    public float LateralAccelMps2 { get; private set; }

    /// <summary>Rear-axle centre in the road frame.</summary>
    public float XM { get; private set; }
    public float YM { get; private set; }
    public float HeadingRad { get; private set; }

    /// <summary>Speed along the heading; negative when reversing.</summary>
    public float VelocityMps { get; private set; }

    /// <summary>Acceleration along the heading.</summary>
    public float AccelMps2 { get; private set; }
    public float YawRateRps { get; private set; }
    public float SteeringWheelRad { get; private set; }
    public float SteeringWheelRateRps { get; private set; }

    /// <summary>Slip of the braked wheels (0 rolling, 1 locked), the cue a brake system reports.</summary>
    public float BrakeSlip { get; private set; }

    /// <summary>The brakes ask more than the road gives and the ABS modulates pressure.</summary>
    public bool AbsActive { get; private set; }

    /// <summary>Set while a robot driver holds a speed (test tracks); released for good once any brake acts.</summary>
    public float? HoldSpeedMps { get; set; }

    public float SpeedMps => MathF.Abs(VelocityMps);

    /// <summary>Deceleration along the direction of travel (positive when slowing).</summary>
    public float DecelMps2 => VelocityMps >= 0f ? -AccelMps2 : AccelMps2;

    public float FrontBumperXM => XM + _p.RearAxleToFrontBumperM * MathF.Cos(HeadingRad);
    public float FrontBumperYM => YM + _p.RearAxleToFrontBumperM * MathF.Sin(HeadingRad);

    /// <summary>Places the car with its front bumper centre at (x, y).</summary>
    public void Reset(float frontBumperXM, float frontBumperYM, float headingRad, float velocityMps)
    {
        HeadingRad = headingRad;
        XM = frontBumperXM - _p.RearAxleToFrontBumperM * MathF.Cos(headingRad);
        YM = frontBumperYM - _p.RearAxleToFrontBumperM * MathF.Sin(headingRad);
        VelocityMps = velocityMps;
        AccelMps2 = 0f;
        YawRateRps = 0f;
        SteeringWheelRad = 0f;
        SteeringWheelRateRps = 0f;
        BrakeSlip = 0f;
        AbsActive = false;
        _previousSteeringRad = 0f;
        _driveAccelMps2 = 0f;
        LateralAccelMps2 = 0f;
        Brake.Reset();
        DriverBrake.Reset();
    }

    public void Step(float stepS, in DriverControls driver, float brakeRequestMps2, float torqueLimit, float friction, float gradeRad)
    {
        Brake.Step(brakeRequestMps2, stepS);

        float direction = driver.Gear switch { Gear.Drive => 1f, Gear.Reverse => -1f, _ => 0f };
        float speed = MathF.Abs(VelocityMps);
        var realism = _p.Realism;
        float driverBrake = Math.Clamp(driver.BrakePedal, 0f, 1f) * _p.FullPedalDecelMps2;
        if (realism.DriverBrakeThroughHydraulics)
        {
            DriverBrake.Step(driverBrake, stepS);
            driverBrake = DriverBrake.DecelMps2;
        }

        float brakeDecel = MathF.Max(driverBrake, Brake.DecelMps2);
        if (brakeDecel > 0.05f)
        {
            HoldSpeedMps = null;
        }

        float available = MathF.Min(_p.MaxDriveAccelMps2, _p.MaxPowerW / (_p.MassKg * MathF.Max(speed, 1f)));
        float demand;
        if (HoldSpeedMps is float target && direction != 0f)
        {
            // Robot driver: a proportional speed hold that also carries the running resistances.
            float resist = _p.RollingResistance * Gravity + 0.5f * AirDensity * _p.DragCoefficientArea * speed * speed / _p.MassKg;
            demand = Math.Clamp(resist + 2f * (target - speed), 0f, available);
        }
        else
        {
            demand = Math.Clamp(driver.AcceleratorPedal, 0f, 1f) * available;
        }

        demand *= Math.Clamp(torqueLimit, 0f, 1f);
        _driveAccelMps2 += (demand - _driveAccelMps2) * MathF.Min(1f, stepS / _p.DriveLagS);
        float driveAccel = _driveAccelMps2;
        float governed = direction < 0f ? realism.MaxReverseSpeedMps : realism.MaxForwardSpeedMps;
        if (float.IsFinite(governed))
        {
            // A governor on the motor's output: torque fades over the last 0.5 m/s below the limit, none above it.
            driveAccel *= Math.Clamp((governed - speed) / 0.5f, 0f, 1f);
        }

        float limit = MathF.Max(friction, 0.05f) * Gravity;
        float wheelAngle = driver.SteeringWheelAngleRad / _p.SteeringRatio;
        if (realism.FrictionCircle)
        {
            // Kamm circle: the path takes what it needs up to μ·g (beyond that the car runs wide at μ·g),
            // and the brakes and the drive share what is left.
            float lateral = MathF.Min(MathF.Abs(VelocityMps * VelocityMps * MathF.Tan(wheelAngle) / _p.WheelbaseM), limit);
            limit = MathF.Sqrt(MathF.Max(limit * limit - lateral * lateral, 0f));
        }

        (BrakeSlip, AbsActive) = TyreSlip.UnderBraking(brakeDecel, limit, _p.PeakBrakeSlip, speed);

        float drive = MathF.Min(driveAccel, limit) * direction;
        float gravity = -Gravity * MathF.Sin(gradeRad);
        float resistive = MathF.Min(brakeDecel, limit) + _p.RollingResistance * Gravity
            + 0.5f * AirDensity * _p.DragCoefficientArea * VelocityMps * VelocityMps / _p.MassKg;

        float push = drive + gravity;
        float v = VelocityMps;
        float accel;
        if (MathF.Abs(v) < 1e-3f && MathF.Abs(push) <= resistive)
        {
            // Static: brakes and rolling resistance hold the car.
            accel = 0f;
            v = 0f;
        }
        else
        {
            float sign = MathF.Abs(v) >= 1e-3f ? MathF.Sign(v) : MathF.Sign(push);
            accel = push - sign * resistive;
            float next = v + accel * stepS;
            if (MathF.Abs(v) >= 1e-3f && MathF.Sign(next) != MathF.Sign(v) && MathF.Abs(push) <= resistive)
            {
                // Resistances stop the car; they never drive it backwards.
                accel = -v / stepS;
                next = 0f;
            }

            v = next;
        }

        VelocityMps = v;
        AccelMps2 = accel;

        SteeringWheelRad = driver.SteeringWheelAngleRad;
        SteeringWheelRateRps = (SteeringWheelRad - _previousSteeringRad) / stepS;
        _previousSteeringRad = SteeringWheelRad;
        YawRateRps = realism.FrictionCircle ? ClampYaw(v * MathF.Tan(wheelAngle) / _p.WheelbaseM, v, friction) : v * MathF.Tan(wheelAngle) / _p.WheelbaseM;
        LateralAccelMps2 = v * YawRateRps;
        HeadingRad += YawRateRps * stepS;
        XM += v * MathF.Cos(HeadingRad) * stepS;
        YM += v * MathF.Sin(HeadingRad) * stepS;
    }

    /// <summary>The yaw rate the tyres can carry at speed <paramref name="v"/>: |v · r| ≤ μ·g.</summary>
    private static float ClampYaw(float yawRateRps, float v, float friction)
    {
        float limit = MathF.Max(friction, 0.05f) * Gravity;
        float lateral = v * yawRateRps;
        return MathF.Abs(lateral) > limit ? MathF.CopySign(limit, lateral) / v : yawRateRps;
    }
}
