using AebController.Firmware.Signals;

namespace AebController.Scenarios.Running;

/// <summary>One control cycle of a run, as traces and plots show it.</summary>
public struct CycleRecord
{
    public float TimeS;
    public float EgoSpeedKph;
    public Gear Gear;
    public float AcceleratorPedal;
    public float BrakePedal;

    /// <summary>True clearance to the nearest actor in the ego's swept path (ground truth).</summary>
    public float PathGapM;

    /// <summary>Range of the firmware's selected forward target (NaN when none).</summary>
    public float TargetRangeM;
    public float TtcS;
    public float RequiredDecelMps2;
    public ForwardAebState ForwardState;
    public byte ForwardStage;
    public ObstacleAebState ReverseAebState;
    public ObstacleAebState LowSpeedForwardState;
    public ObstacleAebState LowSpeedRearState;
    public MaiState MaiState;
    public float BrakeRequestMps2;
    public float DecelMps2;
    public float TorqueLimit;
    public WarningOutputs Warnings;
    public FunctionFlags BrakeReasons;
    public FunctionFlags TorqueReasons;
    public FunctionFlags WarningReasons;
    public DiagnosticCode Diagnostics;
}
