namespace AebController.Firmware.Signals;

/// <summary>Ego motion: wheel speed (magnitude; direction follows the gear), acceleration and yaw rate.</summary>
public struct VehicleMotion
{
    /// <summary>Vehicle reference speed from the wheel speeds (the brake system's estimate of the car's speed).</summary>
    public float WheelSpeedMps;

    /// <summary>Longitudinal acceleration along the direction of travel; negative when slowing.</summary>
    public float LongAccelMps2;

    /// <summary>Yaw rate, positive turning left.</summary>
    public float YawRateRps;

    public long AgeUs;

    /// <summary>
    /// The brake system reports <see cref="BrakeSlip"/> and <see cref="AbsActive"/>. False (the
    /// default) where the car or the backend gives no such cue; then both fields mean nothing.
    /// </summary>
    public bool SlipCuesAvailable;

    /// <summary>
    /// Longitudinal slip of the most-slipping wheel under braking: 0 rolling freely, 1 locked
    /// ((reference speed − wheel speed) / reference speed). Meaningful only with <see cref="SlipCuesAvailable"/>.
    /// </summary>
    public float BrakeSlip;

    /// <summary>ABS is modulating brake pressure on at least one wheel: the brakes ask more than the road gives.</summary>
    public bool AbsActive;
}
