using AebController.Firmware.Signals;

namespace AebController.Scenarios.Tests;

/// <summary>Bit-exact comparison of commands: determinism means identical bits, not "close".</summary>
internal static class CommandBits
{
    public static string Describe(in ActuatorCommand c) =>
        $"brake={BitConverter.SingleToInt32Bits(c.BrakeDecelRequestMps2):X8} torque={BitConverter.SingleToInt32Bits(c.DriveTorqueLimit):X8} " +
        $"warn={c.Warnings} lamp={c.FaultLamp} br={c.BrakeReasons} tr={c.TorqueReasons} wr={c.WarningReasons} " +
        $"state={c.ForwardAebState} stage={c.ForwardBrakeStage} diag={c.Diagnostics}";
}
