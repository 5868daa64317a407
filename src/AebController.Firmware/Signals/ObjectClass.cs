namespace AebController.Firmware.Signals;

/// <summary>
/// Object class as a sensor reports it. Radar alone reports <see cref="Unknown"/>; the camera
/// confirms a class after its confirmation delay. The last four are things that must not cause braking.
/// </summary>
public enum ObjectClass : byte
{
    Unknown = 0,
    PassengerCar = 1,
    Pedestrian = 2,
    Child = 3,
    Cyclist = 4,
    WaterBarrier = 5,
    CrashBarrel = 6,
    Pillar = 7,
    Wall = 8,
    TrafficCone = 9,
    OverheadGantry = 10,
    RoadPlate = 11,
    DrivableClutter = 12,
}
