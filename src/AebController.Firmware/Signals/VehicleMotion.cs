namespace AebController.Firmware.Signals;

/// <summary>Ego motion: wheel speed (magnitude; direction follows the gear), acceleration and yaw rate.</summary>
public struct VehicleMotion
{
    public float WheelSpeedMps;

    /// <summary>Longitudinal acceleration along the direction of travel; negative when slowing.</summary>
    public float LongAccelMps2;

    /// <summary>Yaw rate, positive turning left.</summary>
    public float YawRateRps;

    public long AgeUs;
}
