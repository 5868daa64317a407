namespace AebController.Firmware.Calibration;

/// <summary>
/// One obstacle-braking function (reverse AEB, L-AEB forward, R-AEB rearward). They share one
/// state machine; these values make each what it is. Obstacles are taken as stationary unless the
/// radar measures them moving.
/// </summary>
public sealed record ObstacleAebCalibration
{
    public float MinSpeedMps { get; init; } = 1f / 3.6f;
    public float MaxSpeedMps { get; init; } = 12f / 3.6f;

    /// <summary>Gap the car should stop short of the obstacle.</summary>
    public float StopMarginM { get; init; } = 0.5f;

    /// <summary>Required deceleration at which the warning comes.</summary>
    public float WarningDecelMps2 { get; init; } = 1.2f;

    /// <summary>Required deceleration at which braking starts.</summary>
    public float BrakeTriggerDecelMps2 { get; init; } = 2.5f;

    /// <summary>Braking asks this factor times the required deceleration, within the limits below.</summary>
    public float BrakeGain { get; init; } = 1.4f;
    public float MinBrakeDecelMps2 { get; init; } = 3.0f;
    public float MaxBrakeDecelMps2 { get; init; } = 8.0f;
    public float BrakeLatencyS { get; init; } = 0.25f;
    /// <summary>Time a condition must hold, every cycle, before warning or braking (2 cycles at 100 Hz).</summary>
    public float PersistenceS { get; init; } = 0.02f;

    /// <summary>Braking lets go after the obstacle has stopped closing for this long.</summary>
    public float ThreatLostS { get; init; } = 0.2f;

    /// <summary>The warning stays on this long after its condition clears: it never drops on the first quiet cycle.</summary>
    public float WarningHoldS { get; init; } = 0.5f;

    /// <summary>The car counts as stopped below this speed.</summary>
    public float StandstillSpeedMps { get; init; } = 0.05f;

    /// <summary>A brake or warning already on is held this long through an input fault before the safe state.</summary>
    public float FaultGraceS { get; init; } = 0.2f;

    /// <summary>
    /// An input fault while a threat stands carries the last healthy obstacle forward for at most this
    /// long: a warning at 1.2 m/s² need from 30 km/h comes about 29 m (3.5 s) out, plus the 2 s hold.
    /// </summary>
    public float CoastMaxS { get; init; } = 6.0f;

    /// <summary>Facing an obstacle an override never drops the brake in one cycle: it ramps out at this rate.</summary>
    public float OverrideReleaseRateMps3 { get; init; } = 20f;
    public float StandstillHoldS { get; init; } = 2.0f;
    public float HoldDecelMps2 { get; init; } = 3.0f;
    public float OverrideHoldOffS { get; init; } = 2.0f;

    /// <summary>With MAI suspecting a pedal error, the margin grows by this and braking starts at this lower need (the linkage).</summary>
    public float MaiExtraMarginM { get; init; } = 0.5f;
    public float MaiBrakeTriggerDecelMps2 { get; init; } = 1.2f;

    /// <summary>Use radar tracks within this range besides the ultrasonics.</summary>
    public float RadarRangeM { get; init; } = 40f;

    public static ObstacleAebCalibration LowSpeed => new();

    /// <summary>
    /// L-AEB forward: the low-speed defaults up to 16.2 km/h. Above 12 km/h a post or pillar that overlaps the car's corner
    /// by less than forward AEB's corridor asks (its minimum overlap plus the yaw-rate path's sideways uncertainty, 0.19-0.31
    /// m at 12-16 km/h) was braked for by nothing (aeb explore low-speed-obstacles: a 0.4 m pillar 1 m off the centre line,
    /// 12.6-15.4 km/h, hit at up to 16 km/h). The ultrasonics see it; their 4 m reach (realistic, sensors.md) still lets the
    /// function confirm an echo (2 measurements of 96 ms) and stop short at its 8 m/s² up to
    /// 0.5 + v (0.25 + 0.19) + v² / 16 = 4.0 m, v = 4.70 m/s (16.9 km/h).
    /// </summary>
    public static ObstacleAebCalibration LowSpeedFront => new() { MaxSpeedMps = 4.5f };

