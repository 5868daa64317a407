namespace AebController.Hardware.Acquisition;

/// <summary>The brake light switch and the gear switches.</summary>
public struct SwitchSample
{
    public bool BrakeSwitch;
    public bool GearReverse;
    public bool GearDrive;
    public long TimestampUs;
}
