namespace AebController.Emulation.Faults;

/// <summary>The input a fault is injected into.</summary>
public enum FaultInput : byte
{
    FrontRadar,
    RearRadar,
    Camera,
    UltrasonicFront,
    UltrasonicRear,
    AcceleratorPedal,
    BrakePedal,
    WheelSpeed,
    Imu,
    Steering,
    Gear,
    BrakeFeedback,
}
