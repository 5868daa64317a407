namespace AebController.Firmware.Perception;

/// <summary>
/// The ego's predicted path as a circle through the rear axle, from yaw rate over speed. Targets are
/// measured from the bumper, so the axle-to-bumper distance is added before the curvature applies.
/// </summary>
public readonly struct EgoPath
{
    private readonly float _curvaturePerM;
    private readonly float _axleToBumperM;

    public EgoPath(float speedMps, float yawRateRps, float axleToBumperM)
    {
        // Below walking pace the yaw rate over speed is noise; assume straight ahead.
        _curvaturePerM = speedMps > 1.0f ? Math.Clamp(yawRateRps / speedMps, -0.2f, 0.2f) : 0f;
        _axleToBumperM = axleToBumperM;
    }

    public float CurvaturePerM => _curvaturePerM;

    public float AxleToBumperM => _axleToBumperM;

    /// <summary>Lateral position of the path centre at <paramref name="longitudinalM"/> ahead of the bumper.</summary>
    public float LateralAt(float longitudinalM)
    {
        float x = longitudinalM + _axleToBumperM;
        float x0 = _axleToBumperM;
        return 0.5f * _curvaturePerM * (x * x - x0 * x0);
    }

    /// <summary>How much a target of <paramref name="targetWidthM"/> at <paramref name="lateralM"/> overlaps the swept corridor; negative when clear.</summary>
    public float Overlap(float longitudinalM, float lateralM, float egoWidthM, float targetWidthM) =>
        OverlapAtOffset(lateralM - LateralAt(longitudinalM), egoWidthM, targetWidthM);

    /// <summary>How much a target of <paramref name="targetWidthM"/> whose centre is <paramref name="offsetM"/> off the path centre overlaps the swept corridor; negative when clear.</summary>
    public static float OverlapAtOffset(float offsetM, float egoWidthM, float targetWidthM) =>
        0.5f * (egoWidthM + targetWidthM) - MathF.Abs(offsetM);
}
