using AebController.Firmware.Signals;

namespace AebController.Firmware.Functions;

/// <summary>What one function asks of the arbiter this cycle.</summary>
public struct FunctionOutput
{
    /// <summary>Deceleration asked for, 0 when none.</summary>
    public float BrakeDecelMps2;

    /// <summary>Torque fraction allowed, 1 when unrestricted.</summary>
    public float TorqueLimit;

    public WarningOutputs Warnings;

    /// <summary>The function flag to credit for the brake request (for example BrakeAssist instead of ForwardAeb).</summary>
    public FunctionFlags BrakeReason;

    public static FunctionOutput Idle => new() { TorqueLimit = 1f };
}
