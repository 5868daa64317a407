namespace AebController.Emulation.Driver;

/// <summary>
/// What the driver does once the collision warning has been on for <see cref="DelayS"/>: press
/// the brake, kick down, or steer away (ramped over <see cref="SteeringRampS"/>). Unset channels keep their script.
/// </summary>
public sealed record DriverReaction(float DelayS, float? BrakePedal, float? AcceleratorPedal, float? SteeringWheelDeg, float SteeringRampS);
