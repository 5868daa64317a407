namespace AebController.Emulation.Sensors;

/// <summary>
/// Where the 12 parking sensors sit: six across each bumper, left to right, the corner ones
/// angled outwards. Lateral positions are metres left of the centre line; angles are from the
/// bumper's outward axis, positive to the left. The rear ring is listed left to right as well.
/// </summary>
public static class UltrasonicRingGeometry
{
    public const int SensorsPerBumper = 6;

    private static readonly float[] LateralM = { 0.80f, 0.50f, 0.18f, -0.18f, -0.50f, -0.80f };
    private static readonly float[] AngleDeg = { 60f, 25f, 5f, -5f, -25f, -60f };

    public static float Lateral(int indexInBumper) => LateralM[indexInBumper];

    public static float AngleRad(int indexInBumper) => AngleDeg[indexInBumper] * MathF.PI / 180f;
}
