namespace AebController.Firmware.Perception;

/// <summary>The nearest confirmed echo in the swept path of one bumper.</summary>
public struct UltrasonicObstacle
{
    public bool Present;

    /// <summary>Distance from the bumper along the direction of travel.</summary>
    public float DistanceM;

    /// <summary>Sensor index (0–11) that sees it.</summary>
    public int Sensor;
}
