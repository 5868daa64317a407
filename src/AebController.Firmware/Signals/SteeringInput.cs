namespace AebController.Firmware.Signals;

/// <summary>Steering wheel angle and rate, positive to the left.</summary>
public struct SteeringInput
{
    public float AngleRad;
    public float RateRps;
    public long AgeUs;
}
