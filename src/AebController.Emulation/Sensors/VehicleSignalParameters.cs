using AebController.Emulation.Profiles;

namespace AebController.Emulation.Sensors;

/// <summary>Wheel speed, IMU and pedal sensor behaviour. Defaults: the ideal world (exact signals).</summary>
public sealed record VehicleSignalParameters
{
    /// <summary>Wheel-speed quantisation step on the bus; 0 = exact.</summary>
    [ProfileRange(0, 1)]
    public float WheelSpeedResolutionKph { get; init; } = 0f;
}
