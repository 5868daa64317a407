using AebController.Firmware.Signals;

namespace AebController.Emulation.Vehicle;

/// <summary>What the driver does to the car at one instant.</summary>
public struct DriverControls
{
    /// <summary>Accelerator travel, 0 to 1.</summary>
    public float AcceleratorPedal;

    /// <summary>Brake travel, 0 to 1.</summary>
    public float BrakePedal;

    public float SteeringWheelAngleRad;
    public Gear Gear;
}
