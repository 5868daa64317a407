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

    // One signal of a group, for faults that strike a single wire or field (appended: values are stable).
    /// <summary>Accelerator track 1 alone.</summary>
    AcceleratorTrack1,
    /// <summary>Accelerator track 2 alone.</summary>
    AcceleratorTrack2,
    /// <summary>Yaw rate alone (the IMU's gyro).</summary>
    YawRate,
    /// <summary>Longitudinal acceleration alone (the IMU's accelerometer).</summary>
    LongAccel,
    /// <summary>Front radar: longitudinal range of every track.</summary>
    FrontRadarRange,
    /// <summary>Front radar: lateral position of every track.</summary>
    FrontRadarLateral,
    /// <summary>Front radar: range rate of every track.</summary>
    FrontRadarRangeRate,
    /// <summary>Front radar: width of every track.</summary>
    FrontRadarWidth,
    /// <summary>Front radar: elevation of every track.</summary>
    FrontRadarElevation,
    /// <summary>Rear radar: longitudinal range of every track.</summary>
    RearRadarRange,
    /// <summary>Camera: longitudinal distance of every object.</summary>
    CameraRange,
    /// <summary>The front-left corner radar's whole object list.</summary>
    FrontLeftCornerRadar,
    /// <summary>The front-right corner radar's whole object list.</summary>
    FrontRightCornerRadar,
    /// <summary>Not a sensor: the controller itself, for the campaign's restart (a scenario's restarts, never an emulator fault).</summary>
    Controller,
}
