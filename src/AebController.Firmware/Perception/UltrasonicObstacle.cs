namespace AebController.Firmware.Perception;

/// <summary>The nearest confirmed echo in the swept path of one bumper.</summary>
public struct UltrasonicObstacle
{
    public bool Present;

    /// <summary>Distance from the bumper along the direction of travel.</summary>
    public float DistanceM;

    /// <summary>Sensor index (0–11) that sees it.</summary>
    public int Sensor;

    /// <summary>Time since the sensor measured <see cref="DistanceM"/> (its echo's age).</summary>
    public long AgeUs;

    /// <summary>
    /// The distance brought to now: the obstacle stands (every echo is taken as standing), so since it was measured the
    /// gap has closed by the car's own travel over the echo's age. A sensor measures every 67 ms and one that falls silent
    /// is found stale only after its age limit (250 ms): without this, the obstacle stood still for the functions while the
    /// car closed on it (rev-pedestrian-5 reversing at 5 km/h: 0.14 m over an echo 100 ms old). Never below 0, never
    /// farther than measured (a car rolling away from it is not moved back).
    /// </summary>
    public readonly float DistanceNowM(float egoSpeedMps) =>
        MathF.Max(0f, DistanceM - MathF.Max(0f, egoSpeedMps) * MathF.Max(0L, AgeUs) * 1e-6f);
}
