using AebController.Firmware.Signals;

namespace AebController.Firmware.Runtime;

/// <summary>One cycle as the event recorder keeps it.</summary>
public struct TraceSample
{
    public long TimeUs;
    public float EgoSpeedMps;
    public Gear Gear;
    public float GapM;
    public float TtcS;
    public float RequiredDecelMps2;
    public ForwardAebState ForwardState;
    public float BrakeRequestMps2;
    public float TorqueLimit;
    public WarningOutputs Warnings;
    public FunctionFlags BrakeReasons;
    public DiagnosticCode Diagnostics;
}
