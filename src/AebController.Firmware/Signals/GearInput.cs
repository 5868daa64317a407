namespace AebController.Firmware.Signals;

public struct GearInput
{
    public Gear Gear;
    public long AgeUs;
}