    /// <summary>Reverse AEB: 1–30 km/h in reverse, on the rear radar and the rear ultrasonics.</summary>
    public static ObstacleAebCalibration Reverse => new()
    {
        MaxSpeedMps = 30f / 3.6f, StopMarginM = 0.6f, WarningDecelMps2 = 1.5f, BrakeTriggerDecelMps2 = 3.0f,
        MaxBrakeDecelMps2 = 9.0f, MinBrakeDecelMps2 = 4.0f,
    };

    public void Validate(CalibrationRules rules, string prefix)
    {
        rules.InRange(prefix + "minSpeedMps", MinSpeedMps, 0.05, 5.0, "m/s");
        rules.InRange(prefix + "maxSpeedMps", MaxSpeedMps, 0.5, 15.0, "m/s");
        rules.Require(MinSpeedMps < MaxSpeedMps, prefix + "minSpeedMps", "must be below maxSpeedMps");
        rules.InRange(prefix + "stopMarginM", StopMarginM, 0.1, 3.0, "m");
        rules.InRange(prefix + "warningDecelMps2", WarningDecelMps2, 0.1, 10.0, "m/s²");
        rules.InRange(prefix + "brakeTriggerDecelMps2", BrakeTriggerDecelMps2, 0.5, 10.0, "m/s²");
        rules.Require(WarningDecelMps2 <= BrakeTriggerDecelMps2, prefix + "warningDecelMps2", "must not exceed brakeTriggerDecelMps2");
        rules.InRange(prefix + "brakeGain", BrakeGain, 1.0, 3.0, "");
        rules.InRange(prefix + "minBrakeDecelMps2", MinBrakeDecelMps2, 0.5, 12.0, "m/s²");
        rules.InRange(prefix + "maxBrakeDecelMps2", MaxBrakeDecelMps2, 0.5, 12.0, "m/s²");
        rules.Require(MinBrakeDecelMps2 <= MaxBrakeDecelMps2, prefix + "minBrakeDecelMps2", "must not exceed maxBrakeDecelMps2");
        rules.InRange(prefix + "brakeLatencyS", BrakeLatencyS, 0.0, 1.0, "s");
        rules.InRange(prefix + "persistenceS", PersistenceS, 0.001, 0.5, "s");
        rules.InRange(prefix + "threatLostS", ThreatLostS, 0.01, 5.0, "s");
        rules.InRange(prefix + "warningHoldS", WarningHoldS, 0.0, 5.0, "s");
        rules.InRange(prefix + "standstillSpeedMps", StandstillSpeedMps, 0.01, 1.0, "m/s");
        rules.InRange(prefix + "faultGraceS", FaultGraceS, 0.0, 1.0, "s");
        rules.InRange(prefix + "coastMaxS", CoastMaxS, 0.0, 10.0, "s");
        rules.InRange(prefix + "overrideReleaseRateMps3", OverrideReleaseRateMps3, 2.0, 200.0, "m/s³");
        rules.InRange(prefix + "standstillHoldS", StandstillHoldS, 0.0, 30.0, "s");
        rules.InRange(prefix + "holdDecelMps2", HoldDecelMps2, 0.5, 10.0, "m/s²");
        rules.InRange(prefix + "overrideHoldOffS", OverrideHoldOffS, 0.0, 30.0, "s");
        rules.InRange(prefix + "maiExtraMarginM", MaiExtraMarginM, 0.0, 3.0, "m");
        rules.InRange(prefix + "maiBrakeTriggerDecelMps2", MaiBrakeTriggerDecelMps2, 0.1, 10.0, "m/s²");
        rules.InRange(prefix + "radarRangeM", RadarRangeM, 0.0, 200.0, "m");
    }
}
