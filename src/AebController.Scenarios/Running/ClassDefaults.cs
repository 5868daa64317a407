using AebController.Firmware.Signals;

namespace AebController.Scenarios.Running;

/// <summary>
/// Typical size and radar properties per object class (length along the road, width across it,
/// height, height of the radar reflection centre, radar cross-section). Plastic barriers and barrels
/// return little radar energy; concrete and cars return a lot; a gantry reflects from high up.
/// </summary>
public static class ClassDefaults
{
    public readonly record struct Shape(float LengthM, float WidthM, float HeightM, float ElevationM, float RcsDbsm);

    public static Shape For(ObjectClass objectClass) => objectClass switch
    {
        ObjectClass.PassengerCar => new(4.5f, 1.8f, 1.5f, 0.5f, 10f),
        ObjectClass.Pedestrian => new(0.5f, 0.6f, 1.8f, 1.0f, -8f),
        ObjectClass.Child => new(0.4f, 0.5f, 1.15f, 0.6f, -10f),
        ObjectClass.Cyclist => new(1.8f, 0.6f, 1.8f, 0.8f, -3f),
        ObjectClass.Motorcycle => new(2.1f, 0.8f, 1.5f, 0.6f, 0f),
        ObjectClass.WaterBarrier => new(0.5f, 1.8f, 0.8f, 0.4f, -10f),
        ObjectClass.CrashBarrel => new(0.9f, 0.9f, 1.0f, 0.5f, -8f),
        ObjectClass.Pillar => new(0.4f, 0.4f, 3.0f, 1.0f, 5f),
        ObjectClass.Wall => new(0.3f, 6.0f, 2.5f, 1.0f, 20f),
        ObjectClass.TrafficCone => new(0.35f, 0.35f, 0.7f, 0.3f, -15f),
        ObjectClass.OverheadGantry => new(1.0f, 12.0f, 1.0f, 5.5f, 25f),
        ObjectClass.RoadPlate => new(1.5f, 2.5f, 0.02f, 0.02f, 10f),
        ObjectClass.DrivableClutter => new(0.3f, 0.3f, 0.1f, 0.05f, -15f),
        _ => new(1.0f, 1.0f, 1.0f, 0.5f, 0f),
    };
}
