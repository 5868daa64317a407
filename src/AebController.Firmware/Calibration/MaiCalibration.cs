namespace AebController.Firmware.Calibration;

/// <summary>
/// MAI: pedal misapplication suppression. A misapplied pedal is pressed fast and deep at low speed;
/// a deliberate launch is slower or shallower, a kick-down happens at speed, and a driver who means
/// it presses again. See docs/calibration.md for the reasons behind each number.
/// </summary>
public sealed record MaiCalibration
{
    /// <summary>Watch only below this speed (parking and manoeuvring).</summary>
    public float MaxSpeedMps { get; init; } = 15f / 3.6f;

    /// <summary>A press this deep…</summary>
    public float DeepPedal { get; init; } = 0.7f;

    /// <summary>…reached this fast (travel per second) is a suspected misapplication.</summary>
    public float FastPedalRatePerS { get; init; } = 2.5f;

    /// <summary>An obstacle in the direction of travel within this distance makes the case.</summary>
    public float ObstacleRangeM { get; init; } = 5.0f;

    /// <summary>An obstacle whose gap opens faster than this drives away and is no MAI case (a lead car pulling away).</summary>
    public float RecedingSpeedMps { get; init; } = 0.3f;

    /// <summary>Time constant of the gap-opening estimate from successive ranges (ultrasonics at 15 Hz, radar at 20 Hz).</summary>
    public float GapRateTimeConstantS { get; init; } = 0.2f;

    /// <summary>Torque allowed while suppressing with an obstacle ahead.</summary>
    public float ObstacleTorqueLimit { get; init; } = 0.0f;

    /// <summary>No obstacle seen: only a slammed pedal right after a gear change, from (almost) standstill, and only briefly and mildly.</summary>
    public float OpenSlamPedal { get; init; } = 0.9f;
    public float OpenSlamRatePerS { get; init; } = 4.0f;
    public float OpenMaxSpeedMps { get; init; } = 5f / 3.6f;
    public float OpenGearChangeWindowS { get; init; } = 3.0f;
    public float OpenTorqueLimit { get; init; } = 0.3f;
    public float OpenSuppressionS { get; init; } = 1.5f;

    /// <summary>Suppression with an obstacle ends after this at the latest.</summary>
    public float ObstacleSuppressionS { get; init; } = 5.0f;

    /// <summary>The obstacle must be gone this long before suppression ends.</summary>
    public float ObstacleGoneS { get; init; } = 1.0f;

    /// <summary>A release below this then a new press within the window is the driver confirming.</summary>
    public float ReleasedPedal { get; init; } = 0.2f;
    public float SecondPressWindowS { get; init; } = 2.0f;

    /// <summary>Pedal position that counts as released (exit).</summary>
    public float OffPedal { get; init; } = 0.05f;

    /// <summary>Torque allowed while the accelerator is faulted (limp home).</summary>
    public float PedalFaultTorqueLimit { get; init; } = 0.2f;

    public void Validate(CalibrationRules rules, string prefix)
    {
        rules.InRange(prefix + "maxSpeedMps", MaxSpeedMps, 0.5, 15.0, "m/s");
        rules.InRange(prefix + "deepPedal", DeepPedal, 0.3, 1.0, "");
        rules.InRange(prefix + "fastPedalRatePerS", FastPedalRatePerS, 0.5, 50.0, "1/s");
        rules.InRange(prefix + "obstacleRangeM", ObstacleRangeM, 0.5, 20.0, "m");
        rules.InRange(prefix + "recedingSpeedMps", RecedingSpeedMps, 0.05, 3.0, "m/s");
        rules.InRange(prefix + "gapRateTimeConstantS", GapRateTimeConstantS, 0.02, 2.0, "s");
        rules.InRange(prefix + "obstacleTorqueLimit", ObstacleTorqueLimit, 0.0, 1.0, "");
        rules.InRange(prefix + "openSlamPedal", OpenSlamPedal, 0.5, 1.0, "");
        rules.InRange(prefix + "openSlamRatePerS", OpenSlamRatePerS, 0.5, 50.0, "1/s");
        rules.InRange(prefix + "openMaxSpeedMps", OpenMaxSpeedMps, 0.0, 5.0, "m/s");
        rules.InRange(prefix + "openGearChangeWindowS", OpenGearChangeWindowS, 0.0, 30.0, "s");
        rules.InRange(prefix + "openTorqueLimit", OpenTorqueLimit, 0.0, 1.0, "");
        rules.InRange(prefix + "openSuppressionS", OpenSuppressionS, 0.1, 10.0, "s");
        rules.InRange(prefix + "obstacleSuppressionS", ObstacleSuppressionS, 0.5, 30.0, "s");
        rules.InRange(prefix + "obstacleGoneS", ObstacleGoneS, 0.1, 10.0, "s");
        rules.InRange(prefix + "releasedPedal", ReleasedPedal, 0.0, 0.7, "");
        rules.InRange(prefix + "secondPressWindowS", SecondPressWindowS, 0.1, 10.0, "s");
        rules.InRange(prefix + "offPedal", OffPedal, 0.0, 0.3, "");
        rules.InRange(prefix + "pedalFaultTorqueLimit", PedalFaultTorqueLimit, 0.0, 1.0, "");
    }
}
