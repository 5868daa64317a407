namespace AebController.Firmware.Calibration;

/// <summary>
/// The front corner radars: whether the car has them and where each sits. Positions are in the car's frame at the
/// front bumper (x forward from the bumper's face, so a sensor behind it is negative; y to the left), the yaw is the
/// boresight's angle left of straight ahead. They must match how the sensors are fitted: the ECU turns each list
/// into the car's frame with them.
/// </summary>
public sealed record CornerRadarCalibration
{
    /// <summary>False on a car (or the bench Pi) without corner radars: their lists are never waited for or reported missing.</summary>
    public bool Fitted { get; init; } = true;

    public float LeftXM { get; init; } = -0.35f;
    public float LeftYM { get; init; } = 0.75f;
    public float LeftYawDeg { get; init; } = 45f;
    public float RightXM { get; init; } = -0.35f;
    public float RightYM { get; init; } = -0.75f;
    public float RightYawDeg { get; init; } = -45f;

    /// <summary>A corner track counts only as a road user crossing the path at least this fast over ground (its Doppler's share).</summary>
    public float CrossingMinSpeedMps { get; init; } = 5f;

    /// <summary>A corner track counts only while its tracked ground velocity runs across the path: along-road share / across share at most this.</summary>
    public float CrossingMaxAlongRatio { get; init; } = 1f;

    public void Validate(CalibrationRules rules, string prefix)
    {
        rules.InRange(prefix + "leftXM", LeftXM, -3.0, 0.5, "m");
        rules.InRange(prefix + "leftYM", LeftYM, -1.5, 1.5, "m");
        rules.InRange(prefix + "leftYawDeg", LeftYawDeg, -180.0, 180.0, "°");
        rules.InRange(prefix + "rightXM", RightXM, -3.0, 0.5, "m");
        rules.InRange(prefix + "rightYM", RightYM, -1.5, 1.5, "m");
        rules.InRange(prefix + "rightYawDeg", RightYawDeg, -180.0, 180.0, "°");
        rules.InRange(prefix + "crossingMinSpeedMps", CrossingMinSpeedMps, 0.5, 30.0, "m/s");
        rules.InRange(prefix + "crossingMaxAlongRatio", CrossingMaxAlongRatio, 0.0, 5.0, "");
    }
}
