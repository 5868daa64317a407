namespace AebController.Firmware.Signals;

/// <summary>Which functions contributed to a command; the reason behind every brake, warning and torque cut.</summary>
[Flags]
public enum FunctionFlags : ushort
{
    None = 0,
    Fcw = 1 << 0,
    ForwardAeb = 1 << 1,
    BrakeAssist = 1 << 2,
    ReverseAeb = 1 << 3,
    LowSpeedForward = 1 << 4,
    LowSpeedRear = 1 << 5,
    Mai = 1 << 6,
    StandstillHold = 1 << 7,
    PedalFaultLimit = 1 << 8,
}
