namespace AebController.Emulation.Sensors;

/// <summary>Light the camera works in (scenario field "lighting").</summary>
public enum Lighting : byte
{
    Day = 0,
    Night = 1,
    NightLit = 2,
    Glare = 3,
}
