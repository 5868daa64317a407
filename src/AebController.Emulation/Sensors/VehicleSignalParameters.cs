using AebController.Emulation.Profiles;

namespace AebController.Emulation.Sensors;

/// <summary>Wheel speed, IMU and pedal sensor behaviour. Defaults: the ideal world (exact signals).</summary>
public sealed record VehicleSignalParameters
{
    /// <summary>Wheel-speed quantisation step on the bus; 0 = exact.</summary>
    [ProfileRange(0, 1)]
    public float WheelSpeedResolutionKph { get; init; }

    /// <summary>Below this speed too few tooth edges arrive in the measuring window: the wheel speed reads 0.</summary>
    [ProfileRange(0, 5)]
    public float WheelSpeedDropoutKph { get; init; }

    /// <summary>Longitudinal acceleration noise σ.</summary>
    [ProfileRange(0, 2)]
    public float AccelNoiseMps2 { get; init; }

    /// <summary>Longitudinal acceleration offset σ, drawn once per run (clipped to ±3σ).</summary>
    [ProfileRange(0, 2)]
    public float AccelBiasMps2 { get; init; }

    /// <summary>1 = the accelerometer measures specific force, so a grade adds g·sin(grade); 0 = exact kinematic acceleration.</summary>
    [ProfileRange(0, 1)]
    public int AccelIncludesGravity { get; init; }

    /// <summary>Yaw-rate noise σ.</summary>
    [ProfileRange(0, 5)]
    public float YawRateNoiseDps { get; init; }

    /// <summary>Residual yaw-rate offset σ after the ESC's offset compensation, drawn once per run.</summary>
    [ProfileRange(0, 5)]
    public float YawRateBiasDps { get; init; }

    /// <summary>Pedal position noise σ as a fraction of full travel (each track).</summary>
    [ProfileRange(0, 0.1)]
    public float PedalNoiseFraction { get; init; }
}
