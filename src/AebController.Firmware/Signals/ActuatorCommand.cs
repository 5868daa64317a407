namespace AebController.Firmware.Signals;

/// <summary>The one command the controller sends each cycle, with the reasons behind it.</summary>
public struct ActuatorCommand
{
    /// <summary>
    /// Deceleration the brake actuator must produce at least, 0 or positive. The brake system applies
    /// the larger of this and the driver's own pedal demand, so the driver's braking is never reduced.
    /// </summary>
    public float BrakeDecelRequestMps2;

    /// <summary>Drive torque allowed, as a fraction of the accelerator's demand: 1 lets the driver's demand through, 0 cuts it.</summary>
    public float DriveTorqueLimit;

    public WarningOutputs Warnings;

    /// <summary>The function fault lamp; on while any diagnostic code is latched.</summary>
    public bool FaultLamp;

    /// <summary>Functions behind the brake request.</summary>
    public FunctionFlags BrakeReasons;

    /// <summary>Functions behind the torque limit.</summary>
    public FunctionFlags TorqueReasons;

    /// <summary>Functions behind the warning outputs.</summary>
    public FunctionFlags WarningReasons;

    public ForwardAebState ForwardAebState;

    /// <summary>Partial braking stage (1 or 2) while forward AEB is partially braking; otherwise 0.</summary>
    public byte ForwardBrakeStage;

    public ObstacleAebState ReverseAebState;
    public ObstacleAebState LowSpeedForwardState;
    public ObstacleAebState LowSpeedRearState;
    public MaiState MaiState;

    /// <summary>Latched diagnostic codes.</summary>
    public DiagnosticCode Diagnostics;

    /// <summary>A command that does nothing: no brake, no torque limit, no warning.</summary>
    public static ActuatorCommand Neutral => new() { DriveTorqueLimit = 1f };
}
