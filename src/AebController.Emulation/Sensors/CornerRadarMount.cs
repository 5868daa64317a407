using AebController.Emulation.Profiles;

namespace AebController.Emulation.Sensors;

/// <summary>
/// Where the two front corner radars sit on the car: the left one as given, the right one mirrored across the centre
/// line. The firmware's calibration (cornerRadars) must state the same mounting, as a real car's ECU is told it.
/// </summary>
public sealed record CornerRadarMount
{
    /// <summary>How far behind the front bumper's face the sensor sits.</summary>
    [ProfileRange(0, 2)]
    public float SetbackM { get; init; } = 0.35f;

    /// <summary>Distance of the sensor from the car's centre line (left sensor to the left, right sensor to the right).</summary>
    [ProfileRange(0, 1.5)]
    public float LateralM { get; init; } = 0.75f;

    /// <summary>Boresight angle outward from straight ahead (left sensor turned left, right sensor turned right).</summary>
    [ProfileRange(0, 90)]
    public float YawDeg { get; init; } = 45f;
}
