namespace AebController.Firmware.Signals;

/// <summary>Transmission selector position as reported by the gear input.</summary>
public enum Gear : byte
{
    Park = 0,
    Reverse = 1,
    Neutral = 2,
    Drive = 3,
}
