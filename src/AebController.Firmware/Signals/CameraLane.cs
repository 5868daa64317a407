namespace AebController.Firmware.Signals;

/// <summary>
/// The front camera's model of the ego's lane, as lane-detection cameras publish it (Mobileye-class lane messages:
/// position C0, heading C1, curvature and curvature derivative, view range, a quality of 0 to 3). The lane centre
/// x metres ahead of the front bumper lies y(x) = OffsetM + HeadingRad·x + CurvaturePerM·x²/2 + CurvatureRatePerM2·x³/6
/// to the left (a clothoid to third order; C2 = CurvaturePerM/2 and C3 = CurvatureRatePerM2/6 of the polynomial form),
/// valid up to <see cref="ViewRangeM"/>. Measured with the objects of the same camera frame, so it carries that list's
/// age. Optional: a backend without lane detection (the Pi) leaves it at its default, quality 0 = no lane.
/// </summary>
public struct CameraLane
{
    /// <summary>No lane: markings not seen (absent, worn, dark, blanked) or no lane detection at all.</summary>
    public const byte NoLane = 0;

    /// <summary>The best quality a camera reports (both markings seen over the whole view range).</summary>
    public const byte HighQuality = 3;

    /// <summary>0 no lane, 1 low (predicted or one short marking), 2 medium, 3 high.</summary>
    public byte Quality;

    /// <summary>Lateral position of the lane centre at the bumper, positive to the left (C0).</summary>
    public float OffsetM;

    /// <summary>Heading of the lane relative to the car's axis, positive when it turns left of it (C1).</summary>
    public float HeadingRad;

    /// <summary>Curvature of the lane at the bumper, positive bending left (2·C2).</summary>
    public float CurvaturePerM;

    /// <summary>Rate of the curvature along the lane (6·C3): a clothoid's.</summary>
    public float CurvatureRatePerM2;

    /// <summary>How far ahead of the bumper the lane was seen; beyond it the model is extrapolation.</summary>
    public float ViewRangeM;

    /// <summary>Lateral position of the lane centre <paramref name="longitudinalM"/> ahead of the bumper.</summary>
    public readonly float LateralAt(float longitudinalM)
    {
        float x = longitudinalM;
        return OffsetM + x * (HeadingRad + x * (0.5f * CurvaturePerM + x * CurvatureRatePerM2 / 6f));
    }
}
