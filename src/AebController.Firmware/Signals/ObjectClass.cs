namespace AebController.Firmware.Signals;

/// <summary>
/// Object class as a sensor reports it. Radar alone reports <see cref="Unknown"/>; the camera
/// confirms a class after its confirmation delay. OverheadGantry, RoadPlate and DrivableClutter are things that
/// must not cause braking. Motorcycle came last so the numbers of the others stay as they were.
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
    Motorcycle = 13,
}
