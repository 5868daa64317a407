namespace AebController.Emulation.World.Road;

/// <summary>The OpenDRIVE lane types this model keeps (others read as <see cref="None"/>).</summary>
public enum LaneType : byte
{
    None = 0,
    Driving,
    Shoulder,
    Border,
    Stop,
    Restricted,
    Parking,
    Median,
    Biking,
    Sidewalk,
    Curb,
    Entry,
    Exit,
    OnRamp,
    OffRamp,
}
