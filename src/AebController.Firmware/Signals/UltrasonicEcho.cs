namespace AebController.Firmware.Signals;

/// <summary>The newest echo of one ultrasonic sensor.</summary>
public struct UltrasonicEcho
{
    /// <summary>An echo above the detection threshold was received in the last measurement.</summary>
    public bool HasEcho;

    /// <summary>Distance to the nearest echo; meaningful only with <see cref="HasEcho"/>.</summary>
    public float DistanceM;

    /// <summary>Echo amplitude, 0 to 1.</summary>
    public float Strength;

    /// <summary>Time since this sensor last measured.</summary>
    public long AgeUs;
}
