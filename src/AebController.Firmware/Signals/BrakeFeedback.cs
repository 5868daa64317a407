namespace AebController.Firmware.Signals;

/// <summary>Deceleration the brake actuator reports it is producing (from line pressure).</summary>
public struct BrakeFeedback
{
    public float DecelMps2;
    public long AgeUs;
}
