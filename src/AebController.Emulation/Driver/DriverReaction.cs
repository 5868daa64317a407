namespace AebController.Emulation.Driver;

/// <summary>
/// What the driver does once the collision warning has been on for <see cref="DelayS"/>: press
/// the brake, kick down, or steer away (ramped over <see cref="SteeringRampS"/>; the accelerator over <see cref="AcceleratorRampS"/>, as a foot moves it). Unset channels keep their script.
/// </summary>
public sealed record DriverReaction(float DelayS, float? BrakePedal, float? AcceleratorPedal, float? SteeringWheelDeg, float SteeringRampS, float AcceleratorRampS = 0f);
